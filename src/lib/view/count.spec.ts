import { describe, expect, it } from 'vitest';
import { formatCount } from './count.ts';

describe('formatCount', () => {
	it('writes what toLocaleString("en") writes', () => {
		for (const n of [0, 1, 12, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_000_000, 123_456_789, -1, -1234, -100_000, 2.5, Number.MAX_SAFE_INTEGER])
			expect(formatCount(n)).toBe(n.toLocaleString('en'));
	});
});
