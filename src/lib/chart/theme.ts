/** Lane colours are CSS custom properties (see app.css), chosen per lane position, light and dark. */
export const LANE_COLOURS = 6;

export function laneClass(index: number): string {
	return `lane-${index % LANE_COLOURS}`;
}
