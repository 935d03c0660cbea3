/**
 * Finding a passage in a source by its exact text, with optional prefix and suffix
 * (a W3C Web Annotation TextQuoteSelector). Offsets are UTF-16 indexes into the source string.
 */
import type { PassageSelector } from './schema.ts';

export interface PassageMatch {
	/** Start of every place the selector matches; exactly one is what a citation needs. */
	starts: number[];
}

export function matchPassage(text: string, sel: PassageSelector): PassageMatch {
	const prefix = sel.prefix ?? '';
	const needle = prefix + sel.quote + (sel.suffix ?? '');
	const starts: number[] = [];
	for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) starts.push(i + prefix.length);
	return { starts };
}

/** Folding used to suggest a fix when an exact match fails: case, quote marks, dashes and spaces. */
export function fold(s: string): string {
	return s
		.toLowerCase()
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ');
}

/** The source text that matches the quote up to folding, when there is exactly one: a likely typo. */
export function nearMatch(text: string, quote: string): string | null {
	const folded = fold(quote).trim();
	if (folded.length < 4) return null;
	// Search the folded text and map back through a per-unit index into the original.
	const map: number[] = [];
	let foldedText = '';
	for (let i = 0; i < text.length; i++) {
		const f = fold(text[i]!);
		if (f === ' ' && foldedText.endsWith(' ')) continue;
		foldedText += f;
		// Lower-casing can lengthen a character (İ → i̇): every folded unit maps back to its source.
		for (let k = 0; k < f.length; k++) map.push(i);
	}
	const at = foldedText.indexOf(folded);
	if (at === -1 || foldedText.indexOf(folded, at + 1) !== -1) return null;
	return text.slice(map[at], map[at + folded.length - 1]! + 1);
}
