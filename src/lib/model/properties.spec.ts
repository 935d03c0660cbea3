/**
 * Property-based tests (fast-check): the validator, the JSON reader and the date parser never
 * throw, whatever they are given, and every problem they report has a file and a JSON path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSources } from '../server/files.ts';
import { DateError, parseDate } from './dates.ts';
import { parseJson } from './json.ts';
import { validateTimeline, type ValidationResult } from './validate.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const store = readSources(join(fixtures, 'sources'));
const valid = JSON.parse(readFileSync(join(fixtures, 'timelines/valid.json'), 'utf8')) as Record<string, unknown>;
const RUNS = { numRuns: 150 };

/** A path as validate.ts writes it: empty, or keys and [indices]. */
const STEP = String.raw`(\[\d+\]|\["(?:[^"\\]|\\.)*"\])`;
const NAME = String.raw`[A-Za-z_$][\w$-]*`;
const PATH = new RegExp(String.raw`^(${NAME}|${STEP})?(\.${NAME}|${STEP})*$`);

function wellFormed(result: ValidationResult, file: string) {
	expect(result.timeline === null).toBe(result.issues.some((i) => i.severity === 'error'));
	for (const issue of result.issues) {
		expect(issue.file).toBe(file);
		expect(issue.path).toMatch(PATH);
		expect(issue.message.length).toBeGreaterThan(0);
	}
	if (result.timeline) expect(result.timeline.events.length).toBeGreaterThan(0);
}

/** Sets `value` at a random place in a copy of the valid timeline (or deletes what is there). */
const mutation = fc.record({
	steps: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
	value: fc.oneof(fc.jsonValue(), fc.string(), fc.constant(undefined), fc.constant(null), fc.constant('2025-13-45'), fc.constant('\u202e'))
});

function mutate(steps: number[], value: unknown): unknown {
	const copy = structuredClone(valid) as Record<string, unknown>;
	let node: unknown = copy;
	for (let k = 0; k < steps.length; k++) {
		if (node === null || typeof node !== 'object') break;
		const keys = Object.keys(node);
		if (keys.length === 0) break;
		const key = keys[steps[k]! % keys.length]!;
		const child = (node as Record<string, unknown>)[key];
		if (k === steps.length - 1 || child === null || typeof child !== 'object') {
			if (value === undefined) delete (node as Record<string, unknown>)[key];
			else (node as Record<string, unknown>)[key] = value;
			break;
		}
		node = child;
	}
	return copy;
}

describe('validateTimeline never throws', () => {
	it('for any JSON value', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (input) => wellFormed(validateTimeline(input, 'any.json', store), 'any.json')),
			RUNS
		);
	});

	it('for any object with the top-level fields of a timeline holding any values', { timeout: 60_000 }, () => {
		const field = fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.constantFrom('id', 'date', 'actors', 'party', 'quote', 'source', 'related', 'event', 'relation'), fc.jsonValue())));
		fc.assert(
			fc.property(fc.record({ version: fc.constant(1), id: fc.string(), sources: field, parties: field, actors: field, events: field, view: field, eras: field }, { requiredKeys: [] }), (input) =>
				wellFormed(validateTimeline(input, 'https://x.example/t.json', store, { requireSnapshots: false }), 'https://x.example/t.json')
			),
			RUNS
		);
	});

	it('for the valid timeline changed in one place', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(mutation, ({ steps, value }) => wellFormed(validateTimeline(mutate(steps, value), 'valid.json', store), 'valid.json')),
			RUNS
		);
	});

	it('for the valid timeline with any string as a date', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(fc.nat(5), fc.oneof(fc.string(), fc.stringMatching(/^-?\d{1,5}(-[\dX]{1,2}){0,2}[~?%]?(\/(\.\.|-?\d{4}(-\d\d){0,2}[~?%]?)?)?$/)), (i, date) => {
				const d = structuredClone(valid) as { events: { date: unknown }[] };
				d.events[i]!.date = date;
				wellFormed(validateTimeline(d, 'valid.json', store), 'valid.json');
			}),
			{ numRuns: 100 }
		);
	});
});

describe('parseJson never throws', () => {
	it('for any string, and names a line and column when it is not JSON', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json().map((j) => j.slice(0, Math.floor(j.length / 2)))), (raw) => {
				const result = parseJson(raw);
				if ('error' in result) expect(result.error).toMatch(/^is not valid JSON \(line \d+, column \d+\)/);
				else expect(result.value).toEqual(JSON.parse(raw));
			}),
			RUNS
		);
	});
});

describe('parseDate never throws anything but a DateError', () => {
	it('gives a BCE year with an unspecified month the bounds of the year (found by the property below)', () => {
		expect(parseDate('-0020-XX')).toMatchObject({ min: Date.UTC(-20, 0, 1), max: Date.UTC(-19, 0, 1) });
	});

	const dateLike = fc.stringMatching(/^[-\dX~?%/.[\]{},:TZ+ ]{0,24}$/);
	it.each([
		['any string', fc.string()],
		['date-like strings', dateLike],
		['EDTF-shaped strings', fc.stringMatching(/^-?\d{4}(-[\dX]{2}){0,2}[~?%]?(\/(\.\.|-?\d{4}(-[\dX]{2}){0,2}[~?%]?)?)?$/)]
	])('for %s', { timeout: 60_000 }, (_, arb) => {
		fc.assert(
			fc.property(arb, (input) => {
				try {
					const span = parseDate(input);
					if (span.type !== 'unscheduled') {
						expect(Number.isFinite(span.min)).toBe(true);
						expect(Number.isFinite(span.max)).toBe(true);
						expect(span.max).toBeGreaterThan(span.min);
					}
				} catch (e) {
					expect(e).toBeInstanceOf(DateError);
					expect((e as Error).message).toContain(input.length > 0 ? input.slice(0, 1) : '');
				}
			}),
			{ numRuns: 1000 }
		);
	});
});
