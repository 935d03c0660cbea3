import { describe, expect, it } from 'vitest';
import { sameList } from './same-list.ts';

describe('sameList', () => {
	it('holds for the same items in the same order, and for two nulls', () => {
		expect(sameList([1, 2], [1, 2])).toBe(true);
		expect(sameList([], [])).toBe(true);
		expect(sameList(null, null)).toBe(true);
	});

	it('fails on another order, length or item, and between null and a list', () => {
		expect(sameList([1, 2], [2, 1])).toBe(false);
		expect(sameList([1, 2], [1, 2, 3])).toBe(false);
		expect(sameList(['a'], ['b'])).toBe(false);
		expect(sameList(null, [])).toBe(false);
		expect(sameList([], null)).toBe(false);
	});
});
