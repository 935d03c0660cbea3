/**
 * Positions 0..n-1 of a column of numbers, ordered by value with ties in position order (NaN last):
 * what `positions.sort((x, y) => v[x] - v[y] || x - y)` gives, without calling a comparator
 * n log n times. The values are sorted natively as a typed array, and each position is then placed
 * by its value's rank (a counting sort), which keeps ties in order. For 100,000 events this took a
 * few milliseconds where the comparator sort took tens.
 */
export function orderBy(values: Float64Array): Int32Array {
	const n = values.length;
	const order = new Int32Array(n);
	let inOrder = true;
	for (let k = 1; k < n && inOrder; k++) inOrder = values[k - 1]! <= values[k]!;
	if (inOrder && !(n > 0 && Number.isNaN(values[0]))) {
		for (let k = 0; k < n; k++) order[k] = k;
		return order;
	}
	// The distinct values, ascending (a typed array sorts numerically and puts NaN last).
	const distinct = Float64Array.from(values).sort();
	let u = 0;
	for (let k = 0; k < n && !Number.isNaN(distinct[k]); k++) if (u === 0 || distinct[k] !== distinct[u - 1]) distinct[u++] = distinct[k]!;
	const rank = new Int32Array(n);
	const starts = new Int32Array(u + 2); // one bucket per distinct value, and one for NaN
	for (let k = 0; k < n; k++) {
		const r = Number.isNaN(values[k]) ? u : lowerBound(distinct, u, values[k]!);
		rank[k] = r;
		starts[r + 1]!++;
	}
	for (let r = 1; r <= u + 1; r++) starts[r]! += starts[r - 1]!;
	for (let k = 0; k < n; k++) order[starts[rank[k]!]!++] = k;
	return order;
}

/** The first index in a[0..length) whose value is ≥ x. */
function lowerBound(a: Float64Array, length: number, x: number): number {
	let lo = 0;
	let hi = length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
