import { afterEach, describe, expect, it } from 'vitest';
import { parseDate, type DatePoint, type DateSpan } from './dates';
import { describeBasis, formatPoint, formatSpan, kindLabel } from './format';

describe('formatSpan', () => {
	it.each([
		['2025-08-15', '15 August 2025'],
		['2025-08-01', '1 August 2025'],
		['2025-08', 'August 2025'],
		['2025-08-XX', 'August 2025'],
		['2024', '2024'],
		['2025-08-18~', 'about 18 August 2025'],
		['2025-08-18?', '18 August 2025 (uncertain)'],
		['2025-08-18%', 'about 18 August 2025 (uncertain)'],
		['2025-08~', 'about August 2025'],
		['2024?', '2024 (uncertain)'],
		['2025-08-18/2025-08-21', '18 to 21 August 2025'],
		['2025-08-18~/2025-08-21~', 'about 18 to 21 August 2025'],
		['2025-08-20?/2025-08-21?', '20 to 21 August 2025 (uncertain)'],
		['2025-07-30/2025-08-02', '30 July to 2 August 2025'],
		['2024-12-30/2025-01-02', '30 December 2024 to 2 January 2025'],
		['2025-06/2025-08', 'June to August 2025'],
		['2024-11/2025-02', 'November 2024 to February 2025'],
		['2024/2025-03', '2024 to March 2025'],
		['2025-08-18/2025-09', '18 August 2025 to September 2025'],
		['2025-08-18?/2025-08-21', '18 August 2025 (uncertain) to 21 August 2025'],
		['2025-08-18/2025-08-21~', '18 August 2025 to about 21 August 2025'],
		['2022-02-24/..', 'from 24 February 2022 onward'],
		['2025-08-18/', 'from 18 August 2025, end unknown'],
		['2025-08-18~/', 'from about 18 August 2025, end unknown'],
		['../2025-08-21', 'until 21 August 2025'],
		['/2025-08-21', 'start unknown, until 21 August 2025'],
		['/2025-08', 'start unknown, until August 2025'],
		[null, 'not scheduled']
	])('%j reads "%s"', (input, expected) => {
		expect(formatSpan(parseDate(input))).toBe(expected);
	});

	it('formats hand-built spans the same way as parsed ones (open end)', () => {
		const from = pointAt(2022, 2, 24);
		const span: DateSpan = { type: 'interval', edtf: '2022-02-24/..', from, to: 'open', min: from.min, max: from.max };
		expect(formatSpan(span)).toBe('from 24 February 2022 onward');
	});

	describe('in any time zone', () => {
		const original = process.env.TZ;
		afterEach(() => {
			if (original === undefined) delete process.env.TZ;
			else process.env.TZ = original;
		});

		it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])('names the same day in %s', (zone) => {
			process.env.TZ = zone;
			expect(formatSpan(parseDate('2025-08-01'))).toBe('1 August 2025');
			expect(formatSpan(parseDate('2025-01'))).toBe('January 2025');
			expect(formatSpan(parseDate('2025'))).toBe('2025');
			expect(formatSpan(parseDate('2024-12-31/2025-01-01'))).toBe('31 December 2024 to 1 January 2025');
		});
	});
});

/** A day-precision point built by hand, to test formatting independently of the parser. */
function pointAt(year: number, month: number, day: number, extra: Partial<DatePoint> = {}): DatePoint {
	const min = Date.UTC(year, month - 1, day);
	return {
		year,
		month,
		day,
		precision: 'day',
		approximate: false,
		uncertain: false,
		unspecified: false,
		min,
		max: min + 86_400_000,
		...extra
	};
}

describe('formatPoint', () => {
	it.each([
		[{}, '5 March 2025'],
		[{ approximate: true }, 'about 5 March 2025'],
		[{ uncertain: true }, '5 March 2025 (uncertain)'],
		[{ approximate: true, uncertain: true }, 'about 5 March 2025 (uncertain)']
	])('formats a point with %j as "%s"', (extra, expected) => {
		expect(formatPoint(pointAt(2025, 3, 5, extra))).toBe(expected);
	});

	it('formats at month and year precision', () => {
		expect(formatPoint(pointAt(2025, 3, 1, { precision: 'month', day: null }))).toBe('March 2025');
		expect(formatPoint(pointAt(2025, 1, 1, { precision: 'year', month: null, day: null }))).toBe('2025');
	});
});

describe('describeBasis', () => {
	it.each([
		['stated', undefined, undefined, 'Stated in the source.'],
		['stated', undefined, 'The timing remains unclear.', 'Stated in the source. The timing remains unclear.'],
		['relative', 'Monday', undefined, 'Worked out from the source’s “Monday”, counted from its publication date.'],
		[
			'relative',
			'Tuesday',
			'Tuesday 19 August 2025.',
			'Worked out from the source’s “Tuesday”, counted from its publication date. Tuesday 19 August 2025.'
		],
		['external', undefined, 'AP, 19 Aug 2025.', 'From other reporting. AP, 19 Aug 2025.'],
		['external', undefined, undefined, 'From other reporting.']
	] as const)('%s (phrase %j, note %j) reads "%s"', (basis, phrase, note, expected) => {
		expect(describeBasis(basis, phrase, note)).toBe(expected);
	});
});

describe('kindLabel', () => {
	it.each([
		['call', 'Call'],
		['press-conference', 'Press conference']
	] as const)('%s reads %s', (kind, words) => expect(kindLabel(kind)).toBe(words));
});
