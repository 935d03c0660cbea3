/**
 * Calendar ticks in UTC, a day apart or more: the ticks d3-time's utcTicks gives when its step is
 * a day or longer (the same steps, chosen by the same rule, with d3-array's tickStep for years),
 * and every UTC midnight where it would step by hours (dates here have no time of day, so the axis
 * never shows an hour). d3-time is one bundle whose every interval, from milliseconds up, is built
 * when it loads, so none of it can be left out of the page's script: 1.6 KB gzipped for what these
 * fifty lines do. scale.spec.ts compares the two on windows of any length.
 */
import { DAY, utcDate } from '../model/date-span.ts';

const WEEK = 7 * DAY;
const MONTH = 30 * DAY; // d3-time's durationMonth and durationYear: for choosing a step only
const YEAR = 365 * DAY;

type Unit = 'day' | 'week' | 'month' | 'year';
/** d3-time's tickIntervals from a day up: unit, every how many, about how long. */
const STEPS: [Unit, number, number][] = [
	['day', 1, DAY],
	['day', 2, 2 * DAY],
	['week', 1, WEEK],
	['month', 1, MONTH],
	['month', 3, 3 * MONTH],
	['year', 1, YEAR]
];

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * d3-array's tickStep for start ≤ stop, line for line (tickSpec, then 1 / -inc for steps below
 * 1). d3-array itself would bring its bisectors too, built when it loads: 0.3 KB gzipped more.
 * calendar.spec.ts compares the two.
 */
export function tickStep(start: number, stop: number, count: number): number {
	const step = (stop - start) / Math.max(0, count);
	const power = Math.floor(Math.log10(step));
	const error = step / 10 ** power;
	const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
	const inc = power < 0 ? 10 ** -power / factor : 10 ** power * factor;
	// The first and last multiple of the step inside [start, stop], as d3-array rounds them.
	const scaled = (v: number) => (power < 0 ? v * inc : v / inc);
	let i1 = Math.round(scaled(start));
	let i2 = Math.round(scaled(stop));
	if ((power < 0 ? i1 / inc : i1 * inc) < start) ++i1;
	if ((power < 0 ? i2 / inc : i2 * inc) > stop) --i2;
	if (i2 < i1 && 0.5 <= count && count < 2) return tickStep(start, stop, count * 2);
	return power < 0 ? 1 / inc : inc;
}

/** The first of a month (which may run past 11 or below 0) at midnight UTC, for any year. */
const firstOf = (year: number, month: number) => utcDate(year, month, 1);

/**
 * Boundaries of `unit` in [start, stop), every `every`th as d3-time counts them: days by their
 * number since 1970 (unixDay), weeks from Sunday (utcSunday), months by their number in the year,
 * years by the year.
 */
function range(unit: Unit, every: number, start: number, stop: number): Date[] {
	const out: Date[] = [];
	if (unit === 'day' || unit === 'week') {
		let t = Math.ceil(start / DAY) * DAY;
		// 4 January 1970, day 3, was a Sunday.
		if (unit === 'week') t += ((((3 - t / DAY) % 7) + 7) % 7) * DAY;
		for (; t < stop; t += unit === 'week' ? WEEK : DAY) if ((t / DAY) % every === 0) out.push(new Date(t));
		return out;
	}
	const from = new Date(start);
	let year = from.getUTCFullYear();
	let month = unit === 'year' ? 0 : from.getUTCMonth();
	if (firstOf(year, month) < start) unit === 'year' ? year++ : month++;
	for (let t = firstOf(year, month); t < stop; t = unit === 'year' ? firstOf(++year, 0) : firstOf(year, ++month)) {
		const d = new Date(t);
		if ((unit === 'year' ? d.getUTCFullYear() : d.getUTCMonth()) % every === 0) out.push(d);
	}
	return out;
}

/** About `count` ticks from `start` to `stop` (UTC ms, start ≤ stop), both ends included. */
export function calendarTicks(start: number, stop: number, count: number): Date[] {
	const target = (stop - start) / count;
	const i = STEPS.findIndex(([, , length]) => length > target);
	const [unit, every] =
		i === -1 ? (['year', tickStep(start / YEAR, stop / YEAR, count)] as const) : i === 0 ? STEPS[0]! : STEPS[target / STEPS[i - 1]![2] < STEPS[i]![2] / target ? i - 1 : i]!;
	// d3-time's interval.every(k) takes the floor of k, and no interval for less than 1.
	return every >= 1 ? range(unit, Math.floor(every), start, stop + 1) : [];
}
