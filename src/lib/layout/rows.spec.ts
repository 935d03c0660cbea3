import { describe, expect, it } from 'vitest';
import { assignRows, rowCount, RowPacker, type RowPlacement, type RowRequest } from './rows.ts';

/** The gap assignRows keeps between neighbours in a row (rows.ts keeps it private). */
const GAP = 4;

const req = (full: [number, number], mark: [number, number] = full): RowRequest => ({ full, mark });

/** What an item takes up in its row: its full extent when labelled, its mark otherwise. */
const occupied = (r: RowRequest, p: RowPlacement) => (p.labelled ? r.full : r.mark);

/** Every pair in the same row is apart by at least the gap, whichever comes first. */
function overlapsInRows(items: readonly RowRequest[], placed: readonly RowPlacement[]): string[] {
	const clashes: string[] = [];
	for (let i = 0; i < items.length; i++)
		for (let j = i + 1; j < items.length; j++) {
			if (placed[i]!.row !== placed[j]!.row) continue;
			const [a0, a1] = occupied(items[i]!, placed[i]!);
			const [b0, b1] = occupied(items[j]!, placed[j]!);
			if (a1 + GAP > b0 && b1 + GAP > a0) clashes.push(`${i} [${a0}, ${a1}] and ${j} [${b0}, ${b1}] in row ${placed[i]!.row}`);
		}
	return clashes;
}

/** A small deterministic generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomRequests(seed: number, n: number): RowRequest[] {
	const next = random(seed);
	const items = Array.from({ length: n }, () => {
		const start = Math.round(next() * 1000);
		const mark: [number, number] = [start, start + 4 + Math.round(next() * 40)];
		// Labels mostly read to the right of the mark; some are flipped to end at it.
		const label = 20 + Math.round(next() * 200);
		const full: [number, number] = next() < 0.8 ? [mark[0], Math.max(mark[1], mark[0] + label)] : [mark[1] - label, mark[1]];
		return req(full, mark);
	});
	// layoutChart sorts by the start of the mark.
	return items.sort((a, b) => a.mark[0] - b.mark[0]);
}

describe('assignRows', () => {
	it('gives every item one placement, in the given order', () => {
		const items = [req([0, 10]), req([5, 15]), req([30, 40])];
		expect(assignRows(items, 6)).toEqual([
			{ row: 0, labelled: true },
			{ row: 1, labelled: true },
			{ row: 0, labelled: true }
		]);
	});

	it('returns nothing for no items', () => {
		expect(assignRows([], 6)).toEqual([]);
	});

	it.each([
		['exactly the gap apart', 10 + GAP, 0],
		['more than the gap apart', 10 + GAP + 1, 0],
		['one pixel less than the gap apart', 10 + GAP - 1, 1],
		['touching', 10, 1],
		['overlapping', 5, 1]
	])('keeps the gap: a second item %s shares the row only when the gap is kept', (_, start, row) => {
		const placed = assignRows([req([0, 10]), req([start, start + 10])], 6);
		expect(placed[1]).toEqual({ row, labelled: true });
	});

	it('puts an item after everything already in a row, not into a hole between', () => {
		// Row 0 ends at 100; an item at 40 fits between nothing but must not go under [0, 100].
		const placed = assignRows([req([0, 100]), req([40, 50])], 6);
		expect(placed.map((p) => p.row)).toEqual([0, 1]);
	});

	it('labels up to maxRows rows, then falls back to the mark alone in a further row', () => {
		const items = [0, 1, 2, 3].map((k) => req([k, 200], [k * 2, k * 2 + 5]));
		const placed = assignRows(items, 2);
		expect(placed).toEqual([
			{ row: 0, labelled: true },
			{ row: 1, labelled: true },
			{ row: 2, labelled: false },
			{ row: 3, labelled: false }
		]);
	});

	it('falls back to the mark alone in an early row where the mark fits but the label does not', () => {
		// The label is flipped to the left of its mark, over the first item; the mark itself is clear.
		const placed = assignRows([req([0, 15]), req([0, 30], [20, 30])], 1);
		expect(placed).toEqual([
			{ row: 0, labelled: true },
			{ row: 0, labelled: false }
		]);
	});

	it('keeps labelling later items that fit within maxRows after a fallback', () => {
		const items = [req([0, 100], [0, 5]), req([50, 150], [50, 55]), req([104, 200], [104, 110])];
		expect(assignRows(items, 1)).toEqual([
			{ row: 0, labelled: true },
			{ row: 1, labelled: false },
			{ row: 0, labelled: true }
		]);
	});

	it('gives marks a row even with maxRows 0 (no labels at all)', () => {
		const placed = assignRows([req([0, 100], [0, 5]), req([2, 100], [2, 7]), req([20, 100], [20, 25])], 0);
		expect(placed).toEqual([
			{ row: 0, labelled: false },
			{ row: 1, labelled: false },
			{ row: 0, labelled: false }
		]);
	});

	it('stacks many items on the same spot into as many rows', () => {
		const items = Array.from({ length: 10 }, () => req([0, 120], [0, 12]));
		const placed = assignRows(items, 6);
		expect(placed.map((p) => p.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(placed.map((p) => p.labelled)).toEqual([true, true, true, true, true, true, false, false, false, false]);
	});

	it.each([1, 2, 3, 4, 5, 6, 7, 8])('never overlaps two extents in a row, labels only within maxRows (random set %i)', (seed) => {
		const items = randomRequests(seed, 60);
		const maxRows = 1 + (seed % 6);
		const placed = assignRows(items, maxRows);
		expect(placed).toHaveLength(items.length);
		expect(overlapsInRows(items, placed)).toEqual([]);
		for (const p of placed) {
			expect(Number.isInteger(p.row) && p.row >= 0).toBe(true);
			if (p.labelled) expect(p.row).toBeLessThan(maxRows);
		}
		// An item goes without its label only when the label fits in none of the first maxRows rows.
		placed.forEach((p, k) => {
			if (p.labelled) return;
			const before = placed.slice(0, k);
			for (let row = 0; row < maxRows; row++) {
				const ends = before.flatMap((q, j) => (q.row === row ? [occupied(items[j]!, q)[1]] : []));
				expect(ends.length > 0 && Math.max(...ends) + GAP > items[k]!.full[0]).toBe(true);
			}
		});
	});
});

describe('rowCount', () => {
	it.each<[string, RowPlacement[], number]>([
		['no placements', [], 0],
		['one in row 0', [{ row: 0, labelled: true }], 1],
		['the highest row, not the number of items', [{ row: 0, labelled: true }, { row: 0, labelled: true }], 1],
		['rows used out of order', [{ row: 2, labelled: false }, { row: 0, labelled: true }, { row: 1, labelled: true }], 3],
		['a gap in the rows used', [{ row: 0, labelled: true }, { row: 4, labelled: false }], 5]
	])('counts rows for %s', (_, placements, count) => {
		expect(rowCount(placements)).toBe(count);
	});

	it('counts the rows assignRows used', () => {
		const placed = assignRows(randomRequests(42, 40), 3);
		expect(rowCount(placed)).toBe(new Set(placed.map((p) => p.row)).size);
	});
});

describe('RowPacker', () => {
	it('starts with no rows, and every extent fits row 0', () => {
		const p = new RowPacker();
		expect(p.rows).toBe(0);
		expect(p.fits(0, [-1e9, -1e9 + 1])).toBe(true);
		expect(p.firstFit([0, 10])).toBe(0);
	});

	it.each([
		[10 + GAP, true],
		[10 + GAP - 0.5, false],
		[-50, false]
	])('fits an extent starting at %d after [0, 10] only past the gap: %s', (start, fits) => {
		const p = new RowPacker();
		p.place(0, [0, 10]);
		expect(p.fits(0, [start, start + 5])).toBe(fits);
		expect(p.fits(1, [start, start + 5])).toBe(true);
	});

	it('remembers the rightmost end of a row, whatever order extents are placed in', () => {
		const p = new RowPacker();
		p.place(0, [0, 100]);
		p.place(0, [10, 20]);
		expect(p.fits(0, [50, 60])).toBe(false);
		expect(p.fits(0, [104, 110])).toBe(true);
	});

	it('finds the first row with room, or a new one', () => {
		const p = new RowPacker();
		p.place(0, [0, 100]);
		p.place(1, [0, 10]);
		expect(p.firstFit([20, 30])).toBe(1);
		expect(p.firstFit([5, 30])).toBe(2);
		expect(p.rows).toBe(2);
	});

	it('gives -1 when none of the first maxRows rows has room', () => {
		const p = new RowPacker();
		p.place(0, [0, 100]);
		p.place(1, [0, 100]);
		expect(p.firstFit([50, 60], 2)).toBe(-1);
		expect(p.firstFit([50, 60], 3)).toBe(2);
		expect(p.firstFit([50, 60], 0)).toBe(-1);
	});
});
