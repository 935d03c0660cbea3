/**
 * Axis tick labels in UTC, one style for all ticks of a view, chosen by what the ticks have in
 * common: "2025" when all fall on new year, "Aug 2025" when all fall on the first of a month,
 * else "14 Aug". Other languages pass their DateLocale.
 */
import type { DateLocale } from '../i18n/dates.ts';

// English, as d3-time-format's '%-d %b', '%b %Y' and '%Y' wrote it, without shipping its parser.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const year = (d: Date) => {
	const y = d.getUTCFullYear();
	return (y < 0 ? '-' : '') + String(Math.abs(y) % 10000).padStart(4, '0');
};
const byDay = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
const byMonth = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${year(d)}`;
const byYear = year;

export function tickFormat(ticks: readonly Date[], loc?: DateLocale): (d: Date) => string {
	const firstOfMonth = ticks.every((t) => t.getUTCDate() === 1 && t.getUTCHours() === 0);
	const style = firstOfMonth && ticks.every((t) => t.getUTCMonth() === 0) ? 'tickYear' : firstOfMonth ? 'tickMonth' : 'tickDay';
	// English keeps d3's formats; another language writes the same styles with its own patterns.
	if (!loc) return { tickYear: byYear, tickMonth: byMonth, tickDay: byDay }[style];
	return (d) => loc.format(d.getTime(), style);
}

interface TickScale {
	(d: Date): number;
	ticks(count: number): Date[];
}

/**
 * Ticks about every `spacing` px that really are at least that far apart: d3 rounds a tick count to
 * a calendar step, which may give more ticks than asked (two-day steps where 22 ticks were asked
 * over 60 days), and labels would then collide. Asks for fewer until they fit.
 */
export function fitTicks(scale: TickScale, width: number, spacing = 55): Date[] {
	let count = Math.max(2, Math.floor(width / spacing));
	for (;;) {
		const ticks = scale.ticks(count);
		const tight = ticks.some((t, i) => i > 0 && scale(t) - scale(ticks[i - 1]!) < spacing - 1);
		if (!tight || count <= 2) return ticks;
		count = Math.max(2, Math.floor(count * 0.7));
	}
}
