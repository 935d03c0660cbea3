/** Ukrainian, loaded only when chosen: the UI strings, date-fns `format` and its `uk` locale. */
import { uk as locale } from 'date-fns/locale/uk';
import { EN_PATTERNS } from '../dates.ts';
import { uk, ukSite } from '../uk.ts';
import { dateFnsLocale } from './date-fns.ts';

// LLLL is the nominative month ("серпень 2025"), MMMM the genitive after a day ("18 серпня 2025").
export const messages = uk;
export const site = ukSite;
export const dates = dateFnsLocale(
	locale,
	{ ...EN_PATTERNS, month: 'LLLL yyyy', monthEra: 'LLLL y G', monthName: 'LLLL', weekdayDay: 'EEEEEE, d MMM yyyy', tickMonth: 'LLL yyyy' },
	uk.dates
);
