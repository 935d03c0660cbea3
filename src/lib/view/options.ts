/**
 * View options from a page's query string (`?event=…&parties=…&kinds=…&from=…&to=…&theme=…&list=…
 * &controls=…`), each checked against an allow-list and against the timeline. A value that fails
 * its check is dropped with a warning (the page logs it); nothing from the URL reaches the page
 * unchecked.
 */
import { DAY, DateError, isoDay, parseSimpleDate, type DateSpan } from '../model/date-span.ts';
import type { Timeline, TimelineEvent } from '../model/model.ts';
import { recordSubset } from '../model/subset.ts';
import { EVENT_KINDS, KEBAB, type EventKind } from '../model/vocabulary.ts';
import { sameList } from './same-list.ts';

/** Reads an EDTF date for `from`/`to`; throws DateError when it is not one. */
export type DateParser = (input: string) => DateSpan;

/**
 * The parser pages start with: plain dates only, so the browser need not load the EDTF parser. A
 * page whose `from`/`to` is anything else (see needsFullDateParser) loads dates.ts and passes its
 * parseDate instead.
 */
export const plainDates: DateParser = (input) => {
	const span = parseSimpleDate(input);
	if (!span) throw new DateError(`"${input}" is not a plain date`);
	return span;
};

/** Whether `from` or `to` is more than a plain date: only the full EDTF parser can read it (or reject it). */
export function needsFullDateParser(params: URLSearchParams): boolean {
	return ['from', 'to'].some((name) => {
		const raw = params.get(name);
		return raw !== null && raw.length <= MAX_LENGTH && parseSimpleDate(raw) === null;
	});
}

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewOptions {
	event: string | null;
	/** Lanes to show (null: all; empty: none, from `parties=`). */
	parties: string[] | null;
	/** Kinds of event to show (null: all; empty: none, from `kinds=`). */
	kinds: EventKind[] | null;
	/** The visible window to start with, UTC ms (null: the timeline's default). */
	window: [number, number] | null;
	theme: Theme;
	list: boolean;
	controls: boolean;
}

export const KNOWN_PARAMS = ['event', 'parties', 'kinds', 'from', 'to', 'theme', 'list', 'controls'] as const;
/**
 * Read by other parts of a page, not a view option: the timeline URL of /view and /embed, and the
 * interface language (checked by the root layout, see $lib/i18n/languages).
 */
const OTHER_PARAMS = ['src', 'lang'];
const MAX_LENGTH = 500;

export function defaultOptions(): ViewOptions {
	return { event: null, parties: null, kinds: null, window: null, theme: 'auto', list: false, controls: true };
}

/** Whether two sets of options are equal, field by field. */
export function sameOptions(a: ViewOptions, b: ViewOptions): boolean {
	return (
		a.event === b.event &&
		a.theme === b.theme &&
		a.list === b.list &&
		a.controls === b.controls &&
		sameList(a.parties, b.parties) &&
		sameList(a.kinds, b.kinds) &&
		sameList(a.window, b.window)
	);
}

/** Shown for the warning in the console: a value from the URL, quoted and cut short. */
function quote(v: string): string {
	return JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v);
}

function list<T extends string>(name: string, raw: string, allowed: readonly T[], warnings: string[]): T[] | null {
	const wanted = raw.split(',').map((s) => s.trim()).filter(Boolean);
	// An empty value (`parties=`) is the reader's own choice of none: the page says nothing matches.
	if (wanted.length === 0) return [];
	const ok = wanted.filter((w): w is T => (allowed as readonly string[]).includes(w));
	for (const w of wanted) if (!ok.includes(w as T)) warnings.push(`${name}: ${quote(w)} is not one of ${allowed.join(', ')}; ignored`);
	if (ok.length === 0) {
		warnings.push(`${name}: nothing valid to show; showing all`);
		return null;
	}
	return [...new Set(ok)];
}

function flag(name: string, raw: string, warnings: string[]): boolean | null {
	if (['1', 'true', 'yes'].includes(raw)) return true;
	if (['0', 'false', 'no'].includes(raw)) return false;
	warnings.push(`${name}: ${quote(raw)} is not 1/0 or true/false; ignored`);
	return null;
}

function instant(name: string, raw: string, warnings: string[], parseDate: DateParser): { min: number; max: number } | null {
	try {
		const span = parseDate(raw);
		if (span.type !== 'unscheduled') return { min: span.min, max: span.max };
	} catch {
		// reported below
	}
	warnings.push(`${name}: ${quote(raw)} is not an EDTF date such as 2025-08-15; ignored`);
	return null;
}

export function parseViewOptions(params: URLSearchParams, timeline: Timeline, parseDate: DateParser = plainDates): { options: ViewOptions; warnings: string[] } {
	const options = defaultOptions();
	const warnings: string[] = [];
	for (const key of new Set(params.keys())) {
		if (!(KNOWN_PARAMS as readonly string[]).includes(key) && !OTHER_PARAMS.includes(key)) warnings.push(`unknown option ${quote(key)}; ignored`);
	}
	const get = (name: (typeof KNOWN_PARAMS)[number]) => {
		const raw = params.get(name);
		if (raw === null) return null;
		if (raw.length > MAX_LENGTH) {
			warnings.push(`${name}: longer than ${MAX_LENGTH} characters; ignored`);
			return null;
		}
		return raw;
	};

	const event = get('event');
	if (event !== null) {
		if (KEBAB.test(event) && timeline.events.some((e) => e.id === event)) options.event = event;
		else warnings.push(`event: no event ${quote(event)} in this timeline; ignored`);
	}
	const parties = get('parties');
	if (parties !== null) options.parties = list('parties', parties, timeline.parties.map((p) => p.id), warnings);
	const kinds = get('kinds');
	if (kinds !== null) options.kinds = list('kinds', kinds, EVENT_KINDS, warnings);

	const fromRaw = get('from');
	const toRaw = get('to');
	const from = fromRaw === null ? null : instant('from', fromRaw, warnings, parseDate);
	const to = toRaw === null ? null : instant('to', toRaw, warnings, parseDate);
	if (from && to) {
		if (to.max > from.min) options.window = [from.min, to.max];
		else warnings.push('from/to: "to" is not after "from"; ignored');
	} else if (from || to) warnings.push('from/to: give both to set the visible window; ignored');

	const theme = get('theme');
	if (theme !== null) {
		if ((THEMES as readonly string[]).includes(theme)) options.theme = theme as Theme;
		else warnings.push(`theme: ${quote(theme)} is not one of ${THEMES.join(', ')}; ignored`);
	}
	for (const name of ['list', 'controls'] as const) {
		const raw = get(name);
		const value = raw === null ? null : flag(name, raw, warnings);
		if (value !== null) options[name] = value;
	}
	return { options, warnings };
}

/** Whether `event` stays in view with these filters (filterTimeline keeps it). */
export function passesFilters(event: Pick<TimelineEvent, 'kind' | 'parties'>, options: Pick<ViewOptions, 'parties' | 'kinds'>): boolean {
	const { parties, kinds } = options;
	return (!kinds || kinds.includes(event.kind)) && (!parties || event.parties.some((p) => parties.includes(p)));
}

/**
 * The timeline narrowed to the chosen parties (lanes) and kinds. One pass over the events with the
 * choices in sets, and an event whose parties are all chosen is kept as it is, not copied: filtering
 * 100,000 events with `includes` on the page's (proxied) lists and a copy of each took over a second.
 * Which events it kept is recorded (model/subset.ts), so the chart narrows the whole timeline's
 * indexes rather than building new ones.
 */
export function filterTimeline(timeline: Timeline, options: Pick<ViewOptions, 'parties' | 'kinds'>): Timeline {
	if (!options.parties && !options.kinds) return timeline;
	const parties = options.parties ? new Set(options.parties) : null;
	const kinds = options.kinds ? new Set<string>(options.kinds) : null;
	const events: TimelineEvent[] = [];
	const kept = new Int32Array(timeline.events.length);
	for (let i = 0; i < timeline.events.length; i++) {
		const e = timeline.events[i]!;
		if (kinds && !kinds.has(e.kind)) continue;
		if (!parties) {
			kept[events.length] = i;
			events.push(e);
			continue;
		}
		const ps = e.parties;
		let chosen = 0;
		for (let k = 0; k < ps.length; k++) if (parties.has(ps[k]!)) chosen++;
		if (chosen === 0) continue;
		kept[events.length] = i;
		events.push(chosen === ps.length ? e : { ...e, parties: ps.filter((p) => parties.has(p)) });
	}
	const narrowed = {
		...timeline,
		parties: parties ? timeline.parties.filter((p) => parties.has(p.id)) : timeline.parties,
		events
	};
	recordSubset(narrowed, { parent: timeline, kept: kept.slice(0, events.length), partiesOnly: !kinds });
	return narrowed;
}

/** The query string that reproduces these options (defaults left out), for embed snippets and links. */
export function optionsQuery(options: ViewOptions, lang: string | null = null): string {
	const d = defaultOptions();
	const q = new URLSearchParams();
	if (options.event) q.set('event', options.event);
	if (options.parties) q.set('parties', options.parties.join(','));
	if (options.kinds) q.set('kinds', options.kinds.join(','));
	if (options.window) {
		q.set('from', isoDay(options.window[0]));
		q.set('to', isoDay(options.window[1] - DAY));
	}
	if (options.theme !== d.theme) q.set('theme', options.theme);
	if (options.list !== d.list) q.set('list', options.list ? '1' : '0');
	if (options.controls !== d.controls) q.set('controls', options.controls ? '1' : '0');
	// A language asked for in the URL stays with the links and snippets built from it.
	if (lang) q.set('lang', lang);
	const s = q.toString();
	return s ? `?${s}` : '';
}
