/**
 * Axis tick labels in UTC, one style for all ticks of a view, chosen by what the ticks have in
 * common: "2025" when all fall on new year, "Aug 2025" when all fall on the first of a month,
 * else "14 Aug". Other languages pass their DateLocale. And where the axis puts them (axisLayout).
 */
import type { DateLocale } from '../i18n/dates.ts';
import { DAY } from '../model/date-span.ts';

// English, as d3-time-format's '%-d %b', '%b %Y' and '%Y' wrote it, without shipping its parser.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const year = (d: Date) => {
	const y = d.getUTCFullYear();
	return (y < 0 ? '-' : '') + String(Math.abs(y) % 10000).padStart(4, '0');
};
const byDay = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
const byMonth = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${year(d)}`;
const byYear = year;

export type TickStyle = 'tickYear' | 'tickMonth' | 'tickDay';

/**
 * What the ticks name: years, months or days. Ticks less than four weeks apart name days, as does
 * a lone tick in a window (`span`, ms) shorter than that, even on the first of a month: zoomed to
 * a day, the one midnight in view of 1 September is "1 Sep", not "Sep 2025".
 */
export function tickStyle(ticks: readonly Date[], span = Infinity): TickStyle {
	const step = ticks.length >= 2 ? ticks[1]!.getTime() - ticks[0]!.getTime() : span;
	if (ticks.length > 0 && step < 28 * DAY) return 'tickDay';
	const firstOfMonth = ticks.every((t) => t.getUTCDate() === 1 && t.getUTCHours() === 0);
	return firstOfMonth && ticks.every((t) => t.getUTCMonth() === 0) ? 'tickYear' : firstOfMonth ? 'tickMonth' : 'tickDay';
}

/** Labels in a style (tickStyle's). English keeps d3's formats; another language writes the same styles with its own patterns. */
export function styleFormat(style: TickStyle, loc?: DateLocale): (d: Date) => string {
	if (!loc) return { tickYear: byYear, tickMonth: byMonth, tickDay: byDay }[style];
	return (d) => loc.format(d.getTime(), style);
}

export function tickFormat(ticks: readonly Date[], loc?: DateLocale, span?: number): (d: Date) => string {
	return styleFormat(tickStyle(ticks, span), loc);
}

interface TickScale {
	(d: Date | number): number;
	range(): [number, number];
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

/** Half the room a label takes along the axis ("14 Aug" is some 45 px wide): none is centred nearer an end. */
const LABEL_HALF = 24;

export interface AxisLayout {
	/** Grid lines: one at each tick inside the range. */
	lines: { t: Date; x: number }[];
	/** Labels, each centred at `x`, naming `t`. */
	labels: { t: Date; x: number }[];
}

/**
 * Where the axis draws its grid lines and labels, over the scale's range [r0, r1] (r0 < r1), for
 * ticks in the style tickStyle gave them.
 *
 * A label that names a day stands over that day, where its events are drawn (a day's event is
 * centred on its day): "15 Aug" over the middle of the 15th, between its two grid lines, not on
 * the line where the 15th begins, which left the Alaska summit's dot halfway between "15 Aug" and
 * "16 Aug". A day cut by an end of the range is labelled over the part in view, if that part has
 * room for the label; zoomed to a day or two, that keeps the day at the left end named too (it
 * had no tick: at the narrowest zoom the axis showed one label, or none when the window held no
 * midnight far enough from both ends).
 *
 * Months and years stay labelled at their first day (d3's convention), and only where the label
 * is not cut by an end, as before; their grid lines go with their labels.
 */
export function axisLayout(scale: TickScale, ticks: readonly Date[], style: TickStyle, spacing = 55): AxisLayout {
	const [r0, r1] = scale.range();
	const inside = (x: number) => x >= r0 + LABEL_HALF && x <= r1 - LABEL_HALF;
	const at = ticks.map((t) => ({ t, x: scale(t) }));
	if (style !== 'tickDay' || ticks.length === 0) {
		const kept = at.filter(({ x }) => inside(x));
		return { lines: kept, labels: kept };
	}
	const lines = at.filter(({ x }) => x > r0 && x < r1);
	const dayLabel = (t: Date) => ({ t, x: (Math.max(scale(t), r0) + Math.min(scale(t.getTime() + DAY), r1)) / 2 });
	// Whole days are as far apart as their ticks (fitTicks: spacing - 1 or more); a day cut by the
	// right end is labelled nearer its start, so it keeps its label only if that is far enough from
	// the label before it.
	const labels: AxisLayout['labels'] = [];
	for (const label of ticks.map(dayLabel)) {
		const prev = labels[labels.length - 1];
		if (inside(label.x) && (!prev || label.x - prev.x >= spacing - 1)) labels.push(label);
	}
	// Ticks a day apart (or one alone: the narrowest windows) label every day, so the day running
	// in from the left end, which has no tick, is labelled as well, if it has the room.
	const first = ticks[0]!;
	const daily = ticks.length === 1 || ticks[1]!.getTime() - first.getTime() === DAY;
	if (daily && scale(first) > r0) {
		const before = dayLabel(new Date(first.getTime() - DAY));
		if (inside(before.x) && (labels.length === 0 || labels[0]!.x - before.x >= spacing)) labels.unshift(before);
	}
	return { lines, labels };
}
