import { afterEach, describe, expect, it } from 'vitest';
import { DAY, DateError, datetimeAttr, dayRange, isoDay, parseDate, type DatePoint, type DateSpan } from './dates';

/** UTC midnight of a calendar day (month 1-12), the way the model stores instants. */
const utc = (year: number, month: number, day = 1) => Date.UTC(year, month - 1, day);

function point(input: string): DatePoint {
	const span = parseDate(input);
	if (span.type !== 'point') throw new Error(`expected a point for ${input}, got ${span.type}`);
	return span.point;
}

function interval(input: string): Extract<DateSpan, { type: 'interval' }> {
	const span = parseDate(input);
	if (span.type !== 'interval') throw new Error(`expected an interval for ${input}, got ${span.type}`);
	return span;
}

/** The DateError message for an input, failing the test when parseDate does not throw one. */
function dateError(input: string): string {
	try {
		parseDate(input);
	} catch (e) {
		expect(e).toBeInstanceOf(DateError);
		return (e as Error).message;
	}
	throw new Error(`parseDate(${JSON.stringify(input)}) did not throw`);
}

describe('parseDate: points', () => {
	it('parses a day, with UTC bounds and an exclusive max', () => {
		const span = parseDate('2025-08-15');
		expect(span).toEqual({
			type: 'point',
			edtf: '2025-08-15',
			point: {
				year: 2025,
				month: 8,
				day: 15,
				precision: 'day',
				approximate: false,
				uncertain: false,
				unspecified: false,
				min: utc(2025, 8, 15),
				max: utc(2025, 8, 16)
			},
			min: utc(2025, 8, 15),
			max: utc(2025, 8, 16)
		});
	});

	it('parses a month to its whole extent', () => {
		const p = point('2025-08');
		expect(p).toMatchObject({ year: 2025, month: 8, day: null, precision: 'month' });
		expect(p.min).toBe(utc(2025, 8, 1));
		expect(p.max).toBe(utc(2025, 9, 1));
	});

	it('rolls a December month over into the next year', () => {
		const p = point('2024-12');
		expect(p.min).toBe(utc(2024, 12, 1));
		expect(p.max).toBe(utc(2025, 1, 1));
	});

	it('knows February of a leap year', () => {
		expect(point('2024-02').max).toBe(utc(2024, 3, 1));
		expect(point('2024-02-29').min).toBe(utc(2024, 2, 29));
		expect(point('2025-02').max).toBe(utc(2025, 3, 1));
	});

	it('parses a year', () => {
		const p = point('2024');
		expect(p).toMatchObject({ year: 2024, month: null, day: null, precision: 'year', unspecified: false });
		expect(p.min).toBe(utc(2024, 1, 1));
		expect(p.max).toBe(utc(2025, 1, 1));
	});

	it('spans exactly one day (86 400 000 ms) for a day, whatever the process time zone', () => {
		const p = point('2025-03-30'); // a DST change in Europe; must not matter
		expect(p.max - p.min).toBe(DAY);
		expect(DAY).toBe(86_400_000);
	});

	it.each([
		['2025-08-18~', true, false],
		['2025-08-18?', false, true],
		['2025-08-18%', true, true],
		['2025-08~', true, false],
		['2024?', false, true]
	])('reads the qualifiers of %s', (input, approximate, uncertain) => {
		const p = point(input);
		expect(p.approximate).toBe(approximate);
		expect(p.uncertain).toBe(uncertain);
	});

	it('does not change the bounds for a qualified date', () => {
		expect(point('2025-08-18~').min).toBe(utc(2025, 8, 18));
		expect(point('2025-08-18%').max).toBe(utc(2025, 8, 19));
		expect(point('2025-08~').max).toBe(utc(2025, 9, 1));
	});

	it('treats unspecified day digits as month precision', () => {
		const p = point('2025-08-XX');
		expect(p).toMatchObject({ year: 2025, month: 8, day: null, precision: 'month', unspecified: true });
		expect(p.min).toBe(utc(2025, 8, 1));
		expect(p.max).toBe(utc(2025, 9, 1));
	});

	it('treats unspecified month and day as year precision', () => {
		const p = point('2025-XX-XX');
		expect(p).toMatchObject({ year: 2025, month: null, day: null, precision: 'year', unspecified: true });
		expect(p.min).toBe(utc(2025, 1, 1));
		expect(p.max).toBe(utc(2026, 1, 1));
	});

	it('returns an unscheduled span for null', () => {
		expect(parseDate(null)).toEqual({ type: 'unscheduled', edtf: null });
	});
});

describe('parseDate: intervals', () => {
	it('parses a closed interval from the start of the first day to the end of the last', () => {
		const span = interval('2025-08-18/2025-08-21');
		expect(span.edtf).toBe('2025-08-18/2025-08-21');
		expect(span.from).toMatchObject({ year: 2025, month: 8, day: 18, precision: 'day' });
		expect(span.to).toMatchObject({ year: 2025, month: 8, day: 21, precision: 'day' });
		expect(span.min).toBe(utc(2025, 8, 18));
		expect(span.max).toBe(utc(2025, 8, 22));
	});

	it('allows a one-day interval', () => {
		const span = interval('2025-08-18/2025-08-18');
		expect(span.max - span.min).toBe(DAY);
	});

	it('parses an interval of mixed precision', () => {
		const span = interval('2024/2025-03');
		expect(span.min).toBe(utc(2024, 1, 1));
		expect(span.max).toBe(utc(2025, 4, 1));
	});

	it('keeps the qualifiers of each end', () => {
		const span = interval('2025-08-18?/2025-08-21~');
		expect(span.from).toMatchObject({ uncertain: true, approximate: false });
		expect(span.to).toMatchObject({ uncertain: false, approximate: true });
	});

	it('parses an open end ("..") as open', () => {
		const span = interval('2022-02-24/..');
		expect(span.from).toMatchObject({ year: 2022, month: 2, day: 24, precision: 'day' });
		expect(span.to).toBe('open');
		expect(span.min).toBe(utc(2022, 2, 24));
	});

	it('parses an open start ("..") as open', () => {
		const span = interval('../2025-08-21');
		expect(span.from).toBe('open');
		expect(span.to).toMatchObject({ year: 2025, month: 8, day: 21 });
		expect(span.max).toBe(utc(2025, 8, 22));
	});

	it('parses an empty end as unknown, bounded by the known end', () => {
		const span = interval('2025-08-18/');
		expect(span.from).toMatchObject({ day: 18 });
		expect(span.to).toBe('unknown');
		expect(span.min).toBe(utc(2025, 8, 18));
		expect(span.max).toBe(utc(2025, 8, 19));
	});

	it('parses an empty start as unknown', () => {
		const span = interval('/2025-08-21');
		expect(span.from).toBe('unknown');
		expect(span.min).toBe(utc(2025, 8, 21));
		expect(span.max).toBe(utc(2025, 8, 22));
	});

	it('accepts unspecified digits (X) at an end of an interval', () => {
		const span = interval('2025-08-XX/2025-09');
		expect(span.from).toMatchObject({ month: 8, day: null, precision: 'month', unspecified: true });
		expect(span.min).toBe(utc(2025, 8, 1));
		expect(span.max).toBe(utc(2025, 10, 1));
	});

	it('rejects an interval that ends before it starts', () => {
		expect(dateError('2025-08-21/2025-08-18')).toMatch(/ends before it starts/);
	});

	it.each(['/', '../..'])('rejects an interval with no known end: %s', (input) => {
		expect(dateError(input)).toMatch(/needs at least one known end/);
	});
});

describe('parseDate: errors', () => {
	it.each(['', 'August 2025', '15 August 2025', '2025-8-18', '2025-13', '2025-04-31', '2025-08-18 ', '18/08/2025'])(
		'rejects %j as not EDTF, with examples of what to write',
		(input) => {
			const message = dateError(input);
			expect(message).toContain(`"${input}" is not a valid EDTF date`);
			expect(message).toMatch(/a day "2025-08-15", a month "2025-08", a year "2024"/);
		}
	);

	it('rejects 29 February of a year that is not a leap year', () => {
		// The edtf parser accepts it and its bounds fall on 1 March.
		expect(() => parseDate('2025-02-29')).toThrow(DateError);
	});

	it.each([
		['[2025-08-20..2025-08-21]', /sets \(\[\.\.\] one of a set\) are not supported/],
		['{2025-08-20,2025-08-21}', /lists \(\{\.\.\} all of a set\) are not supported/],
		['2025-21', /seasons and quarters \(21-41\) are not supported/],
		['20', /centuries are not supported/],
		['202', /decades are not supported/],
		['Y20000', /Y-prefixed years are not supported/],
		['202X', /unspecified digits in the year are not supported/]
	])('names the unsupported feature in %s', (input, message) => {
		const text = dateError(input);
		expect(text).toMatch(message);
		expect(text).toContain(`"${input}"`);
	});

	it.each(['2025-08-18T10:00:00', '2025-08-18T10:00:00Z', '2025-08-18T10:00'])('rejects the time of day in %s', (input) => {
		expect(dateError(input)).toMatch(/times of day are not supported; give a calendar date/);
	});

	it.each([
		['2025-~08-18', /approximate \(~\) qualifiers on single components/],
		['2025-08-~18', /approximate \(~\) qualifiers on single components/],
		['2025?-08-18', /uncertain \(\?\) qualifiers on single components/],
		['?2025-08-18', /uncertain \(\?\) qualifiers on single components/]
	])('rejects a qualifier on one component (%s), naming that qualifier', (input, message) => {
		const text = dateError(input);
		expect(text).toMatch(message);
		expect(text).toMatch(/qualify the whole date instead/);
	});
});

describe('dayRange', () => {
	it.each([
		['2025-08-15', '2025-08-15', '2025-08-15'],
		['2025-08-18~', '2025-08-18', '2025-08-18'],
		['2025-08', '2025-08-01', '2025-08-31'],
		['2024-02', '2024-02-01', '2024-02-29'],
		['2025-08-XX', '2025-08-01', '2025-08-31'],
		['2024', '2024-01-01', '2024-12-31'],
		['2025-07-30/2025-08-02', '2025-07-30', '2025-08-02'],
		['2024-12-30/2025-01-02', '2024-12-30', '2025-01-02'],
		['2025-08-18/', '2025-08-18', '2025-08-18'],
		['/2025-08-21', '2025-08-21', '2025-08-21']
	])('%s covers %s to %s', (input, earliest, latest) => {
		expect(dayRange(parseDate(input))).toEqual({ earliest, latest });
	});

	it('is null for an unscheduled event', () => {
		expect(dayRange(parseDate(null))).toBeNull();
	});
});

describe('datetimeAttr', () => {
	it.each([
		['2025-08-15', '2025-08-15'],
		['2025-08-05~', '2025-08-05'],
		['2025-08', '2025-08'],
		['2025-08-XX', '2025-08'],
		['2024', '2024'],
		['0800', '0800'],
		['2025-08-18/2025-08-21', '2025-08-18'],
		['2025-07/2025-08-02', '2025-07'],
		['2025-08-18/', '2025-08-18'],
		['/2025-08-21', '2025-08-21']
	])('%s gives %s', (input, expected) => {
		expect(datetimeAttr(parseDate(input))).toBe(expected);
	});

	it('is null for an unscheduled event', () => {
		expect(datetimeAttr(parseDate(null))).toBeNull();
	});
});

describe('isoDay', () => {
	it('names the UTC calendar day of an instant', () => {
		expect(isoDay(utc(2025, 8, 15))).toBe('2025-08-15');
		expect(isoDay(utc(2025, 8, 16) - 1)).toBe('2025-08-15');
	});

	it('writes years before 1 and after 9999 as EDTF does, and round-trips through parseDate', () => {
		for (const day of ['0000-01-01', '-0001-12-31', '-0043-03-15', '0099-02-28']) {
			const span = parseDate(day);
			expect(span.type === 'point' && isoDay(span.min)).toBe(day);
		}
		expect(isoDay(Date.UTC(-43, 2, 15))).toBe('-0043-03-15');
		expect(isoDay(Date.UTC(12025, 7, 15))).toBe('12025-08-15');
	});
});

describe('independence from the process time zone', () => {
	const original = process.env.TZ;
	afterEach(() => {
		if (original === undefined) delete process.env.TZ;
		else process.env.TZ = original;
	});

	const inputs = ['2025-08-15', '2025-08', '2024', '2025-08-18~/2025-08-21~', '2025-08-18/', '2025-08-XX'];
	const compute = () => inputs.map((s) => ({ span: parseDate(s), days: dayRange(parseDate(s)), attr: datetimeAttr(parseDate(s)) }));

	it('gives the same instants and days in Los Angeles, Kiritimati and UTC', () => {
		process.env.TZ = 'America/Los_Angeles';
		// Sanity check that the zone really changed: UTC midnight is still the previous day in Los Angeles.
		expect(new Date(utc(2025, 8, 15)).getDate()).toBe(14);
		const la = compute();
		process.env.TZ = 'Pacific/Kiritimati';
		expect(new Date(utc(2025, 8, 15)).getDate()).toBe(15);
		expect(new Date(utc(2025, 8, 15)).getHours()).toBe(14);
		const kiritimati = compute();
		process.env.TZ = 'UTC';
		const utcResult = compute();
		expect(la).toEqual(utcResult);
		expect(kiritimati).toEqual(utcResult);
		expect(utcResult[0]!.span).toMatchObject({ type: 'point', min: utc(2025, 8, 15) });
		expect(utcResult[0]!.days).toEqual({ earliest: '2025-08-15', latest: '2025-08-15' });
	});
});
