import { afterEach, describe, expect, it } from 'vitest';
import { parseDate, type DateSpan } from './dates.ts';
import { checkRelativeDate, RELATIVE_PHRASES, resolvePhrase } from './relative.ts';

/** UTC midnight of a calendar day (month 1-12), the way the model stores instants. */
const utc = (year: number, month: number, day = 1) => Date.UTC(year, month - 1, day);

/** The window as ISO days, first and last inclusive, for readable expectations. */
function days(phrase: string, published: number): { first: string; last: string } | null {
	const w = resolvePhrase(phrase, published);
	if (!w) return null;
	return { first: new Date(w.min).toISOString().slice(0, 10), last: new Date(w.max - 1).toISOString().slice(0, 10) };
}

/** The article's publication date: the 20th or the 21st (a Wednesday or a Thursday). */
const ARTICLE = parseDate('2025-08-20/2025-08-21');

const check = (phrase: string, date: string | null, published: DateSpan = ARTICLE) =>
	checkRelativeDate(phrase, parseDate(date), published);

describe('resolvePhrase: weekdays', () => {
	// 20 August 2025 is a Wednesday.
	const wednesday = utc(2025, 8, 20);

	it('takes the latest such weekday strictly before the publication day', () => {
		expect(days('Tuesday', wednesday)).toEqual({ first: '2025-08-19', last: '2025-08-19' });
		expect(days('Monday', wednesday)).toEqual({ first: '2025-08-18', last: '2025-08-18' });
		expect(days('Thursday', wednesday)).toEqual({ first: '2025-08-14', last: '2025-08-14' });
		expect(days('Sunday', wednesday)).toEqual({ first: '2025-08-17', last: '2025-08-17' });
	});

	it('never means the publication day itself: "Wednesday" in a Wednesday article is a week earlier', () => {
		expect(days('Wednesday', wednesday)).toEqual({ first: '2025-08-13', last: '2025-08-13' });
		expect(days('Thursday', utc(2025, 8, 21))).toEqual({ first: '2025-08-14', last: '2025-08-14' });
	});

	it('matches any case, inside a longer phrase', () => {
		for (const phrase of ['on Monday', 'Monday evening', 'MONDAY', 'in a phone interview monday', 'last Monday'])
			expect(days(phrase, wednesday), phrase).toEqual({ first: '2025-08-18', last: '2025-08-18' });
	});

	it('does not take a weekday out of a longer word', () => {
		expect(resolvePhrase('Mondays', wednesday)).toBeNull();
	});

	it('covers the days from the earliest to the latest of several weekdays', () => {
		expect(days('Monday or Tuesday', wednesday)).toEqual({ first: '2025-08-18', last: '2025-08-19' });
		expect(resolvePhrase('Monday or Tuesday', wednesday)?.rule).toBe('the latest Monday or Tuesday before publication');
	});

	it('names the rule', () => {
		expect(resolvePhrase('on Tuesday', wednesday)?.rule).toBe('the latest Tuesday before publication');
	});

	it('crosses a month and a year boundary', () => {
		// 1 January 2025 is a Wednesday.
		expect(days('Friday', utc(2025, 1, 1))).toEqual({ first: '2024-12-27', last: '2024-12-27' });
	});
});

describe('resolvePhrase: days and windows', () => {
	const wednesday = utc(2025, 8, 20);

	it('"yesterday", "today" and "the day before yesterday"', () => {
		expect(days('yesterday', wednesday)).toEqual({ first: '2025-08-19', last: '2025-08-19' });
		expect(days('Today', wednesday)).toEqual({ first: '2025-08-20', last: '2025-08-20' });
		expect(days('the day before yesterday', wednesday)).toEqual({ first: '2025-08-18', last: '2025-08-18' });
		expect(days('yesterday', utc(2025, 3, 1))).toEqual({ first: '2025-02-28', last: '2025-02-28' });
	});

	it('"last week" is the Monday-to-Sunday week before the publication week', () => {
		expect(days('last week', wednesday)).toEqual({ first: '2025-08-11', last: '2025-08-17' });
		// Published on a Monday: last week ended the day before.
		expect(days('last week', utc(2025, 8, 18))).toEqual({ first: '2025-08-11', last: '2025-08-17' });
		// Published on a Sunday: still the same ISO week as the Monday before, so last week is the one before that.
		expect(days('last week', utc(2025, 8, 24))).toEqual({ first: '2025-08-11', last: '2025-08-17' });
		// Published on the next Monday: a new week.
		expect(days('Late last week', utc(2025, 8, 25))).toEqual({ first: '2025-08-18', last: '2025-08-24' });
		// Across a year boundary: 2025-01-01 is in the ISO week of Monday 30 December 2024.
		expect(days('last week', utc(2025, 1, 1))).toEqual({ first: '2024-12-23', last: '2024-12-29' });
	});

	it('"this week" is the whole Monday-to-Sunday week of publication', () => {
		expect(days('this week', wednesday)).toEqual({ first: '2025-08-18', last: '2025-08-24' });
		expect(days('this week', utc(2025, 8, 24))).toEqual({ first: '2025-08-18', last: '2025-08-24' });
	});

	it('"last month" and "last year" are the previous calendar month and year, across boundaries', () => {
		expect(days('last month', wednesday)).toEqual({ first: '2025-07-01', last: '2025-07-31' });
		expect(days('last year', wednesday)).toEqual({ first: '2024-01-01', last: '2024-12-31' });
		expect(days('last month', utc(2025, 1, 5))).toEqual({ first: '2024-12-01', last: '2024-12-31' });
		expect(days('last year', utc(2025, 1, 5))).toEqual({ first: '2024-01-01', last: '2024-12-31' });
		expect(days('last month', utc(2025, 3, 31))).toEqual({ first: '2025-02-01', last: '2025-02-28' });
		expect(days('last month', utc(2024, 3, 1))).toEqual({ first: '2024-02-01', last: '2024-02-29' });
	});

	it('"earlier this month" runs from the 1st to the publication day', () => {
		expect(days('earlier this month', wednesday)).toEqual({ first: '2025-08-01', last: '2025-08-20' });
		expect(days('earlier this month', utc(2025, 8, 1))).toEqual({ first: '2025-08-01', last: '2025-08-01' });
	});

	it('"in recent days" is 7 days and "recently" 14 days, ending on the publication day', () => {
		expect(days('In recent days', wednesday)).toEqual({ first: '2025-08-14', last: '2025-08-20' });
		expect(days('recently', wednesday)).toEqual({ first: '2025-08-07', last: '2025-08-20' });
	});

	it('"within two weeks" looks forward: the publication day and the 14 days after it', () => {
		expect(days('within two weeks', wednesday)).toEqual({ first: '2025-08-20', last: '2025-09-03' });
		expect(days('a deal within 2 weeks', wednesday)).toEqual({ first: '2025-08-20', last: '2025-09-03' });
	});

	it('prefers the more specific phrase when several match', () => {
		expect(days('Monday last week', wednesday)).toEqual({ first: '2025-08-11', last: '2025-08-17' });
		expect(days('the day before yesterday', wednesday)).toEqual({ first: '2025-08-18', last: '2025-08-18' });
		expect(days('Tuesday, earlier this month', wednesday)).toEqual({ first: '2025-08-01', last: '2025-08-20' });
	});

	it('returns null for a phrase it does not know', () => {
		expect(resolvePhrase('last weekend', wednesday)).toBeNull();
		expect(resolvePhrase('in the spring', wednesday)).toBeNull();
		expect(resolvePhrase('', wednesday)).toBeNull();
	});

	it('counts from the publication day even when given an instant later that day', () => {
		expect(days('yesterday', wednesday + 23 * 3_600_000)).toEqual({ first: '2025-08-19', last: '2025-08-19' });
	});
});

describe('RELATIVE_PHRASES', () => {
	it('documents each rule with a meaning', () => {
		expect(RELATIVE_PHRASES.length).toBeGreaterThanOrEqual(12);
		for (const { pattern, meaning } of RELATIVE_PHRASES) {
			expect(pattern.length).toBeGreaterThan(0);
			expect(meaning.length).toBeGreaterThan(10);
		}
	});

	it('lists only phrases that resolvePhrase understands', () => {
		const phrases = RELATIVE_PHRASES.flatMap(({ pattern }) =>
			pattern === 'Monday … Sunday'
				? ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
				: pattern.split(' / ')
		);
		expect(phrases).toContain('last week');
		for (const phrase of phrases) expect(resolvePhrase(phrase, utc(2025, 8, 20)), phrase).not.toBeNull();
	});
});

describe('checkRelativeDate: the article (published 20 or 21 August 2025)', () => {
	it.each([
		['Tuesday', '2025-08-19'],
		['on Monday', '2025-08-18'],
		['Monday evening', '2025-08-18'],
		['on Monday', '2025-08-18?'],
		['last year', '2024'],
		['last month', '2025-07-14'],
		['last month', '2025-07'],
		['recently', '2025-08~']
	])('accepts "%s" for %s, whichever day it was published', (phrase, date) => {
		expect(check(phrase, date)).toEqual({ ok: true });
	});

	it('accepts "In recent days" for 18 to 21 August, noting it fits only publication on the 21st', () => {
		expect(check('In recent days', '2025-08-18~/2025-08-21~')).toEqual({
			ok: true,
			note: 'fits if published on 21 August 2025 (the source was published 20 or 21 August 2025)'
		});
	});

	it('rejects "Tuesday" for the Tuesday a week earlier', () => {
		expect(check('Tuesday', '2025-08-12')).toEqual({
			ok: false,
			message:
				'"Tuesday" means 19 August 2025 (the latest Tuesday before publication, 20 or 21 August 2025), but the date is 2025-08-12'
		});
	});

	it('rejects "last year" for 2023', () => {
		expect(check('last year', '2023')).toEqual({
			ok: false,
			message:
				'"last year" means 2024 (the calendar year before the year of publication, 20 or 21 August 2025), but the date is 2023'
		});
	});

	it('rejects "yesterday" for the 15th, giving the meaning for each publication day', () => {
		expect(check('yesterday', '2025-08-15')).toEqual({
			ok: false,
			message:
				'"yesterday" means 19 August 2025 if published on 20 August 2025, or 20 August 2025 if published on 21 August 2025 (the day before publication), but the date is 2025-08-15'
		});
	});

	it('accepts "yesterday" for either day, noting which publication day it needs', () => {
		expect(check('yesterday', '2025-08-19')).toEqual({
			ok: true,
			note: 'fits if published on 20 August 2025 (the source was published 20 or 21 August 2025)'
		});
		expect(check('yesterday', '2025-08-20')).toEqual({
			ok: true,
			note: 'fits if published on 21 August 2025 (the source was published 20 or 21 August 2025)'
		});
	});
});

describe('checkRelativeDate: a certain publication day', () => {
	const thursday = parseDate('2025-08-21');

	it('"Thursday" in a Thursday article means the week before', () => {
		expect(check('Thursday', '2025-08-14', thursday)).toEqual({ ok: true });
		expect(check('Thursday', '2025-08-21', thursday)).toEqual({
			ok: false,
			message: '"Thursday" means 14 August 2025 (the latest Thursday before publication, 21 August 2025), but the date is 2025-08-21'
		});
	});

	it('"last week" from a Monday is the week that ended the day before', () => {
		const monday = parseDate('2025-08-18');
		expect(check('last week', '2025-08-17', monday)).toEqual({ ok: true });
		expect(check('last week', '2025-08-11/2025-08-17', monday)).toEqual({ ok: true });
		expect(check('last week', '2025-08-18', monday)).toEqual({
			ok: false,
			message:
				'"last week" means 11 to 17 August 2025 (the Monday-to-Sunday week before the week of publication, 18 August 2025), but the date is 2025-08-18'
		});
	});

	it('"last month" and "last year" from early January reach back into the previous year', () => {
		const january = parseDate('2025-01-05');
		expect(check('last month', '2024-12', january)).toEqual({ ok: true });
		expect(check('last month', '2024-12-31', january)).toEqual({ ok: true });
		expect(check('last year', '2024', january)).toEqual({ ok: true });
		expect(check('last month', '2025-01-02', january)).toMatchObject({ ok: false, message: /means December 2024 .* but the date is 2025-01-02$/ });
		expect(check('last year', '2025', january)).toMatchObject({ ok: false, message: /means 2024 .* but the date is 2025$/ });
	});

	it('"within two weeks" accepts a later date and rejects an earlier one', () => {
		const published = parseDate('2025-08-20');
		expect(check('within two weeks', '2025-09-01', published)).toEqual({ ok: true });
		expect(check('within two weeks', '2025-08-19', published)).toMatchObject({ ok: false });
		expect(check('within two weeks', '2025-09-04', published)).toMatchObject({ ok: false });
	});
});

describe('checkRelativeDate: what counts as consistent', () => {
	const published = parseDate('2025-08-20');

	it('accepts a span inside the window, or a coarser date containing it', () => {
		expect(check('last month', '2025-07-10/2025-07-20', published)).toEqual({ ok: true });
		expect(check('last month', '2025', published)).toEqual({ ok: true });
		expect(check('Tuesday', '2025-08', published)).toEqual({ ok: true });
	});

	it('rejects a span that only overlaps the window', () => {
		expect(check('last month', '2025-07-25/2025-08-05', published)).toEqual({
			ok: false,
			message:
				'"last month" means July 2025 (the calendar month before the month of publication, 20 August 2025), but the date is 2025-07-25/2025-08-05'
		});
		expect(check('recently', '2025-07', published)).toMatchObject({ ok: false });
	});

	it('rejects a date outside the window that the phrase would allow from another publication day', () => {
		expect(check('yesterday', '2025-08-20', published)).toMatchObject({ ok: false });
	});
});

describe('checkRelativeDate: problems other than the date', () => {
	it('rejects an unscheduled event, saying what the phrase means', () => {
		expect(check('Tuesday', null)).toEqual({
			ok: false,
			message:
				'the date is relative to publication ("Tuesday"), but the event is unscheduled; give the date the phrase means (19 August 2025)'
		});
	});

	it('rejects an unscheduled event even when the phrase is unknown', () => {
		const result = check('some time ago', null);
		expect(result.ok).toBe(false);
		expect(result).not.toHaveProperty('unknownPhrase');
	});

	it('flags a phrase it does not understand, listing the known ones', () => {
		const result = check('last weekend', '2025-08-16');
		expect(result).toMatchObject({ ok: false, unknownPhrase: true });
		if (result.ok) throw new Error('expected a failure');
		expect(result.message).toMatch(/^"last weekend" is not a phrase the relative-date check understands \(known: .*yesterday.*last month.*Monday … Sunday\)/);
	});

	it('rejects when the source has no publication date', () => {
		expect(check('Tuesday', '2025-08-19', { type: 'unscheduled', edtf: null })).toMatchObject({
			ok: false,
			message: /the source has none/
		});
	});
});

describe('checkRelativeDate: a long uncertain publication span', () => {
	const august = parseDate('2025-08');

	it('names the publication days that fit', () => {
		expect(check('yesterday', '2025-08-10', august)).toEqual({
			ok: true,
			note: 'fits if published on 11 August 2025 (the source was published August 2025)'
		});
		expect(check('Tuesday', '2025-08-12', august)).toEqual({
			ok: true,
			note: 'fits if published on 13 to 19 August 2025 (the source was published August 2025)'
		});
	});

	it('gives the range of meanings rather than one per day', () => {
		expect(check('yesterday', '2025-06-01', august)).toEqual({
			ok: false,
			message:
				'"yesterday" means a date within 31 July to 30 August 2025 (the day before publication, August 2025), but the date is 2025-06-01'
		});
	});

	it('accepts a date that fits every publication day without a note', () => {
		expect(check('last year', '2024', august)).toEqual({ ok: true });
	});
});

describe('independence from the process time zone', () => {
	const original = process.env.TZ;
	afterEach(() => {
		if (original === undefined) delete process.env.TZ;
		else process.env.TZ = original;
	});

	const compute = () => ({
		windows: ['Monday', 'Sunday', 'yesterday', 'last week', 'this week', 'last month', 'last year', 'earlier this month'].map(
			(phrase) => [utc(2025, 8, 18), utc(2025, 1, 5), utc(2025, 3, 1)].map((day) => resolvePhrase(phrase, day))
		),
		checks: [
			check('Tuesday', '2025-08-19'),
			check('In recent days', '2025-08-18~/2025-08-21~'),
			check('recently', '2025-08~'),
			check('last month', '2024-12', parseDate('2025-01-05')),
			check('yesterday', '2025-08-15')
		]
	});

	it('gives the same windows and verdicts in Los Angeles, Kiritimati and UTC', () => {
		process.env.TZ = 'America/Los_Angeles';
		// Sanity check that the zone really changed: UTC midnight is still the previous day in Los Angeles.
		expect(new Date(utc(2025, 8, 18)).getDate()).toBe(17);
		const la = compute();
		process.env.TZ = 'Pacific/Kiritimati';
		expect(new Date(utc(2025, 8, 18)).getHours()).toBe(14);
		const kiritimati = compute();
		process.env.TZ = 'UTC';
		const utcResult = compute();
		expect(la).toEqual(utcResult);
		expect(kiritimati).toEqual(utcResult);
		expect(utcResult.windows[0]![0]).toMatchObject({ min: utc(2025, 8, 11), max: utc(2025, 8, 12) });
		expect(utcResult.checks[3]).toEqual({ ok: true });
	});
});
