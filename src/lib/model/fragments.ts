/**
 * URL Text Fragments (WICG Scroll-to-Text-Fragment, `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`)
 * for cited passages, and the loose matching browsers apply when they look for one on a page.
 *
 * Offsets are UTF-16 indexes into the source string unless a name says code points.
 */
import type { PassageSelector } from './schema.ts';

/* ------------------------------------------------------------------------------------------------
 * Folding
 * --------------------------------------------------------------------------------------------- */

const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE_RUN = /\s+/gu;

/** The folding of one code point: NFKD, lower case, combining marks removed, whitespace as ' '. */
function foldCodePoint(cp: string): string {
	const c = cp.charCodeAt(0);
	if (c < 0x80) {
		// ASCII fast path: NFKD and mark removal change nothing here.
		if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return ' ';
		return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : cp;
	}
	return (
		cp
			.normalize('NFKD')
			// Lower-case before removing marks: lower-casing can itself produce one (İ → i + U+0307).
			.toLowerCase()
			.replace(COMBINING_MARKS, '')
			// Final sigma: toLowerCase of a lone Σ gives σ, so ς must fold to σ as well.
			.replace(/ς/g, 'σ')
			.replace(WHITESPACE_RUN, ' ')
	);
}

/** A folded string with, for every UTF-16 unit of it, where in the original it came from. */
export interface Folded {
	text: string;
	/** Original index where the code point producing each folded unit starts. */
	starts: number[];
}

/**
 * `original` folded for matching (see foldForMatch), with where each unit came from. Folding a long
 * source is the costly part of checking a quote: a caller checking many quotes of one source folds
 * it once with this and passes the result on.
 */
export function foldIndexed(original: string): Folded {
	let text = '';
	const starts: number[] = [];
	for (let i = 0; i < original.length; ) {
		const cp = String.fromCodePoint(original.codePointAt(i)!);
		const next = i + cp.length;
		const f = foldCodePoint(cp);
		for (let k = 0; k < f.length; k++) {
			// A run of whitespace collapses into the space already there.
			if (f[k] === ' ' && text.endsWith(' ')) continue;
			text += f[k];
			starts.push(i);
		}
		i = next;
	}
	return { text, starts };
}

/**
 * The folding browsers use when they look for the text of a URL text fragment: Unicode NFKD with
 * combining marks removed (accent-insensitive: "Zélenskyy" → "zelenskyy"), lower case
 * (locale-independent `toLowerCase`, with final sigma ς folded to σ), and every run of whitespace,
 * NBSP included, collapsed to one space (not trimmed).
 *
 * Only case, accents and whitespace are folded. Curly and straight quotes (’ vs ', “ vs ") and
 * dashes (— vs -) stay distinct, as they do in browsers; `fold` in passages.ts is the looser folding
 * used to suggest fixes for typos.
 */
export function foldForMatch(s: string): string {
	return foldIndexed(s).text;
}

/** Every start of `needle` in `hay`, overlapping ones included. */
function findAll(hay: string, needle: string): number[] {
	const at: number[] = [];
	if (needle === '') return at;
	for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) at.push(i);
	return at;
}

/** Does `term` end at folded position `p`, directly or with one (collapsed) space before `p`? */
function precedes(hay: string, p: number, term: string): boolean {
	const endsAt = (q: number) => q >= term.length && hay.startsWith(term, q - term.length);
	return endsAt(p) || (hay[p - 1] === ' ' && endsAt(p - 1));
}

/** Does `term` start at folded position `p`, directly or after one (collapsed) space? */
function follows(hay: string, p: number, term: string): boolean {
	return hay.startsWith(term, p) || (hay[p] === ' ' && hay.startsWith(term, p + 1));
}

const foldTerm = (term: string | undefined) => (term === undefined ? '' : foldForMatch(term).trim());

/**
 * The start (UTF-16, in the original `text`) of the quote at each place where prefix + quote +
 * suffix match `text` under `foldForMatch`. As in a text fragment, prefix and suffix may be directly
 * adjacent to the quote or separated from it by whitespace (any run, since it is collapsed). Like
 * `matchPassage`, the index is where the quote starts, not the prefix. Overlapping matches count.
 * An empty (or all-whitespace) quote matches nowhere.
 */
export function countFolded(text: string, sel: PassageSelector, folded: Folded = foldIndexed(text)): number[] {
	const quote = foldTerm(sel.quote);
	const prefix = foldTerm(sel.prefix);
	const suffix = foldTerm(sel.suffix);
	return findAll(folded.text, quote)
		.filter((q) => (prefix === '' || precedes(folded.text, q, prefix)) && (suffix === '' || follows(folded.text, q + quote.length, suffix)))
		.map((q) => folded.starts[q]!);
}

/* ------------------------------------------------------------------------------------------------
 * Code points
 * --------------------------------------------------------------------------------------------- */

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Does UTF-16 index `i` fall between the two halves of a surrogate pair? */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function checkRange(text: string, start: number, end: number, unit: string, length: number): void {
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
		throw new RangeError(`${start}..${end} is not a range of ${unit} in a text of ${length}`);
	}
}

/** The number of code points in text[from, to). */
function countCodePoints(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++, n++) if (isHigh(text.charCodeAt(i)) && i + 1 < to && isLow(text.charCodeAt(i + 1))) i++;
	return n;
}

/**
 * UTF-16 offsets [start, end) of `text` as Unicode code point offsets (what Python, or a
 * W3C TextPositionSelector, counts). Throws a RangeError for offsets outside the text or inside a
 * surrogate pair.
 */
export function codePointOffsets(text: string, start: number, end: number): { startCodePoint: number; endCodePoint: number } {
	checkRange(text, start, end, 'UTF-16 units', text.length);
	if (splitsPair(text, start) || splitsPair(text, end)) throw new RangeError(`${start}..${end} splits a surrogate pair`);
	const startCodePoint = countCodePoints(text, 0, start);
	return { startCodePoint, endCodePoint: startCodePoint + countCodePoints(text, start, end) };
}

/** The inverse of `codePointOffsets`: code point offsets of `text` as UTF-16 offsets. */
export function utf16Offsets(text: string, startCodePoint: number, endCodePoint: number): { start: number; end: number } {
	checkRange(text, startCodePoint, endCodePoint, 'code points', countCodePoints(text, 0, text.length));
	let start = 0;
	let i = 0;
	for (let n = 0; n < endCodePoint; n++) {
		if (n === startCodePoint) start = i;
		i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
	}
	return { start: startCodePoint === endCodePoint ? i : start, end: i };
}

/* ------------------------------------------------------------------------------------------------
 * Text fragments
 * --------------------------------------------------------------------------------------------- */

/** A passage of up to this many UTF-16 units, or of up to MAX_EXACT_WORDS words, is cited whole. */
export const MAX_EXACT_LENGTH = 300;
export const MAX_EXACT_WORDS = 10;
/** Words in textStart and in textEnd when a passage is cited as a range. */
const RANGE_WORDS = 5;
/** At most this many words of context in a prefix or a suffix. */
const MAX_CONTEXT_WORDS = 5;

const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** How far (UTF-16 units) before and after a passage to look for its context words. */
const CONTEXT_REACH = 2000;

/** The raw (not encoded) terms of a text directive. */
interface Directive {
	prefix?: string;
	start: string;
	end?: string;
	suffix?: string;
}

/**
 * Percent-encodes a directive term: encodeURIComponent (which already encodes ',' as %2C and '&' as
 * %26) and '-' as %2D, the three characters that delimit terms and directives.
 */
function encodeTerm(term: string): string {
	return encodeURIComponent(term).replace(/-/g, '%2D');
}

function serialize(d: Directive): string {
	const parts = [d.prefix === undefined ? '' : `${encodeTerm(d.prefix)}-`, encodeTerm(d.start)];
	if (d.end !== undefined) parts.push(encodeTerm(d.end));
	if (d.suffix !== undefined) parts.push(`-${encodeTerm(d.suffix)}`);
	return `:~:text=${parts.filter((p) => p !== '').join(',')}`;
}

/**
 * Every folded range [start, end) the directive matches in the folded text, one per textStart
 * occurrence that matches, following the spec's "find a range from a text directive": the prefix
 * must end just before textStart (whitespace between allowed); textEnd is the first occurrence after
 * textStart that is followed by the suffix (the next one is tried when the suffix does not follow).
 * Word boundaries are not checked, so this can only find more matches than a browser, never fewer.
 */
function matchDirective(folded: string, d: Directive): [number, number][] {
	const start = foldTerm(d.start);
	const end = foldTerm(d.end);
	const prefix = foldTerm(d.prefix);
	const suffix = foldTerm(d.suffix);
	const suffixOk = (p: number) => suffix === '' || follows(folded, p, suffix);
	const ranges: [number, number][] = [];
	for (const q of findAll(folded, start)) {
		if (prefix !== '' && !precedes(folded, q, prefix)) continue;
		const afterStart = q + start.length;
		if (end === '') {
			if (suffixOk(afterStart)) ranges.push([q, afterStart]);
			continue;
		}
		for (let k = folded.indexOf(end, afterStart); k !== -1; k = folded.indexOf(end, k + end.length)) {
			if (suffixOk(k + end.length)) {
				ranges.push([q, k + end.length]);
				break;
			}
		}
	}
	return ranges;
}

interface Word {
	start: number;
	end: number;
	/** Which line it is on, counting line breaks from the first word. */
	line: number;
}

/** The whitespace-separated words of text[from, to). */
function wordsIn(text: string, from: number, to: number): Word[] {
	const words: Word[] = [];
	const region = text.slice(from, to);
	let line = 0;
	let last = 0;
	for (const m of region.matchAll(/\S+/g)) {
		if (words.length > 0 && LINE_BREAK.test(region.slice(last, m.index))) line++;
		words.push({ start: from + m.index, end: from + m.index + m[0].length, line });
		last = m.index + m[0].length;
	}
	return words;
}

/** The index of the first folded unit that comes from original index `i` or later. */
function foldedIndex(folded: Folded, i: number): number {
	let lo = 0;
	let hi = folded.starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (folded.starts[mid]! < i) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * A text directive for the passage text.slice(start, end) of `text` (leading and trailing whitespace
 * dropped), and whether it matches that passage, and nothing else, in `text` under `foldForMatch`.
 *
 * - A passage of up to MAX_EXACT_LENGTH units or MAX_EXACT_WORDS words on one line is textStart alone;
 *   a longer one, or one spanning a line break (a textStart cannot cross a block), is a range: the
 *   first 5 words (of its first line) as textStart and the last 5 (of its last line) as textEnd.
 * - A prefix (words just before the passage, on its line) and/or a suffix (words just after) are added
 *   only when needed, trying: none; then for 1 to 5 words: prefix, suffix, both.
 * - When no attempt is unique, the one with the fewest matches that still finds the passage is
 *   returned with `unique: false`, for the caller to warn about.
 *
 * Terms are substrings of `text`, percent-encoded so the result can follow '#' as it is.
 * Throws a RangeError for a range outside `text` or one holding only whitespace.
 */
export function textFragmentOrAmbiguity(text: string, start: number, end: number, folded: Folded = foldIndexed(text)): { fragment: string; unique: boolean } {
	checkRange(text, start, end, 'UTF-16 units', text.length);
	const words = wordsIn(text, start, end);
	const first = words[0];
	const last = words[words.length - 1];
	if (first === undefined || last === undefined) throw new RangeError(`${start}..${end} holds no text`);
	const s = first.start;
	const e = last.end;

	let base: Directive;
	const multiline = last.line > 0;
	if (!multiline && (e - s <= MAX_EXACT_LENGTH || words.length <= MAX_EXACT_WORDS)) {
		base = { start: text.slice(s, e) };
	} else {
		const head = words.filter((w) => w.line === 0).slice(0, RANGE_WORDS);
		const tail = words.filter((w) => w.line === last.line).slice(-RANGE_WORDS);
		base = { start: text.slice(s, head[head.length - 1]!.end), end: text.slice(tail[0]!.start, e) };
	}

	// Context: the words before and after the passage on the same line. Only a few are ever used, so
	// the search stops CONTEXT_REACH units away (a source on one long line made this quadratic); a
	// word cut there is dropped.
	let lineStart = s;
	while (lineStart > 0 && s - lineStart < CONTEXT_REACH && !LINE_BREAK.test(text[lineStart - 1]!)) lineStart--;
	let lineEnd = e;
	while (lineEnd < text.length && lineEnd - e < CONTEXT_REACH && !LINE_BREAK.test(text[lineEnd]!)) lineEnd++;
	const cutBefore = lineStart > 0 && !LINE_BREAK.test(text[lineStart - 1]!);
	const cutAfter = lineEnd < text.length && !LINE_BREAK.test(text[lineEnd]!);
	const before = wordsIn(text, lineStart, s).slice(cutBefore ? 1 : 0);
	const after = wordsIn(text, e, lineEnd).slice(0, cutAfter ? -1 : undefined);
	const prefixOf = (n: number) => (n > 0 && before.length > 0 ? text.slice(before[Math.max(0, before.length - n)]!.start, s).trimEnd() : undefined);
	const suffixOf = (n: number) => (n > 0 && after.length > 0 ? text.slice(e, after[Math.min(after.length, n) - 1]!.end).trimStart() : undefined);

	const attempts: Directive[] = [base];
	for (let n = 1; n <= MAX_CONTEXT_WORDS; n++) {
		const prefix = prefixOf(n);
		const suffix = suffixOf(n);
		if (prefix !== undefined) attempts.push({ ...base, prefix });
		if (suffix !== undefined) attempts.push({ ...base, suffix });
		if (prefix !== undefined && suffix !== undefined) attempts.push({ ...base, prefix, suffix });
	}

	const target: [number, number] = [foldedIndex(folded, s), foldedIndex(folded, e)];
	let best: { fragment: string; matches: number } | undefined;
	const tried = new Set<string>();
	for (const attempt of attempts) {
		const fragment = serialize(attempt);
		if (tried.has(fragment)) continue;
		tried.add(fragment);
		const ranges = matchDirective(folded.text, attempt);
		const findsTarget = ranges.some(([a, b]) => a === target[0] && b === target[1]);
		if (findsTarget && ranges.length === 1) return { fragment, unique: true };
		const matches = findsTarget ? ranges.length : Infinity;
		if (best === undefined || matches < best.matches) best = { fragment, matches };
	}
	return { fragment: best!.fragment, unique: false };
}

/** The text directive of `textFragmentOrAmbiguity`, without saying whether it is unique. */
export function textFragment(text: string, start: number, end: number): string {
	return textFragmentOrAmbiguity(text, start, end).fragment;
}

// fragmentUrl lives in urls.ts, so the browser can link a passage without loading this module.
export { fragmentUrl } from './urls.ts';
