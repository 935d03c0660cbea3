/**
 * Relative dates: an event dated by its source's own words ("Tuesday", "last month"), counted from
 * the source's publication date. The validator resolves the phrase and checks the event's date
 * against it. A publication date may itself be uncertain ("2025-08-20/2025-08-21": one of these
 * days); the date is accepted when it fits any publication day, with a note when it fits only some.
 * Calendar arithmetic goes through UTCDate, so the process time zone never shifts a day.
 */
import {
	addDays,
	addMonths,
	addYears,
	endOfISOWeek,
	previousDay,
	startOfDay,
	startOfISOWeek,
	startOfMonth,
	startOfYear,
	subDays,
	subMonths,
	subWeeks,
	subYears,
	type Day
} from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { DAY, isoDay, parseDate, type DateSpan } from './dates.ts';
import { formatSpan } from './format.ts';

/** The days a phrase can mean, UTC ms, `min` inclusive and `max` exclusive (like DateSpan). */
export interface PhraseWindow {
	min: number;
	max: number;
	/** How the window was worked out, in words, e.g. "the latest Tuesday before publication". */
	rule: string;
}

export type RelativeCheck =
	| { ok: true; note?: string }
	| { ok: false; message: string }
	| { ok: false; unknownPhrase: true; message: string };

interface Rule {
	pattern: string;
	meaning: string;
	/** Case-insensitive; matched anywhere in the datePhrase, on word boundaries. */
	regex: RegExp;
	resolve: (published: UTCDate, phrase: string) => PhraseWindow;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const WEEKDAY_REGEX = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'gi');

const ms = (d: Date) => d.getTime();
const days = (from: Date, count: number) => ({ min: ms(from), max: ms(addDays(from, count)) });
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The phrases the checker knows, most specific first: when several match one datePhrase, the first
 * in this list wins ("last week" beats a weekday, "the day before yesterday" beats "yesterday").
 */
const RULES: readonly Rule[] = [
	{
		pattern: 'the day before yesterday',
		meaning: 'two days before the publication day',
		regex: /\bthe day before yesterday\b/i,
		resolve: (p) => ({ ...days(subDays(p, 2), 1), rule: 'two days before publication' })
	},
	{
		pattern: 'yesterday',
		meaning: 'the day before the publication day',
		regex: /\byesterday\b/i,
		resolve: (p) => ({ ...days(subDays(p, 1), 1), rule: 'the day before publication' })
	},
	{
		pattern: 'today',
		meaning: 'the publication day',
		regex: /\btoday\b/i,
		resolve: (p) => ({ ...days(p, 1), rule: 'the day of publication' })
	},
	{
		pattern: 'in recent days',
		meaning: 'the 7 days ending on the publication day (publication day included)',
		regex: /\bin recent days\b/i,
		resolve: (p) => ({ ...days(subDays(p, 6), 7), rule: 'the 7 days up to and including the day of publication' })
	},
	{
		pattern: 'recently',
		meaning:
			'the 14 days ending on the publication day (publication day included); a month-precision date containing them is accepted',
		regex: /\brecently\b/i,
		resolve: (p) => ({ ...days(subDays(p, 13), 14), rule: 'the 14 days up to and including the day of publication' })
	},
	{
		pattern: 'within two weeks / within 2 weeks',
		meaning: 'forward: the publication day and the 14 days after it (15 days)',
		regex: /\bwithin (?:two|2) weeks\b/i,
		resolve: (p) => ({ ...days(p, 15), rule: 'the day of publication and the 14 days after it' })
	},
	{
		pattern: 'earlier this month',
		meaning: 'from the 1st of the publication month up to and including the publication day',
		regex: /\bearlier this month\b/i,
		resolve: (p) => ({
			min: ms(startOfMonth(p)),
			max: ms(addDays(p, 1)),
			rule: 'from the start of the month of publication to the day of publication'
		})
	},
	{
		pattern: 'last week',
		meaning: 'the calendar week (ISO, Monday to Sunday) before the week of the publication day',
		regex: /\blast week\b/i,
		resolve: (p) => {
			const start = startOfISOWeek(subWeeks(p, 1));
			return { ...days(start, 7), rule: 'the Monday-to-Sunday week before the week of publication' };
		}
	},
	{
		pattern: 'this week',
		meaning: 'the calendar week (ISO, Monday to Sunday) of the publication day, including days after it',
		regex: /\bthis week\b/i,
		resolve: (p) => ({
			min: ms(startOfISOWeek(p)),
			max: ms(addDays(startOfDay(endOfISOWeek(p)), 1)),
			rule: 'the Monday-to-Sunday week of publication'
		})
	},
	{
		pattern: 'last month',
		meaning: 'the calendar month before the month of the publication day',
		regex: /\blast month\b/i,
		resolve: (p) => ({
			min: ms(startOfMonth(subMonths(p, 1))),
			max: ms(startOfMonth(p)),
			rule: 'the calendar month before the month of publication'
		})
	},
	{
		pattern: 'last year',
		meaning: 'the calendar year before the year of the publication day',
		regex: /\blast year\b/i,
		resolve: (p) => ({
			min: ms(startOfYear(subYears(p, 1))),
			max: ms(startOfYear(p)),
			rule: 'the calendar year before the year of publication'
		})
	},
	{
		pattern: 'Monday … Sunday',
		meaning:
			'the latest such weekday strictly before the publication day, also inside a longer phrase ("on Monday", "Monday evening", "last Tuesday"); an article published on a Wednesday that says "Wednesday" means the Wednesday a week earlier; several weekdays ("Monday or Tuesday") cover the days from the earliest to the latest',
		regex: new RegExp(WEEKDAY_REGEX.source, 'i'),
		resolve: (p, phrase) => {
			const named = [...new Set([...phrase.matchAll(WEEKDAY_REGEX)].map((m) => m[1]!.toLowerCase()))];
			const resolved = named.map((name) => ms(previousDay(p, WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]) as Day)));
			const min = Math.min(...resolved);
			const max = Math.max(...resolved) + DAY;
			const names = named.map(capitalised).join(' or ');
			return { min, max, rule: `the latest ${names} before publication` };
		}
	}
];

/** What each known phrase means, for the README. */
export const RELATIVE_PHRASES: readonly { pattern: string; meaning: string }[] = RULES.map(({ pattern, meaning }) => ({
	pattern,
	meaning
}));

/**
 * The window of days (UTC ms, [min, max) like DateSpan) that a phrase can mean, given one
 * publication day (UTC midnight ms). null when the phrase is not understood.
 */
export function resolvePhrase(phrase: string, publishedDay: number): PhraseWindow | null {
	const rule = RULES.find((r) => r.regex.test(phrase));
	if (!rule) return null;
	return rule.resolve(startOfDay(new UTCDate(publishedDay)), phrase);
}

/** A run of whole days in words: "19 August 2025", "July 2025", "2024", "14 to 20 August 2025". */
function daysInWords(min: number, max: number, joiner: 'to' | 'or' = 'to'): string {
	const first = new UTCDate(min);
	const wholeYear = ms(startOfYear(first)) === min && ms(addYears(first, 1)) === max;
	const wholeMonth = ms(startOfMonth(first)) === min && ms(addMonths(first, 1)) === max;
	const edtf = wholeYear
		? isoDay(min).slice(0, -6)
		: wholeMonth
			? isoDay(min).slice(0, -3)
			: max - min <= DAY
				? isoDay(min)
				: `${isoDay(min)}/${isoDay(max - DAY)}`;
	const words = formatSpan(parseDate(edtf));
	// Exactly two days: "20 or 21 August 2025" (one of them, not both).
	return joiner === 'or' && max - min === 2 * DAY ? words.replace(' to ', ' or ') : words;
}

/** Publication days (UTC midnight ms) as runs of consecutive days, in words joined by "or". */
function publicationDaysInWords(pubDays: readonly number[]): string {
	const runs: { min: number; max: number }[] = [];
	for (const d of pubDays) {
		const run = runs[runs.length - 1];
		if (run && run.max === d) run.max = d + DAY;
		else runs.push({ min: d, max: d + DAY });
	}
	return runs.map((r) => daysInWords(r.min, r.max, 'or')).join(' or ');
}

/**
 * An event date is consistent with a window when it lies within the window, or (a coarser date,
 * such as a month or year) when the window lies within it.
 */
function fits(event: { min: number; max: number }, window: { min: number; max: number }): boolean {
	const within = window.min <= event.min && event.max <= window.max;
	const contains = event.min <= window.min && window.max <= event.max;
	return within || contains;
}

const knownList = () => RULES.map((r) => r.pattern).join('; ');

/** Checks an event date against a phrase for every publication day the source's `published` span allows. */
export function checkRelativeDate(phrase: string, eventSpan: DateSpan, published: DateSpan): RelativeCheck {
	if (published.type === 'unscheduled')
		return { ok: false, message: `"${phrase}" is counted from the source’s publication date, but the source has none` };
	const pubDays: number[] = [];
	for (let d = ms(startOfDay(new UTCDate(published.min))); d < published.max; d += DAY) pubDays.push(d);
	const pubText = publicationDaysInWords(pubDays);
	const resolved: Resolved[] = [];
	for (const day of pubDays) {
		const window = resolvePhrase(phrase, day);
		if (window) resolved.push({ day, window });
	}
	const first = resolved[0]?.window;

	if (eventSpan.type === 'unscheduled')
		return {
			ok: false,
			message: `the date is relative to publication ("${phrase}"), but the event is unscheduled; give the date the phrase means${first ? ` (${meaningText(resolved)})` : ''}`
		};
	if (!first)
		return {
			ok: false,
			unknownPhrase: true,
			message: `"${phrase}" is not a phrase the relative-date check understands (known: ${knownList()}); quote a known phrase, or use dateBasis "stated" or "external"`
		};

	const fitting = resolved.filter((r) => fits(eventSpan, r.window)).map((r) => r.day);
	if (fitting.length === resolved.length) return { ok: true };
	if (fitting.length > 0)
		return { ok: true, note: `fits if published on ${publicationDaysInWords(fitting)} (the source was published ${pubText})` };
	// Per publication day, the meaning names the day itself; otherwise the rule names the publication days.
	const perDay = !sameWindow(resolved) && resolved.length <= MAX_LISTED;
	return {
		ok: false,
		message: `"${phrase}" means ${meaningText(resolved)} (${first.rule}${perDay ? '' : `, ${pubText}`}), but the date is ${eventSpan.edtf}`
	};
}

type Resolved = { day: number; window: PhraseWindow };

/** Beyond this many publication days, a meaning that varies with the day is given as one range. */
const MAX_LISTED = 3;

const sameWindow = (resolved: readonly Resolved[]) =>
	resolved.every((r) => r.window.min === resolved[0]!.window.min && r.window.max === resolved[0]!.window.max);

/** "19 August 2025"; "19 August 2025 if published on 20 August 2025, or 20 August 2025 if …"; "a date within …". */
function meaningText(resolved: readonly Resolved[]): string {
	const head = resolved[0]!.window;
	if (sameWindow(resolved)) return daysInWords(head.min, head.max);
	if (resolved.length > MAX_LISTED) {
		const min = Math.min(...resolved.map((r) => r.window.min));
		const max = Math.max(...resolved.map((r) => r.window.max));
		return `a date within ${daysInWords(min, max)}`;
	}
	return resolved
		.map((r) => `${daysInWords(r.window.min, r.window.max)} if published on ${daysInWords(r.day, r.day + DAY)}`)
		.join(', or ');
}
