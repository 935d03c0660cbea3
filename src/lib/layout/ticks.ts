/**
 * Axis tick labels in UTC, one style for all ticks of a view, chosen by what the ticks have in
 * common: "2025" when all fall on new year, "Aug 2025" when all fall on the first of a month,
 * else "14 Aug".
 */
import { utcFormat } from 'd3-time-format';

const byDay = utcFormat('%-d %b');
const byMonth = utcFormat('%b %Y');
const byYear = utcFormat('%Y');

export function tickFormat(ticks: readonly Date[]): (d: Date) => string {
	const firstOfMonth = ticks.every((t) => t.getUTCDate() === 1 && t.getUTCHours() === 0);
	if (firstOfMonth && ticks.every((t) => t.getUTCMonth() === 0)) return byYear;
	return firstOfMonth ? byMonth : byDay;
}
