import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatUtc } from './calendar.ts';

const PATTERNS = ['d MMMM yyyy', 'MMMM yyyy', 'yyyy', 'd MMMM y G', 'MMMM y G', 'y G', 'd MMMM', 'MMMM', 'd', 'yyyy-MM-dd', 'yyyy-MM', 'EEE d MMM yyyy'];

describe('formatUtc', () => {
	it('writes what date-fns format writes for every pattern the site uses', () => {
		const days: number[] = [];
		// Every day of 2024 and 2025, and days across the years from 2 BC to 9999.
		for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) days.push(t);
		for (const y of [-1, 0, 1, 5, 99, 100, 999, 1000, 1969, 1970, 2000, 9999]) {
			const d = new Date(0);
			d.setUTCFullYear(y, 5, 30);
			days.push(d.getTime(), d.getTime() + 86_399_999);
		}
		for (const ms of days) for (const p of PATTERNS) expect(formatUtc(ms, p), `${new Date(ms).toISOString()} ${p}`).toBe(format(new UTCDate(ms), p));
	});

	it('refuses a token it does not know', () => {
		expect(() => formatUtc(0, 'QQQ yyyy')).toThrow(/unsupported token "QQQ"/);
	});
});
