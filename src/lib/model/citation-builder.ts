/**
 * The citation for a stretch of a source, as an author would paste it into a timeline: the quote,
 * the shortest prefix or suffix (up to 32 characters) that makes it unique, exactly and the way
 * browsers match text fragments, and code point offsets. Used by the "Copy citation" authoring aid.
 */
import { codePointOffsets, countFolded } from './fragments.ts';
import { matchPassage } from './passages.ts';
import type { CitationEntry, PassageSelector } from './schema.ts';

const MAX_CONTEXT = 32;

const unique = (text: string, sel: PassageSelector) => matchPassage(text, sel).starts.length === 1 && countFolded(text, sel).length === 1;

export function citationFor(text: string, start: number, end: number, source: string): CitationEntry | null {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	if (end <= start) return null;
	const quote = text.slice(start, end);
	const offsets = codePointOffsets(text, start, end);
	const base = { source, quote };
	if (unique(text, { quote })) return { ...base, ...offsets };
	for (let n = 1; n <= MAX_CONTEXT; n++) {
		const prefix = start - n >= 0 ? text.slice(start - n, start) : null;
		if (prefix !== null && unique(text, { quote, prefix })) return { ...base, prefix, ...offsets };
		const suffix = end + n <= text.length ? text.slice(end, end + n) : null;
		if (suffix !== null && unique(text, { quote, suffix })) return { ...base, suffix, ...offsets };
		if (prefix !== null && suffix !== null && unique(text, { quote, prefix, suffix })) return { ...base, prefix, suffix, ...offsets };
	}
	return null;
}
