/**
 * The phone layout: time runs down the page. Events are grouped under the date they start on, at
 * that date's own precision (a day, a month or a year), in time order; the gap to the previous group
 * is given in days so the page can say "3 days later" and space the groups by it. Pure.
 */
import { formatUtc } from '../model/calendar.ts';
import { DAY, type DatePoint, type DateSpan } from '../model/date-span.ts';
import { formatSpan } from '../model/format.ts';
import { EN_DATES, type DateLocale } from '../i18n/dates.ts';
import type { TimelineEvent } from '../model/model.ts';

export interface VerticalGroup {
	/** Stable key: the start's own date string (e.g. `2025-08-18`, `2025-08`, or `until:…`). */
	key: string;
	/** The heading: "Mon 18 Aug 2025", "August 2025", or the whole span for an open start. */
	label: string;
	/** For <time datetime>, or null when the start is open or unknown. */
	datetime: string | null;
	/** Whole days from the previous group's start to this one's (0 for the first). */
	gapDays: number;
	/** Indexes into the events array, in time order. */
	items: number[];
}

export interface VerticalLayout {
	groups: VerticalGroup[];
	/** Not yet scheduled: listed after the dated groups. */
	unscheduled: number[];
}

const PATTERN = { day: 'weekdayDay', month: 'month', year: 'year' } as const;
const ISO = { day: 'yyyy-MM-dd', month: 'yyyy-MM', year: 'yyyy' } as const;

function startOf(span: DateSpan): DatePoint | null {
	if (span.type === 'point') return span.point;
	if (span.type === 'interval' && typeof span.from !== 'string') return span.from;
	return null;
}

function heading(span: Exclude<DateSpan, { type: 'unscheduled' }>, loc: DateLocale): { key: string; label: string; datetime: string | null } {
	const p = startOf(span);
	if (!p || p.year <= 0) {
		const words = formatSpan(span, loc);
		return { key: `span:${span.edtf}`, label: words.charAt(0).toUpperCase() + words.slice(1), datetime: null };
	}
	const iso = formatUtc(p.min, ISO[p.precision]);
	return { key: iso, label: loc.format(p.min, PATTERN[p.precision]), datetime: iso };
}

/**
 * Whether an event needs its own date line under the group heading: anything but a plain,
 * certain, single day (which the heading already says).
 */
export function needsOwnDate(span: DateSpan): boolean {
	return !(span.type === 'point' && span.point.precision === 'day' && !span.point.approximate && !span.point.uncertain);
}

/** Groups events (already in time order, as a Timeline keeps them) for the vertical layout. */
export function layoutVertical(events: readonly TimelineEvent[], loc: DateLocale = EN_DATES): VerticalLayout {
	const groups: VerticalGroup[] = [];
	const unscheduled: number[] = [];
	let previousStart: number | null = null;
	events.forEach((e, i) => {
		const span = e.span;
		if (span.type === 'unscheduled') {
			unscheduled.push(i);
			return;
		}
		const h = heading(span, loc);
		const last = groups.at(-1);
		if (last && last.key === h.key) {
			last.items.push(i);
			return;
		}
		const gapDays = previousStart === null ? 0 : Math.max(0, Math.round((span.min - previousStart) / DAY));
		groups.push({ ...h, gapDays, items: [i] });
		previousStart = span.min;
	});
	return { groups, unscheduled };
}

/** Words for a gap between groups, or null when they are on consecutive days (or the same period). */
export function gapWords(days: number, loc: DateLocale = EN_DATES): string | null {
	return days <= 1 ? null : loc.words.gap(days);
}

/** Extra space above a group, in px: grows with the gap, slowly, so long gaps stay readable. */
export function gapSpace(days: number): number {
	return days <= 1 ? 0 : Math.min(56, Math.round(12 * Math.log2(days)));
}
