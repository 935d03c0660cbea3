/**
 * Stacks horizontal extents into rows so that no two in a row overlap, as vis-timeline stacks
 * items. A row remembers where its rightmost extent ends, so an extent fits a row when it starts
 * after that; this never lets two extents overlap, whatever order they are placed in.
 */

export type Extent = readonly [number, number];

const GAP = 4;

export class RowPacker {
	#ends: number[] = [];

	fits(row: number, [start]: Extent): boolean {
		const end = this.#ends[row];
		return end === undefined || end + GAP <= start;
	}

	/** The first of the first `maxRows` rows the extent fits, or -1. */
	firstFit(extent: Extent, maxRows = Infinity): number {
		for (let row = 0; row < maxRows; row++) {
			if (this.fits(row, extent)) return row;
			if (row >= this.#ends.length) return -1;
		}
		return -1;
	}

	place(row: number, [, end]: Extent) {
		this.#ends[row] = Math.max(this.#ends[row] ?? -Infinity, end);
	}

	get rows(): number {
		return this.#ends.length;
	}
}

export interface RowRequest {
	/** Extent with the label. */
	full: Extent;
	/** Extent of the mark alone. */
	mark: Extent;
}

export interface RowPlacement {
	row: number;
	labelled: boolean;
}

/**
 * Greedy, in the given order: each item first asks for its full extent (mark and label) in the first
 * `maxRows` rows; failing that it falls back to its mark alone, which always gets a row.
 */
export function assignRows(items: readonly RowRequest[], maxRows: number): RowPlacement[] {
	const packer = new RowPacker();
	return items.map(({ full, mark }) => {
		const row = packer.firstFit(full, maxRows);
		if (row >= 0) {
			packer.place(row, full);
			return { row, labelled: true };
		}
		const markRow = packer.firstFit(mark);
		packer.place(markRow, mark);
		return { row: markRow, labelled: false };
	});
}

export function rowCount(placements: readonly RowPlacement[]): number {
	return placements.reduce((n, p) => Math.max(n, p.row + 1), 0);
}
