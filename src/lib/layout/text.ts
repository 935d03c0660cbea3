/**
 * Label widths without a DOM: the chart is laid out on the server too, so widths are estimated
 * from per-character advances, on the generous side so that estimated boxes that do not overlap
 * never overlap when drawn. Latin text uses a table of the larger advance of DejaVu Sans (what
 * `system-ui` is on most Linux desktops, and one of the widest system sans-serifs) and Liberation
 * Sans (Arial's metrics) at each character, rounded up to a fiftieth of an em; other scripts a
 * generous average by kind of character. The e2e suite checks the table against the browser's own
 * measure of the chart's font (timeline.e2e.ts).
 */

/** Advances in fiftieths of an em, one character each (code = 35 + advance), for U+0020…U+007E. */
const ASCII = "38:MCSJ177<M3634CCCCCCCCCC44MMM?VFFHJEBJI2<E?OIKEKHEBHFUFEF747M?<BC?CB5CC11@1TCBCC8>7CALAA>C4CM";
/** The same for U+00A0…U+00FF. */
const LATIN1 = "38CCCC4?<U;BM#U?<M88<CC3<8;BTTTBFFFFFFUHEEEE2222JIKKKKKMKHHHHEECBBBBBBU?BBBB1111BCBBBBBMBCCCCACA";
/** Punctuation and signs common in titles, and their advances in the same code. */
const EXTRA = '‘’‚“”„–—…•′″€™−';
const EXTRA_ADVANCES = '333===?UUA/6CUM';
const fromTable = (table: string, k: number) => (table.charCodeAt(k) - 35) / 50;

const MARK = /\p{M}/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const FULL_WIDTH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const CAPITAL = /[\p{Lu}\p{Lt}]/u;

/** Advance of one character in ems, remembered per character (labels reuse a small alphabet). */
const advances = new Map<string, number>();
export function advance(ch: string): number {
	let units = advances.get(ch);
	if (units === undefined) {
		const code = ch.codePointAt(0)!;
		const extra = EXTRA.indexOf(ch);
		units =
			code >= 0x20 && code <= 0x7e
				? fromTable(ASCII, code - 0x20)
				: code >= 0xa0 && code <= 0xff
					? fromTable(LATIN1, code - 0xa0)
					: extra >= 0
						? fromTable(EXTRA_ADVANCES, extra)
						: MARK.test(ch)
							? 0
							: EMOJI.test(ch)
								? 1.25
								: FULL_WIDTH.test(ch)
									? 1
									: CAPITAL.test(ch)
										? 0.8
										: 0.7;
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
