/**
 * Stacks horizontal extents into rows so that no two in a row overlap (greedy, in the given order),
 * as vis-timeline stacks items. Each item first asks for its full extent (mark and label); when that
 * fits in none of the first `maxRows` rows it falls back to its mark alone, which always gets a row.
 */

export interface RowRequest {
	/** Extent with the label. */
	full: [number, number];
	/** Extent of the mark alone. */
	mark: [number, number];
}

export interface RowPlacement {
	row: number;
	labelled: boolean;
}

const GAP = 4;

export function assignRows(items: readonly RowRequest[], maxRows: number): RowPlacement[] {
	const rowEnds: number[] = [];
	const fits = (row: number, [start]: [number, number]) => rowEnds[row] === undefined || rowEnds[row]! + GAP <= start;
	return items.map(({ full, mark }) => {
		for (let row = 0; row < maxRows; row++) {
			if (fits(row, full)) {
				rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, full[1]);
				return { row, labelled: true };
			}
		}
		for (let row = 0; ; row++) {
			if (fits(row, mark)) {
				rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, mark[1]);
				return { row, labelled: false };
			}
		}
	});
}

export function rowCount(placements: readonly RowPlacement[]): number {
	return placements.reduce((n, p) => Math.max(n, p.row + 1), 0);
}
