/**
 * Density bars as SVG path data: a rectangle per non-empty bin, rising from a lane's floor, all in
 * one path. The chart's density strips make one per lane on every dense frame, the overview once
 * per width. Built by concatenation (no toFixed, no template strings), and each count's rise is
 * written once per path: a lane's bins share a few counts, and writing a fractional number is the
 * dearest part of a bar (remembering them halved the overview's strip at 1,000 events on its first
 * call, in node, and cut it to a fifth once warm).
 */

/** x rounded to a tenth, for path data (several times quicker than toFixed, and the same picture). */
export const round1 = (x: number) => Math.round(x * 10) / 10;
/** x rounded to a hundredth. */
export const round2 = (x: number) => Math.round(x * 100) / 100;

/** Counts below this have their rise remembered within a path (larger ones are rare: written each time). */
const MEMO = 1024;

/**
 * @param counts events per bin
 * @param left the first bin's left edge: bin k's bar starts at left + k × binWidth, to a tenth
 * @param floor the bars' bottom y, as written
 * @param width each bar's width
 * @param rise a count's bar height as written, negative (upwards), e.g. "-22.9"
 */
export function barsPath(counts: ArrayLike<number>, left: number, binWidth: number, floor: string, width: number, rise: (count: number) => string): string {
	const middle = ',' + floor + 'h' + width + 'v';
	const end = 'h' + -width + 'z';
	// Filled as counts come (most are small), not made at full size: a dense frame makes 16 paths.
	const memo: (string | undefined)[] = [];
	let d = '';
	for (let k = 0; k < counts.length; k++) {
		const c = counts[k]!;
		if (c === 0) continue;
		d += 'M' + round1(left + k * binWidth) + middle + (c < MEMO ? (memo[c] ??= rise(c)) : rise(c)) + end;
	}
	return d;
}
