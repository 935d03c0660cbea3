/** A DateLocale on date-fns `format` and one of its locales, in UTC (for the non-English packs). */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import type { Messages } from '../en.ts';
import type { DateLocale, DatePatterns } from '../dates.ts';

export function dateFnsLocale(locale: Locale, patterns: DatePatterns, words: Messages['dates']): DateLocale {
	return { format: (ms, pattern) => format(new UTCDate(ms), patterns[pattern], { locale }), words };
}
