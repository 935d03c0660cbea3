/** Whether two lists hold the same items in the same order (`===`); null only equals null. */
export function sameList(a: readonly unknown[] | null, b: readonly unknown[] | null): boolean {
	if (a === b) return true;
	if (!a || !b || a.length !== b.length) return false;
	return a.every((v, i) => v === b[i]);
}
