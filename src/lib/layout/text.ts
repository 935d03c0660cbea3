/**
 * Label widths without a DOM: the chart is laid out on the server too, so widths are estimated from
 * per-character advances of a typical 12 px system sans-serif, on the generous side so that
 * estimated boxes that do not overlap never overlap when drawn.
 */

const NARROW = /[il.,:;'’!|ıjtfr()\[\] ]/;
const WIDE = /[mwMW@%—–]/;
const CAPITAL = /[A-Z0-9$]/;

/** Advance of one character in ems, remembered per character (labels reuse a small alphabet). */
const advances = new Map<string, number>();
export function advance(ch: string): number {
	let units = advances.get(ch);
	if (units === undefined) {
		units = NARROW.test(ch) ? 0.34 : WIDE.test(ch) ? 0.9 : CAPITAL.test(ch) ? 0.68 : 0.58;
		advances.set(ch, units);
	}
	return units;
}

export function textWidth(text: string, fontSize = 12): number {
	let units = 0;
	for (const ch of text) units += advance(ch);
	return units * fontSize;
}

/** The text cut with an ellipsis to fit maxWidth, or '' when not even one character and the ellipsis fit. */
export function fitText(text: string, maxWidth: number, fontSize = 12): string {
	if (textWidth(text, fontSize) <= maxWidth) return text;
	const chars = [...text];
	// Widths of every prefix, summed in the same order textWidth sums them, so each cut measures
	// exactly as before without re-measuring it from the start (this was quadratic per label).
	const prefix = new Float64Array(chars.length + 1);
	for (let i = 0; i < chars.length; i++) prefix[i + 1] = prefix[i]! + advance(chars[i]!);
	const ellipsis = advance('…');
	for (let n = chars.length - 1; n > 0; n--) {
		let end = n;
		// trimEnd(): drop trailing whitespace (a cut never ends in a space before the ellipsis).
		while (end > 0 && /\s/.test(chars[end - 1]!)) end--;
		if ((prefix[end]! + ellipsis) * fontSize <= maxWidth) return chars.slice(0, end).join('') + '…';
	}
	return '';
}
