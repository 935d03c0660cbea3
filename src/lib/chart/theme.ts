/**
 * Lane colours are CSS custom properties (see app.css), chosen per lane position, light and dark:
 * eight, so a timeline of up to eight parties never shows two in one colour (theme.spec.ts checks
 * they differ and stand out from the lanes' backgrounds).
 */
export const LANE_COLOURS = 8;

export function laneClass(index: number): string {
	return `lane-${index % LANE_COLOURS}`;
}

/**
 * A party's colour class, fixed by its place among all of a timeline's parties, so that filtering
 * parties out never recolours the ones that stay. Parties not in the list fall back to the first colour.
 */
export function colourClasses(parties: readonly { id: string }[]): (party: string) => string {
	const index = new Map(parties.map((p, i) => [p.id, i]));
	return (party) => laneClass(index.get(party) ?? 0);
}
