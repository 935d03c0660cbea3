import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderBy } from './order.ts';

/** The plain definition: a comparator sort of the positions, ties by position, NaN last. */
function reference(values: number[]): number[] {
	const key = (k: number) => (Number.isNaN(values[k]) ? Infinity : values[k]!);
	const nan = (k: number) => (Number.isNaN(values[k]) ? 1 : 0);
	return values.map((_, k) => k).sort((x, y) => nan(x) - nan(y) || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0) || x - y);
}

// Few distinct values, so that ties are common; infinities stand for open ends.
const value = fc.oneof(
	{ weight: 8, arbitrary: fc.integer({ min: -5, max: 5 }).map((d) => d * 86_400_000) },
	{ weight: 2, arbitrary: fc.double({ noNaN: true }) },
	{ weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity, NaN, -0) }
);

describe('orderBy', () => {
	it('orders positions by value, ties in position order, NaN last', () => {
		fc.assert(
			fc.property(fc.array(value, { maxLength: 200 }), (values) => {
				expect([...orderBy(Float64Array.from(values))]).toEqual(reference(values));
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps a column that is already in order as it is, and handles empty and single columns', () => {
		expect([...orderBy(Float64Array.from([1, 1, 2, 3]))]).toEqual([0, 1, 2, 3]);
		expect([...orderBy(Float64Array.from([3, 2, 1]))]).toEqual([2, 1, 0]);
		expect([...orderBy(new Float64Array(0))]).toEqual([]);
		expect([...orderBy(Float64Array.from([NaN]))]).toEqual([0]);
		expect([...orderBy(Float64Array.from([NaN, 1]))]).toEqual([1, 0]);
	});
});
