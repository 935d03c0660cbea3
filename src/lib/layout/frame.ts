/** The chart's fixed geometry for a given width: where time runs and where unscheduled events go. */

export const AXIS_HEIGHT = 32;
export const LANE_HEADER = 22;
/** A row holds a label line above a mark line. */
export const ROW_HEIGHT = 30;
export const LABEL_BASELINE = 12;
export const MARK_CENTRE = 22;
export const LANE_PADDING = 8;
export const MARK_RADIUS = 6;
export const BAR_HEIGHT = 10;
/** Rows a lane may stack before labels give way (marks always get a row). */
export const MAX_LABEL_ROWS = 10;

export interface Frame {
	width: number;
	/** Pixel range of the time axis. */
	timeLeft: number;
	timeRight: number;
	/** The separate "not yet scheduled" column, right of the time axis (empty when there is none). */
	unscheduledLeft: number;
	unscheduledRight: number;
}

export function chartFrame(width: number, hasUnscheduled: boolean): Frame {
	const w = Math.max(280, width);
	const column = hasUnscheduled ? Math.round(Math.min(230, Math.max(132, w * 0.24))) : 0;
	const margin = 12;
	return {
		width: w,
		timeLeft: margin,
		timeRight: w - column - margin,
		unscheduledLeft: w - column,
		unscheduledRight: w - (column ? margin / 2 : 0)
	};
}
