/**
 * The events of a timeline as CSV (RFC 4180): a header row, then one row per event in time order
 * (unscheduled events last). Fields are quoted only when they hold a comma, a double quote or a line
 * break, quotes are doubled, and rows end with CRLF. Values are written exactly as in the data
 * (nothing is prefixed to keep spreadsheets from reading formulas), so the file round-trips.
 */
import type { Timeline } from '../model/model.ts';
import { actorNames, eventDays, firstSource, partyLabels, precisionWords } from './fields.ts';

export const CSV_COLUMNS = [
	'id',
	'title',
	'date',
	'earliest',
	'latest',
	'precision',
	'parties',
	'actors',
	'status',
	'first_quote',
	'source_url'
] as const;

/**
 * A byte order mark: put in front of the file when it is downloaded, so that Excel reads it as
 * UTF-8 (other programs skip it). eventsCsv itself does not add it.
 */
export const CSV_BOM = '\uFEFF';

/** Several values in one field (parties, actors) are joined with this. */
export const LIST_SEPARATOR = '; ';

/** One field, quoted when it must be. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows of fields as CSV text, each row ending with CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

export function eventsCsv(timeline: Timeline): string {
	const rows = timeline.events.map((e) => {
		const days = eventDays(e.span);
		return [
			e.id,
			e.title,
			e.span.edtf ?? '',
			days?.earliest ?? '',
			days?.latest ?? '',
			precisionWords(e.span),
			partyLabels(timeline, e).join(LIST_SEPARATOR),
			actorNames(timeline, e).join(LIST_SEPARATOR),
			e.status,
			e.citations[0]?.quote ?? '',
			firstSource(timeline, e)?.url ?? ''
		];
	});
	return toCsv([CSV_COLUMNS, ...rows]);
}
