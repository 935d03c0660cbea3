/**
 * Converts a TimelineJS3 timeline (https://timeline.knightlab.com/docs/json-format.html) into a
 * draft of the timeline data format, version 1. Pure: no files, no DOM; the CLI is
 * scripts/import-timelinejs.ts.
 *
 * A TimelineJS3 file names no sources and cites no passages, so the result is a draft: it is marked
 * `"unverified": true` and its events have `"citations": []`. An editor completes it with sources
 * and citations before `npm run validate` accepts it.
 *
 * Everything that cannot be carried over is listed in the report, never silently dropped:
 * - times of day (format v1 holds calendar dates only);
 * - events whose date cannot be written as an EDTF date the project's parser accepts (years with
 *   more than four digits need EDTF's Y-prefix, which the parser rejects);
 * - eras, when the schema has no `eras` field;
 * - media (kept as a line of text in the summary when its URL is http(s)), backgrounds and other
 *   display options;
 * - from HTML: script and style elements with their content, link targets and images.
 *
 * Conventions: every event becomes kind "statement", status "occurred", dateBasis "external"
 * (the date comes from the imported timeline, not from a cited passage). Each TimelineJS3 group
 * becomes a party (lane) with one actor named after the group; events without a group go to the
 * party "other".
 */
import { parseDate } from '../model/dates.ts';
import { KEBAB, timelineSchema } from '../model/schema.ts';

/** The input is not a TimelineJS3 timeline at all (or the options are unusable). */
export class TimelineJsError extends Error {}

/**
 * One thing the import could not carry over as it was.
 * - `skipped`: a whole event or era is not in the output;
 * - `dropped`: a field or part of one is not in the output;
 * - `kept-as-text`: carried over only as plain text;
 * - `fill-in`: the output needs an editor to complete it.
 */
export interface ReportItem {
	/** JSON path in the TimelineJS3 input (e.g. `events[3].start_date.hour`), or in the output for `fill-in`. */
	path: string;
	action: 'skipped' | 'dropped' | 'kept-as-text' | 'fill-in';
	message: string;
}

export interface ImportOptions {
	/** The input file's name; the timeline id is made from it, and date notes name it. */
	fileName: string;
	/** Adds a stub entry to sources[] with this id. */
	source?: string;
	/** BCP 47 tag; "en" by default. */
	language?: string;
	/** Whether to write eras[]; by default, whether the timeline schema has an `eras` field. */
	eras?: boolean;
}

export interface ImportedEvent {
	id: string;
	title: string;
	summary: string;
	kind: 'statement';
	status: 'occurred';
	date: string;
	dateBasis: 'external';
	dateNote: string;
	actors: string[];
	citations: never[];
}

/** A source entry as far as the import can fill it; the rest is listed in the report. */
export interface SourceStub {
	id: string;
	title: string;
	publisher: string;
	url?: string;
}

export interface ImportedTimeline {
	version: 1;
	id: string;
	title: string;
	description: string;
	language: string;
	/** Draft: sources and citations still to be added. */
	unverified: true;
	eras?: { id: string; label: string; date: string }[];
	sources: SourceStub[];
	parties: { id: string; label: string; order: number }[];
	actors: { id: string; name: string; role: string; party: string }[];
	events: ImportedEvent[];
}

export interface ImportResult {
	timeline: ImportedTimeline;
	report: ReportItem[];
}

export const DEFAULT_KIND = 'statement';
export const UNKNOWN_PUBLISHER = 'Unknown — fill in';
export const GROUP_ROLE = 'Group in the imported timeline';
export const OTHER_ROLE = 'Events without a group in the imported timeline';
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const TITLE_FROM_TEXT = 60;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nothing worth reporting: absent, blank, or containers of such (spreadsheet exports are full of them). */
function isEmpty(v: unknown): boolean {
	if (v === undefined || v === null) return true;
	if (typeof v === 'string') return v.trim() === '';
	if (Array.isArray(v)) return v.every(isEmpty);
	if (isObject(v)) return Object.values(v).every(isEmpty);
	return false;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function show(v: unknown): string {
	const s = typeof v === 'string' ? v : JSON.stringify(v);
	return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

const isHttp = (url: string) => /^https?:\/\/\S+$/i.test(url);

// ---------------------------------------------------------------------------------------------
// HTML to plain text

/** Elements dropped together with their content. */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);
/** Elements that separate words: replaced by a space. Other tags vanish (`Hel<b>lo</b>` → `Hello`). */
const BLOCK = new Set([
	'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
	'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'
]);

const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
	ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
	bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', shy: ''
};

/** Decodes character references in one pass, so `&amp;lt;` becomes the text `&lt;`, not `<`. */
export function decodeEntities(s: string): string {
	return s.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g, (whole, dec, hex, name) => {
		if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
		const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
		const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
		return invalid ? '\ufffd' : String.fromCodePoint(code);
	});
}

export interface PlainText {
	text: string;
	/** Names of elements removed with their content (script, style, …), one entry per element. */
	removed: string[];
	/** Targets of links (href, any scheme) that the plain text no longer carries. */
	links: string[];
	/** How many images were removed. */
	images: number;
}

const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;

/** Where the tag starting at `from` ends (index of its `>`), skipping quoted attribute values; -1 when it never ends. */
function tagEnd(s: string, from: number): number {
	let quote: string | null = null;
	let afterEquals = false;
	for (let i = from; i < s.length; i++) {
		const c = s[i]!;
		if (quote) {
			if (c === quote) quote = null;
		} else if ((c === '"' || c === "'") && afterEquals) quote = c;
		else if (c === '>') return i;
		if (!quote && c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') afterEquals = c === '=';
	}
	return -1;
}

function attribute(tag: string, name: string): string | null {
	const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
	return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim() : null;
}

/**
 * Reduces an HTML fragment to plain text without a DOM: drops comments and tags (with every
 * attribute, so event handlers and javascript: URLs go with them), drops script/style/… elements
 * with their content, decodes character references once and collapses whitespace. The result is
 * text to be shown as text; it is never meant to be parsed as HTML again.
 */
export function htmlToPlainText(html: string): PlainText {
	const removed: string[] = [];
	const links: string[] = [];
	let images = 0;
	let out = '';
	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt < 0) {
			out += html.slice(i);
			break;
		}
		out += html.slice(i, lt);
		i = lt;
		if (html.startsWith('<!--', i)) {
			const end = html.indexOf('-->', i + 4);
			i = end < 0 ? html.length : end + 3;
			continue;
		}
		TAG_NAME.lastIndex = i;
		const m = TAG_NAME.exec(html);
		if (!m) {
			if (html[i + 1] === '!' || html[i + 1] === '?' || (html[i + 1] === '/' && /[^\s>]/.test(html[i + 2] ?? ''))) {
				// <!doctype>, <![CDATA[, <?xml ?>, </ 3>: bogus comments in HTML, dropped up to the next ">".
				const end = html.indexOf('>', i);
				i = end < 0 ? html.length : end + 1;
			} else {
				out += '<'; // a lone "<", as in "a < b"
				i += 1;
			}
			continue;
		}
		const end = tagEnd(html, i + m[0].length);
		const tag = html.slice(i, end < 0 ? html.length : end + 1);
		i = end < 0 ? html.length : end + 1; // an unterminated tag runs to the end of the input
		const closing = m[1] === '/';
		const name = m[2]!.toLowerCase();
		if (!closing && DROP_WITH_CONTENT.has(name)) {
			removed.push(name);
			const close = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
			close.lastIndex = i;
			const c = close.exec(html);
			if (!c) {
				i = html.length;
			} else {
				const after = tagEnd(html, c.index + c[0].length);
				i = after < 0 ? html.length : after + 1;
			}
			continue;
		}
		if (!closing && name === 'a') {
			const href = attribute(tag, 'href');
			if (href) links.push(href);
		}
		if (!closing && name === 'img') images += 1;
		if (BLOCK.has(name)) out += ' ';
	}
	const text = decodeEntities(out)
		// Control characters other than whitespace have no place in plain text.
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return { text, removed, links, images };
}

/** Plain text of an HTML field, reporting what the plain text loses beyond formatting. */
function plain(value: unknown, path: string, report: ReportItem[]): string {
	if (isEmpty(value)) return '';
	if (typeof value !== 'string' && typeof value !== 'number') {
		report.push({ path, action: 'dropped', message: `is not text (${show(value)})` });
		return '';
	}
	const p = htmlToPlainText(String(value));
	const lost: string[] = [];
	const counts = new Map<string, number>();
	for (const r of p.removed) counts.set(r, (counts.get(r) ?? 0) + 1);
	for (const [name, n] of counts) lost.push(`${n} ${name} element${n > 1 ? 's' : ''} with ${n > 1 ? 'their' : 'its'} content`);
	const web = p.links.filter((l) => isHttp(l));
	const other = p.links.length - web.length;
	if (web.length) lost.push(`link target${web.length > 1 ? 's' : ''} ${web.join(', ')}`);
	if (other) lost.push(`${other} link${other > 1 ? 's' : ''} to a non-web address`);
	if (p.images) lost.push(`${p.images} image${p.images > 1 ? 's' : ''}`);
	if (lost.length) report.push({ path, action: 'dropped', message: `HTML reduced to plain text; removed ${lost.join('; ')}` });
	return p.text;
}

// ---------------------------------------------------------------------------------------------
// ids

/** ASCII kebab-case: accents stripped, everything else but letters and digits becomes a hyphen. */
export function slugify(s: string, max = 60): string {
	const slug = s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max);
	const hyphen = cut.lastIndexOf('-');
	return (hyphen > 0 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** The id, or the id with the first free suffix -2, -3, … */
function unique(id: string, taken: Set<string>): string {
	let out = id;
	for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
	taken.add(out);
	return out;
}

// ---------------------------------------------------------------------------------------------
// dates

const DATE_KEYS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date']);
const TIME_KEYS = ['hour', 'minute', 'second', 'millisecond'] as const;

export type EdtfResult = { edtf: string; label: string; time: string | null } | { error: string };

function integer(v: unknown): number | null {
	if (typeof v === 'number') return Number.isInteger(v) ? v : null;
	if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) return Number.parseInt(v, 10);
	return null;
}

/**
 * One TimelineJS3 date object as an EDTF date at the precision given: "2025", "2025-08",
 * "2025-08-15"; year -44 is "-0044" and year 0 is "0000" (EDTF years are astronomical: 0 is 1 BC).
 * A time of day is not part of the result; `time` describes it so the caller can report it.
 */
export function edtfDate(d: unknown): EdtfResult {
	if (!isObject(d)) return { error: `is not a date object (${show(d)})` };
	if (isEmpty(d.year)) return { error: 'has no year' };
	const year = integer(d.year);
	if (year === null) return { error: `year ${show(d.year)} is not a whole number` };
	if (Math.abs(year) > 9999)
		return {
			error: `year ${year} has more than four digits; EDTF writes it with a "Y" prefix (e.g. "Y${year}"), which the project's date parser does not accept`
		};
	let edtf = (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
	const month = isEmpty(d.month) ? null : integer(d.month);
	const day = isEmpty(d.day) ? null : integer(d.day);
	if (!isEmpty(d.month) && (month === null || month < 1 || month > 12)) return { error: `month ${show(d.month)} is not 1 to 12` };
	if (!isEmpty(d.day) && (day === null || day < 1 || day > 31)) return { error: `day ${show(d.day)} is not 1 to 31` };
	if (day !== null && month === null) return { error: `has a day (${day}) but no month` };
	if (month !== null) edtf += '-' + String(month).padStart(2, '0');
	if (day !== null) edtf += '-' + String(day).padStart(2, '0');
	const parts = TIME_KEYS.filter((k) => !isEmpty(d[k])).map((k) => `${k} ${show(d[k])}`);
	return { edtf, label: str(d.display_date).trim(), time: parts.length ? parts.join(', ') : null };
}

/** Whether the project's date parser accepts the EDTF string; its message when not. */
function parserRejects(edtf: string): string | null {
	try {
		parseDate(edtf);
		return null;
	} catch (e) {
		// Only the first line: some parser errors go on for pages.
		const first = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.trim();
		return first.length > 160 ? `${first.slice(0, 159)}…` : first;
	}
}

interface DateResult {
	date: string;
	labels: string[];
}

/** start_date (and end_date) as a verified EDTF date or interval; null when the event or era must be skipped (reported). */
function convertDates(item: Json, at: string, report: ReportItem[]): DateResult | null {
	const start = edtfDate(item.start_date);
	if ('error' in start) {
		report.push({ path: `${at}.start_date`, action: 'skipped', message: `${at} not imported: start_date ${start.error}` });
		return null;
	}
	const dateObjects: [string, Json][] = [[`${at}.start_date`, item.start_date as Json]];
	let end: EdtfResult | null = null;
	if (!isEmpty(item.end_date)) {
		end = edtfDate(item.end_date);
		if ('error' in end) {
			report.push({ path: `${at}.end_date`, action: 'skipped', message: `${at} not imported: end_date ${end.error}` });
			return null;
		}
		dateObjects.push([`${at}.end_date`, item.end_date as Json]);
	}
	const date = end ? `${start.edtf}/${end.edtf}` : start.edtf;
	const rejected = parserRejects(date);
	if (rejected) {
		const negative = date.startsWith('-') || date.includes('/-');
		report.push({
			path: at,
			action: 'skipped',
			message:
				`${at} not imported: its date "${date}" is rejected by the project's date parser (${rejected})` +
				(negative ? '; negative (BC) years are valid EDTF, but the parser does not accept them' : '')
		});
		return null;
	}
	for (const [path, d] of dateObjects) {
		const r = path.endsWith('start_date') ? start : end!;
		if ('time' in r && r.time)
			report.push({ path, action: 'dropped', message: `time of day (${r.time}) dropped: format v1 holds calendar dates only` });
		for (const key of Object.keys(d))
			if (!DATE_KEYS.has(key) && !isEmpty(d[key])) report.push({ path: `${path}.${key}`, action: 'dropped', message: `not carried over (${show(d[key])})` });
	}
	const labels = [start, end].flatMap((r) => (r && 'label' in r && r.label ? [htmlToPlainText(r.label).text] : [])).filter(Boolean);
	return { date, labels };
}

// ---------------------------------------------------------------------------------------------
// the conversion

const TOP_KEYS = new Set(['title', 'events', 'eras']);
const EVENT_KEYS = new Set(['start_date', 'end_date', 'display_date', 'text', 'group', 'media', 'unique_id']);
const TEXT_KEYS = new Set(['headline', 'text']);
const MEDIA_KEYS = new Set(['url', 'caption', 'credit']);
const ERA_KEYS = new Set(['start_date', 'end_date', 'text']);

function reportOthers(obj: Json, known: Set<string>, at: string, report: ReportItem[]) {
	for (const key of Object.keys(obj))
		if (!known.has(key) && !isEmpty(obj[key]))
			report.push({ path: at ? `${at}.${key}` : key, action: 'dropped', message: `not carried over (${show(obj[key])})` });
}

function firstChars(s: string, n: number): string {
	const chars = Array.from(s);
	return chars.length <= n ? s : `${chars.slice(0, n).join('').trimEnd()}…`;
}

/** Checks the shape: an object with a non-empty `events` array of objects. Throws TimelineJsError. */
function checkShape(input: unknown): asserts input is Json & { events: Json[] } {
	const expected = 'expected a TimelineJS3 timeline: a JSON object with an "events" array of slide objects';
	if (!isObject(input)) throw new TimelineJsError(`${expected}, but the file holds ${Array.isArray(input) ? 'an array' : `a ${input === null ? 'null' : typeof input}`}`);
	if (!('events' in input)) throw new TimelineJsError(`${expected}, but it has no "events" (its fields: ${Object.keys(input).join(', ') || 'none'})`);
	if (!Array.isArray(input.events)) throw new TimelineJsError(`${expected}, but "events" is not an array`);
	if (input.events.length === 0) throw new TimelineJsError('the TimelineJS3 timeline has no events to import');
	const bad = input.events.findIndex((e) => !isObject(e));
	if (bad >= 0) throw new TimelineJsError(`${expected}, but events[${bad}] is not an object`);
	if (!input.events.some((e) => isObject(e) && 'start_date' in e))
		throw new TimelineJsError(`${expected}, but no event has a "start_date"`);
}

/** Converts a parsed TimelineJS3 JSON document. Throws TimelineJsError when it is not TimelineJS3-shaped. */
export function convertTimelineJs(input: unknown, options: ImportOptions): ImportResult {
	checkShape(input);
	const language = options.language ?? 'en';
	if (!LANGUAGE.test(language)) throw new TimelineJsError(`language "${language}" is not a BCP 47 tag such as "en"`);
	if (options.source !== undefined && !KEBAB.test(options.source))
		throw new TimelineJsError(`source id "${options.source}" must be kebab-case: lower-case letters, digits and single hyphens`);
	const withEras = options.eras ?? 'eras' in timelineSchema.shape;
	const report: ReportItem[] = [];
	const fileName = options.fileName.split(/[\\/]/).pop() ?? options.fileName;
	const id = slugify(fileName.replace(/\.json$/i, '')) || 'imported-timeline';

	reportOthers(input, TOP_KEYS, '', report);

	// Title slide.
	const titleSlide = isObject(input.title) ? input.title : {};
	if (input.title !== undefined && !isObject(input.title) && !isEmpty(input.title))
		report.push({ path: 'title', action: 'dropped', message: `is not a slide object (${show(input.title)})` });
	const titleText = isObject(titleSlide.text) ? titleSlide.text : {};
	const headline = plain(titleText.headline, 'title.text.headline', report);
	const intro = plain(titleText.text, 'title.text.text', report);
	if (isObject(titleSlide.text)) reportOthers(titleText, TEXT_KEYS, 'title.text', report);
	for (const key of Object.keys(titleSlide))
		if (key !== 'text' && !isEmpty(titleSlide[key]))
			report.push({ path: `title.${key}`, action: 'dropped', message: `the title slide's ${key} is not carried over (${show(titleSlide[key])})` });
	const title = headline || (intro ? firstChars(intro, TITLE_FROM_TEXT) : `Imported from TimelineJS3: ${fileName}`);
	if (!headline) report.push({ path: 'title', action: 'fill-in', message: `the original has no title headline; the title is "${title}"` });
	const description = intro || `Imported from the TimelineJS3 file ${fileName}.`;
	if (!intro) report.push({ path: 'description', action: 'fill-in', message: 'the original title slide has no text; write one or two sentences' });

	// Events.
	const eventIds = new Set<string>();
	const parties: ImportedTimeline['parties'] = [];
	const actors: ImportedTimeline['actors'] = [];
	const partyByGroup = new Map<string, string>();
	const partyIds = new Set<string>();
	const events: ImportedEvent[] = [];
	// The first http(s) media URL (title slide first), a guess at the source's address for --source.
	const titleMedia = isObject(titleSlide.media) ? str(titleSlide.media.url).trim() : '';
	let firstMediaUrl: { url: string; path: string } | null = isHttp(titleMedia) ? { url: titleMedia, path: 'title.media.url' } : null;

	input.events.forEach((e, i) => {
		const at = `events[${i}]`;
		const dates = convertDates(e, at, report);
		if (!dates) return;
		reportOthers(e, EVENT_KEYS, at, report);

		const text = isObject(e.text) ? e.text : {};
		if (e.text !== undefined && !isObject(e.text) && !isEmpty(e.text)) report.push({ path: `${at}.text`, action: 'dropped', message: `is not a text object (${show(e.text)})` });
		if (isObject(e.text)) reportOthers(text, TEXT_KEYS, `${at}.text`, report);
		const head = plain(text.headline, `${at}.text.headline`, report);
		const body = plain(text.text, `${at}.text.text`, report);
		const eventTitle = head || (body ? firstChars(body, TITLE_FROM_TEXT) : `Untitled event ${i + 1}`);
		let summary = body || eventTitle;

		// Media: kept as a line of text when it points to the web.
		if (!isEmpty(e.media)) {
			const media = isObject(e.media) ? e.media : { url: e.media };
			if (isObject(e.media)) reportOthers(media, MEDIA_KEYS, `${at}.media`, report);
			const url = str(media.url).trim();
			if (isHttp(url)) {
				const credit = plain(media.credit, `${at}.media.credit`, report);
				const caption = plain(media.caption, `${at}.media.caption`, report);
				const about = [credit, caption].filter(Boolean).join(' — ');
				summary += ` Media: ${about ? `${about} (${url})` : url}`;
				firstMediaUrl ??= { url, path: `${at}.media.url` };
				report.push({ path: `${at}.media`, action: 'kept-as-text', message: 'kept as text at the end of the summary (format v1 has no media)' });
			} else if (!isEmpty(media.url) || !isEmpty(media.caption) || !isEmpty(media.credit)) {
				report.push({
					path: `${at}.media`,
					action: 'dropped',
					message: `not carried over: its url ${url ? `"${show(url)}" is not an http(s) address` : 'is missing'}`
				});
			}
		}

		// Group → party and its actor.
		const group = plain(e.group, `${at}.group`, report);
		const label = group || 'Other'; // a group named "Other" shares the lane of events without a group
		let party = partyByGroup.get(label);
		if (party === undefined) {
			party = unique(slugify(label) || `group-${parties.length + 1}`, partyIds);
			partyByGroup.set(label, party);
			parties.push({ id: party, label, order: parties.length });
			actors.push({ id: party, name: label, role: group ? GROUP_ROLE : OTHER_ROLE, party });
		}

		// Id: unique_id when it is kebab-case, else from the title.
		const uid = str(e.unique_id).trim();
		let base: string;
		if (uid && KEBAB.test(uid)) base = uid;
		else {
			base = slugify(eventTitle) || `event-${i + 1}`;
			if (uid) report.push({ path: `${at}.unique_id`, action: 'dropped', message: `"${show(uid)}" is not kebab-case; the id is made from the title instead` });
		}
		const eventId = unique(base, eventIds);
		if (uid && eventId !== base && base === uid)
			report.push({ path: `${at}.unique_id`, action: 'dropped', message: `"${uid}" is already used by an earlier event; the id is "${eventId}"` });

		// Date note.
		const shown = plain(e.display_date, `${at}.display_date`, report);
		const labels = shown ? [shown] : dates.labels;
		let dateNote = `Imported from the TimelineJS3 file ${fileName} (${at}), which names no source for this date.`;
		if (labels.length) dateNote += ` Shown in the original as “${labels.join('” – “')}”.`;

		events.push({
			id: eventId,
			title: eventTitle,
			summary,
			kind: DEFAULT_KIND,
			status: 'occurred',
			date: dates.date,
			dateBasis: 'external',
			dateNote,
			actors: [party],
			citations: []
		});
	});

	// Eras.
	let eras: ImportedTimeline['eras'];
	if (!isEmpty(input.eras)) {
		if (!Array.isArray(input.eras)) report.push({ path: 'eras', action: 'dropped', message: `is not an array (${show(input.eras)})` });
		else if (!withEras)
			input.eras.forEach((era, i) => {
				const label = isObject(era) && isObject(era.text) ? htmlToPlainText(str(era.text.headline)).text : '';
				report.push({ path: `eras[${i}]`, action: 'skipped', message: `era${label ? ` “${label}”` : ''} not carried over: format v1 has no eras` });
			});
		else {
			eras = [];
			const eraIds = new Set<string>();
			input.eras.forEach((era, i) => {
				const at = `eras[${i}]`;
				if (!isObject(era)) return report.push({ path: at, action: 'skipped', message: `${at} not imported: not an object` });
				if (isEmpty(era.end_date)) return report.push({ path: `${at}.end_date`, action: 'skipped', message: `${at} not imported: an era needs an end_date` });
				const dates = convertDates(era, at, report);
				if (!dates) return;
				reportOthers(era, ERA_KEYS, at, report);
				const text = isObject(era.text) ? era.text : {};
				const head = plain(text.headline, `${at}.text.headline`, report);
				const body = plain(text.text, `${at}.text.text`, report);
				const label = head || (body ? firstChars(body, TITLE_FROM_TEXT) : `Era ${i + 1}`);
				if (head && body) report.push({ path: `${at}.text.text`, action: 'dropped', message: 'not carried over: an era has only a label (its headline)' });
				eras!.push({ id: unique(slugify(label) || `era-${i + 1}`, eraIds), label, date: dates.date });
			});
		}
	}

	// Sources.
	const sources: SourceStub[] = [];
	if (options.source !== undefined) {
		const stub: SourceStub = { id: options.source, title: headline || title, publisher: UNKNOWN_PUBLISHER };
		const missing = ['publisher', 'published (EDTF)', 'file (the verbatim snapshot under data/sources/)', 'sha256'];
		if (firstMediaUrl) {
			const media: { url: string; path: string } = firstMediaUrl;
			stub.url = media.url;
			report.push({ path: 'sources[0].url', action: 'fill-in', message: `taken from ${media.path}; check that it is the address of the source text` });
		} else missing.splice(1, 0, 'url');
		sources.push(stub);
		report.push({ path: 'sources[0]', action: 'fill-in', message: `fill in ${missing.join(', ')}; check the title` });
	} else {
		report.push({ path: 'sources', action: 'fill-in', message: 'add the source text(s) the events come from (or rerun with --source <id>)' });
	}
	if (events.length > 0)
		report.push({
			path: 'events',
			action: 'fill-in',
			message: `${events.length === 1 ? 'the event has' : `all ${events.length} events have`} no citations: cite the passage of a source that reports each`
		});
	else report.push({ path: 'events', action: 'fill-in', message: 'no event could be imported' });

	const timeline: ImportedTimeline = {
		version: 1,
		id,
		title,
		description,
		language,
		unverified: true,
		...(eras ? { eras } : {}),
		sources,
		parties,
		actors,
		events
	};
	return { timeline, report };
}

/** A report item as one line: `path: action: message`. */
export function formatReportItem(item: ReportItem): string {
	return `${item.path || '(top level)'}: ${item.action}: ${item.message}`;
}
