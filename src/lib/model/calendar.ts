/**
 * Calendar dates in words, in UTC, for the few patterns the site uses ("d MMMM yyyy", "EEE d MMM
 * yyyy", "yyyy-MM-dd", "y G", …). It writes what date-fns `format` writes for those patterns (a test
 * checks that), without shipping date-fns and its locale to the browser. Pure; English only.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Runs of one letter (a token) or of anything else (kept as written). */
const TOKENS = /([A-Za-z])\1*|[^A-Za-z]+/g;

/**
 * Formats the UTC calendar date of `ms` with a date-fns style pattern. Tokens: d, dd, EEE, MMM,
 * MMMM, MM, y, yyyy (the year of the era, as date-fns writes it) and G (AD or BC).
 */
export function formatUtc(ms: number, pattern: string): string {
	const date = new Date(ms);
	const signedYear = date.getUTCFullYear();
	// date-fns writes the year of the era: 0 is 1 BC, -1 is 2 BC.
	const year = signedYear > 0 ? signedYear : 1 - signedYear;
	const month = date.getUTCMonth();
	const day = date.getUTCDate();
	return pattern.replace(TOKENS, (token) => {
		switch (token) {
			case 'd':
				return String(day);
			case 'dd':
				return pad(day, 2);
			case 'EEE':
				return WEEKDAYS[date.getUTCDay()]!;
			case 'MM':
				return pad(month + 1, 2);
			case 'MMM':
				return MONTHS[month]!.slice(0, 3);
			case 'MMMM':
				return MONTHS[month]!;
			case 'y':
				return String(year);
			case 'yyyy':
				return pad(year, 4);
			case 'G':
				return signedYear > 0 ? 'AD' : 'BC';
		}
		if (/[A-Za-z]/.test(token)) throw new Error(`formatUtc: unsupported token "${token}"`);
		return token;
	});
}
