/**
 * How a language writes calendar dates: named patterns (so Ukrainian can use the nominative month,
 * "серпень 2025", where it stands alone) and the words around dates. English formats with
 * formatUtc (no date-fns in the browser); other languages bring date-fns `format` and their date-fns
 * locale in a chunk loaded only when that language is chosen (see packs/).
 */
import { formatUtc } from '../model/calendar.ts';
import { en, type Messages } from './en.ts';

export type DatePattern =
	/** 18 August 2025 */
	| 'day'
	/** August 2025 */
	| 'month'
	/** 2025 */
	| 'year'
	/** The same, for years up to 0 (1 BC): with the era. */
	| 'dayEra'
	| 'monthEra'
	| 'yearEra'
	/** 18 August (the start of a range within one year) */
	| 'dayMonth'
	/** August (the start of a range of months within one year) */
	| 'monthName'
	/** 18 (the start of a range of days within one month) */
	| 'dayNumber'
	/** Mon 18 Aug 2025: a day heading in the phone layout */
	| 'weekdayDay'
	/** Axis ticks: 14 Aug, Aug 2025, 2025 */
	| 'tickDay'
	| 'tickMonth'
	| 'tickYear';

export type DatePatterns = Record<DatePattern, string>;

export interface DateLocale {
	/** The UTC calendar date of `ms`, written with one of the named patterns. */
	format(ms: number, pattern: DatePattern): string;
	words: Messages['dates'];
}

export const EN_PATTERNS: DatePatterns = {
	day: 'd MMMM yyyy',
	month: 'MMMM yyyy',
	year: 'yyyy',
	dayEra: 'd MMMM y G',
	monthEra: 'MMMM y G',
	yearEra: 'y G',
	dayMonth: 'd MMMM',
	monthName: 'MMMM',
	dayNumber: 'd',
	weekdayDay: 'EEE d MMM yyyy',
	tickDay: 'd MMM',
	tickMonth: 'MMM yyyy',
	tickYear: 'yyyy'
};

export const EN_DATES: DateLocale = {
	format: (ms, pattern) => formatUtc(ms, EN_PATTERNS[pattern]),
	words: en.dates
};
