/**
 * A whole number with thousands separators ("12,345"), exactly as `toLocaleString('en')` writes it,
 * without Intl: the first Intl number format a page makes costs tens of milliseconds (more on a busy
 * machine), and the chart, the list and the load status each show a count while the page starts.
 */
export function formatCount(n: number): string {
	if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
	const digits = String(Math.abs(n));
	let out = '';
	for (let i = 0; i < digits.length; i++) {
		if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
		out += digits[i];
	}
	return n < 0 ? `-${out}` : out;
}
