/**
 * The validated, resolved timeline that layout and pages work from: ids resolved, dates parsed,
 * citations located, events in time order. Produced only by validate.ts.
 */
import type { DateSpan } from './date-span.ts';
import type { Actor, CitationEntry, EventEntry, Party, SourceEntry, TimelineFile } from './schema.ts';

export interface Citation extends CitationEntry {
	/**
	 * The quote was found exactly once in the source snapshot. Unverified citations come from
	 * timelines loaded from elsewhere (/view?src=) whose snapshots are not available here.
	 */
	verified: boolean;
	/** Where the quote sits in the source text (UTF-16 offsets, end exclusive); -1 when unverified. */
	start: number;
	end: number;
	/** The anchor id of this passage on the source page. */
	anchor: string;
	/**
	 * A URL text fragment directive (`:~:text=…`) that finds this passage in the original on the
	 * web; null when unverified.
	 */
	textFragment: string | null;
}

export interface TimelineEvent extends Omit<EventEntry, 'citations' | 'forecast'> {
	span: DateSpan;
	/** The window a forecast names (UTC ms, [min, max)), drawn as a window, not as an event. */
	forecast?: { label: string; span: DateSpan & { type: 'point' | 'interval' } };
	/** Party (lane) ids of the event's actors, in lane order. */
	parties: string[];
	citations: Citation[];
	/**
	 * Set by localiseTimeline when the page's language has no translation: the language the title
	 * (or summary) is written in, for a `lang` attribute on the element that shows it.
	 */
	titleLang?: string;
	summaryLang?: string;
}

/** A period drawn as a background band. */
export interface Era {
	id: string;
	label: string;
	/** UTC ms, [min, max). */
	min: number;
	max: number;
}

export interface Timeline extends Omit<TimelineFile, 'events' | '$schema' | 'view' | 'parties' | 'eras'> {
	eras: Era[];
	/** Lanes in drawing order. */
	parties: Party[];
	/** Dated events by time (earliest first), then unscheduled ones in file order. */
	events: TimelineEvent[];
	view: { min: number; max: number } | null;
}

export type { Actor, Party, SourceEntry };

/** The anchor of a cited passage on its source page: unique across timelines, stable across builds. */
export function citationAnchor(timelineId: string, eventId: string, index: number): string {
	return `cite-${timelineId}--${eventId}--${index + 1}`;
}
