import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTimelineFiles } from '../server/files.ts';
import { SCHEMA_PATH, timelineJsonSchema, timelineJsonSchemaText } from './json-schema.ts';
import { EVENT_KINDS } from './schema.ts';

/** The project root, where static/ and data/ live. */
const root = resolve(import.meta.dirname, '../../..');
const schemaFile = resolve(root, SCHEMA_PATH);

// The schema is loosely typed JSON; a test reaches into it by path.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('timelineJsonSchemaText', () => {
	it('is what static/schema/timeline-v1.json holds', () => {
		expect(SCHEMA_PATH).toBe('static/schema/timeline-v1.json');
		const onDisk = readFileSync(schemaFile, 'utf8');
		expect(onDisk, 'static/schema/timeline-v1.json is out of date: run npm run schema').toBe(timelineJsonSchemaText());
	});

	it('is the schema as tab-indented JSON ending in a new line', () => {
		const text = timelineJsonSchemaText();
		expect(JSON.parse(text)).toEqual(timelineJsonSchema());
		expect(text.endsWith('}\n')).toBe(true);
		expect(text.split('\n')[1]).toMatch(/^\t"/);
	});
});

describe('timelineJsonSchema', () => {
	const schema: Json = timelineJsonSchema();

	it('is a draft 2020-12 schema with a title', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.title).toBe('Dateline timeline, format version 1');
		expect(schema.type).toBe('object');
	});

	it('lists the closed set of event kinds', () => {
		const kind = schema.properties.events.items.properties.kind;
		expect(kind).toEqual({ type: 'string', enum: [...EVENT_KINDS] });
		expect(EVENT_KINDS).toEqual([
			'meeting',
			'call',
			'interview',
			'statement',
			'press-conference',
			'proposal',
			'announcement',
			'claim',
			'agreement',
			'decision',
			'rejection'
		]);
	});

	it('allows no properties the format does not define', () => {
		expect(schema.additionalProperties).toBe(false);
		expect(schema.properties.events.items.additionalProperties).toBe(false);
		expect(schema.properties.sources.items.additionalProperties).toBe(false);
	});

	it('allows $schema at the top, optionally', () => {
		expect(schema.properties.$schema).toEqual({ type: 'string' });
		expect(schema.required).not.toContain('$schema');
		expect(schema.required).toEqual(expect.arrayContaining(['version', 'id', 'title', 'sources', 'parties', 'actors', 'events']));
	});

	it('allows a null date, for unscheduled events', () => {
		const date = schema.properties.events.items.properties.date;
		const types = date.anyOf ? date.anyOf.map((t: Json) => t.type) : [date.type].flat();
		expect(types).toEqual(expect.arrayContaining(['string', 'null']));
	});
});

describe('timeline files', () => {
	const files = listTimelineFiles(resolve(root, 'data/timelines'));

	it('exist', () => {
		expect(files.map((f) => f.slice(root.length + 1))).toContain('data/timelines/trump-steps-back-2025-08.json');
	});

	it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s opens with $schema pointing at the schema file', (_, file) => {
		const json = JSON.parse(readFileSync(file, 'utf8'));
		expect(Object.keys(json)[0]).toBe('$schema');
		expect(json.$schema).toBe('../../static/schema/timeline-v1.json');
		expect(resolve(dirname(file), json.$schema)).toBe(schemaFile);
		expect(existsSync(resolve(dirname(file), json.$schema))).toBe(true);
	});
});
