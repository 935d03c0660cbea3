/**
 * Label widths without a DOM: the chart is laid out on the server too, so widths are estimated from
 * per-character advances of a typical 12 px system sans-serif, on the generous side so that
 * estimated boxes that do not overlap never overlap when drawn.
 */

const NARROW = /[il.,:;'’!|ıjtfr()\[\] ]/;
const WIDE = /[mwMW@%—–]/;
const CAPITAL = /[A-Z0-9$]/;

export function textWidth(text: string, fontSize = 12): number {
	let units = 0;
	for (const ch of text) units += NARROW.test(ch) ? 0.34 : WIDE.test(ch) ? 0.9 : CAPITAL.test(ch) ? 0.68 : 0.58;
	return units * fontSize;
}

/** The text cut with an ellipsis to fit maxWidth, or '' when not even one character and the ellipsis fit. */
export function fitText(text: string, maxWidth: number, fontSize = 12): string {
	if (textWidth(text, fontSize) <= maxWidth) return text;
	const chars = [...text];
	for (let n = chars.length - 1; n > 0; n--) {
		const cut = chars.slice(0, n).join('').trimEnd() + '…';
		if (textWidth(cut, fontSize) <= maxWidth) return cut;
	}
	return '';
}
