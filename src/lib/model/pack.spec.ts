import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { generateTimeline } from '../../../scripts/bench/generate.ts';
import { checkFiles } from '../server/check.ts';
import { isPackedTimeline, packRecords, packTimeline, unpackRecords, unpackTimeline } from './pack.ts';
import { validateTimeline } from './validate.ts';

/** What arrives after JSON (model.json): undefined fields gone. */
const viaJson = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('packRecords', () => {
	it('writes each key once and restores every row, missing keys and nested objects included', () => {
		const rows = [
			{ id: 'a', n: 1, span: { type: 'point', min: 1, point: { year: 2020 } }, tags: ['x'] },
			{ id: 'b', span: { type: 'unscheduled', edtf: null }, extra: null },
			{ id: 'c', n: 3, span: 'mixed', tags: [], skipped: undefined }
		];
		const packed = packRecords(rows);
		expect(packed.keys).toEqual(['id', 'n', 'span', 'tags', 'extra']);
		expect(JSON.stringify(packed).match(/"id"/g)).toHaveLength(1);
		expect(unpackRecords(viaJson(packed))).toEqual(viaJson(rows));
		// A key that is missing stays missing (not undefined, not null).
		const back = unpackRecords(packed);
		expect('n' in back[1]!).toBe(false);
		expect(back[1]!.extra).toBeNull();
		expect('skipped' in back[2]!).toBe(false);
	});

	it('packs nested objects as columns when every value is an object', () => {
		const packed = packRecords([{ s: { a: 1 } }, { s: { a: 2, b: 3 } }, {}]);
		expect(packed.cols[0]).toEqual({ r: { n: 2, keys: ['a', 'b'], cols: [{ v: [1, 2] }, { v: [3], gaps: [0] }] }, gaps: [2] });
		expect(unpackRecords(packed)).toEqual([{ s: { a: 1 } }, { s: { a: 2, b: 3 } }, {}]);
	});

	it('packs lists of scalars flat, each distinct item written once', () => {
		const rows = [{ tags: ['x', 'y'] }, { tags: [] }, {}, { tags: ['y', 'y', null, 1] }];
		const packed = packRecords(rows);
		expect(packed.cols[0]).toEqual({ l: [2, 0, 4], ld: ['x', 'y', null, 1], lf: [0, 1, 1, 1, 2, 3], gaps: [2] });
		expect(unpackRecords(viaJson(packed))).toEqual(rows);
		// Lists of objects, or lists mixed with other values, are kept as they are.
		expect(packRecords([{ a: [{ b: 1 }] }, { a: [] }]).cols[0]).toEqual({ v: [[{ b: 1 }], []] });
		expect(packRecords([{ a: ['x'] }, { a: 'x' }]).cols[0]).toEqual({ v: [['x'], 'x'] });
	});

	it('unpacks equal lists as one frozen array, so 100,000 rows need not make 100,000 arrays', () => {
		const rows = [{ p: ['a', 'b'] }, { p: ['a'] }, { p: ['a', 'b'] }, { p: ['a'] }, { p: [] }, { p: [] }, { p: ['b', 'a'] }];
		const back = unpackRecords(viaJson(packRecords(rows)));
		expect(back).toEqual(rows);
		expect(back[0]!.p).toBe(back[2]!.p);
		expect(back[1]!.p).toBe(back[3]!.p);
		expect(back[4]!.p).toBe(back[5]!.p);
		expect(back[6]!.p).not.toBe(back[0]!.p);
		// Shared, so no row may change another's: changing one throws instead.
		for (const row of back) expect(Object.isFrozen(row.p)).toBe(true);
		expect(() => (back[0]!.p as string[]).push('c')).toThrow(TypeError);
	});

	it('gives each row exactly its own keys, whatever mix of keys the rows have, plus the extra keys asked for', () => {
		const rows = [{ a: 1, b: 2 }, { b: 3 }, { a: 4 }, {}, { b: 5 }, { a: 6, b: 7 }];
		const back = unpackRecords(viaJson(packRecords(rows)));
		expect(back.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
		expect(back).toStrictEqual(rows);
		const withExtra = unpackRecords(viaJson(packRecords(rows)), ['z']);
		expect(withExtra.map((r) => Object.keys(r).sort())).toEqual(rows.map((r) => [...new Set([...Object.keys(r), 'z'])].sort()));
		expect(withExtra[3]).toStrictEqual({ z: undefined });
		// Rows are separate objects even where they share a template.
		withExtra[3]!.z = 1;
		expect(withExtra[1]!.z).toBeUndefined();
	});

	it('handles no rows', () => {
		expect(unpackRecords(packRecords([]))).toEqual([]);
	});
});

describe('packTimeline', () => {
	it('round-trips every timeline in data/ through JSON', () => {
		const { timelines } = checkFiles(resolve(import.meta.dirname, '../../..'));
		expect(timelines.length).toBeGreaterThan(0);
		for (const t of timelines) {
			const packed = viaJson(packTimeline(t));
			expect(isPackedTimeline(packed)).toBe(true);
			expect(unpackTimeline(packed)).toEqual(viaJson(t));
		}
	});

	it('round-trips a generated timeline (intervals, several actors) and is much smaller than JSON', () => {
		const t = validateTimeline(generateTimeline(2000), 'bench-2000.json', new Map()).timeline!;
		const packed = JSON.stringify(packTimeline(t));
		expect(unpackTimeline(JSON.parse(packed))).toEqual(viaJson(t));
		// Plain dates: the parsed span is left out and derived again.
		expect(packTimeline(t).events.keys).not.toContain('span');
		expect(packed.length).toBeLessThan(JSON.stringify(t).length / 2);
	});

	it('tells a packed timeline from anything else', () => {
		expect(isPackedTimeline({ id: 'x', events: [] })).toBe(false);
		expect(isPackedTimeline(null)).toBe(false);
	});
});
