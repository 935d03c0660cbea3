import { describe, expect, it } from 'vitest';
import { parseSimpleDate } from './date-span.ts';
import { parseDate, parseEdtf } from './dates.ts';

/** Plain dates of every shape the fast path reads, and a few it must leave to the full parser. */
function corpus(): string[] {
	const out: string[] = [];
	const years = ['0000', '0001', '0050', '0999', '1000', '1900', '1970', '2000', '2024', '2025', '9999'];
	const months = ['00', '01', '02', '06', '12', '13'];
	const days = ['00', '01', '28', '29', '30', '31', '32'];
	for (const y of years) {
		out.push(y);
		for (const m of months) {
			out.push(`${y}-${m}`);
			for (const d of days) out.push(`${y}-${m}-${d}`);
		}
	}
	const points = [...out];
	for (const p of points) for (const q of ['~', '?', '%']) out.push(p + q);
	const ends = ['2025-08-18', '2025-08', '2025', '2024-12-31~', '2025-08-21?', '2026%', '2025-02-30', '..', ''];
	for (const a of ends) for (const b of ends) out.push(`${a}/${b}`);
	return out;
}

describe('parseSimpleDate', () => {
	it('gives exactly what the full parser gives, whenever it gives anything', () => {
		let read = 0;
		for (const input of corpus()) {
			const quick = parseSimpleDate(input);
			if (quick === null) continue;
			read++;
			expect(quick, input).toEqual(parseEdtf(input));
		}
		expect(read).toBeGreaterThan(800);
	});

	it('gives the same with a cache of plain dates, sharing each date read', () => {
		const points = new Map();
		for (const input of [...corpus(), ...corpus()]) expect(parseSimpleDate(input, points), input).toEqual(parseSimpleDate(input));
		const a = parseSimpleDate('2025-08-18/2025-08-21', points);
		const b = parseSimpleDate('2025-08-15/2025-08-18', points);
		expect(a?.type === 'interval' && b?.type === 'interval' && a.from === b.to).toBe(true);
		expect(points.get('2025-02-30')).toBeNull();
	});

	it('reads the plain forms', () => {
		for (const input of ['2025', '2025-08', '2025-08-18', '2025-08-18~', '2025?', '2025-08%', '2025-08-18/2025-08-21', '../2025-08', '2025-08-18/', '/2025'])
			expect(parseSimpleDate(input), input).not.toBeNull();
	});

	it('leaves everything else to the full parser', () => {
		for (const input of ['yesterday', '2025-21', '2025-02-30', '2025-13', '20XX', '2025-08-XX', '-0001', 'Y20000', '2025-08-18T10:00:00Z', '[2024,2025]', '2025-08-21/2025-08-18', '../..', '/', '0000', '2025~-08', '2025-0a-18', '2025-08-1x', '2a25-08-18', '2025-+8-18', '2025-08-+1', ' 025-08-18'])
			expect(parseSimpleDate(input), input).toBeNull();
	});
});

describe('parseDate (remembered parses)', () => {
	it('gives the same span again, and the same error again', () => {
		expect(parseDate('2025-08-20/2025-08-21')).toBe(parseDate('2025-08-20/2025-08-21'));
		expect(() => parseDate('2025-02-30')).toThrow(/no day 30|not a valid EDTF date/);
		const first = (() => { try { parseDate('yesterday'); } catch (e) { return (e as Error).message; } })();
		expect(() => parseDate('yesterday')).toThrow(first);
	});
});
