/**
 * The timeline data format, version 1: the one definition. The TypeScript types below and the JSON
 * Schema in static/schema/timeline-v1.json are both derived from it (see scripts/write-schema.ts).
 * Checks that need more than one field at a time (references, quotes, dates) live in validate.ts.
 */
import { z } from 'zod';
import { DATE_BASES, EVENT_KINDS, EVENT_STATUSES, KEBAB, RELATIONS } from './vocabulary.ts';

// No `new Function`: zod would otherwise probe for it, which every page's Content-Security-Policy
// (no 'unsafe-eval') reports as a violation even though zod catches the error.
z.config({ jitless: true });

export { DATE_BASES, EVENT_KINDS, EVENT_STATUSES, KEBAB, RELATIONS };
export type { DateBasis, EventKind, EventStatus, Relation } from './vocabulary.ts';

const id = (what: string) =>
	z
		.string()
		.regex(KEBAB, { error: `${what} must be kebab-case: lower-case letters, digits and single hyphens` })
		.describe(`The ${what}: kebab-case, unique within the timeline.`);

/** A BCP 47 language tag such as "en", "uk" or "pt-BR". */
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP 47 language tag such as "en"' });

const text = (description: string) => z.string().trim().min(1, { error: 'must not be empty' }).describe(description);

/** A passage of a source, found by its exact text (W3C Web Annotation TextQuoteSelector). */
export const passageSchema = z
	.object({
		quote: z.string().min(1, { error: 'must not be empty' }).describe('Copied exactly from the source text.'),
		prefix: z.string().min(1).max(32).optional().describe('Up to 32 characters just before the quote, when the quote alone is not unique.'),
		suffix: z.string().min(1).max(32).optional().describe('Up to 32 characters just after the quote, when the quote alone is not unique.')
	})
	.strict();

export const citationSchema = passageSchema
	.extend({
		source: id('source id').describe('The id of an entry in sources[].'),
		startCodePoint: z.int().min(0).optional().describe('Hint: where the quote starts in the source, in Unicode code points.'),
		endCodePoint: z.int().min(0).optional().describe('Hint: where the quote ends (exclusive), in Unicode code points.')
	})
	.strict();

/** A sentence of a source that is context, not an event: counted as looked at by the coverage report. */
export const uncitedSchema = passageSchema
	.extend({
		source: id('source id'),
		reason: text('Why no event cites it, e.g. "background", "analysis".')
	})
	.strict();

export const sourceSchema = z
	.object({
		id: id('source id'),
		title: text('Headline of the source document.'),
		publisher: text('Who published this text.'),
		url: z
			.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
			.describe('The original on the web.'),
		published: z.string().describe('Publication date, EDTF; may be approximate or uncertain, e.g. "2025-08-20/2025-08-21".'),
		file: z
			.string()
			.regex(/^[a-z0-9][a-z0-9._-]*\.txt$/, { error: 'must be a plain .txt file name under data/sources/' })
			.describe('The verbatim snapshot, a file name under data/sources/.'),
		sha256: z
			.string()
			.regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits' })
			.describe('SHA-256 of the snapshot file, hex.'),
		notes: z.array(text('A note about the source.')).optional(),
		hidden: z
			.array(passageSchema.extend({ reason: text('Why it is hidden.') }).strict())
			.optional()
			.describe('Passages of the snapshot not shown when reading it (scraping residue, repeated titles); the file stays verbatim.')
	})
	.strict();

export const actorSchema = z
	.object({
		id: id('actor id'),
		name: text('Name as a reader knows it.'),
		role: text('e.g. "President of Ukraine".'),
		party: id('party id').describe('The lane (party) this actor belongs to.')
	})
	.strict();

export const partySchema = z
	.object({
		id: id('party id'),
		label: text('Lane label.'),
		order: z.int().min(0).describe('Lanes are drawn top to bottom by ascending order.')
	})
	.strict();

export const relatedSchema = z
	.object({
		event: id('event id'),
		relation: z.enum(RELATIONS)
	})
	.strict();

export const eventSchema = z
	.object({
		id: id('event id'),
		title: text('Short headline of the event.'),
		summary: text('What happened, in the editor’s words.'),
		kind: z.enum(EVENT_KINDS),
		status: z.enum(EVENT_STATUSES),
		date: z
			.string()
			.nullable()
			.describe('EDTF (ISO 8601-2) date or interval; null only for an unscheduled proposal.'),
		dateBasis: z.enum(DATE_BASES),
		datePhrase: z.string().min(1).optional().describe('For relative dates: the source’s phrase, e.g. "Tuesday".'),
		dateNote: z.string().min(1).optional().describe('Where the date comes from (required for external dates), which clock.'),
		actors: z.array(id('actor id')).min(1, { error: 'needs at least one actor' }),
		place: z.string().min(1).optional(),
		forecast: z
			.object({
				date: z.string().describe('EDTF interval: the window the forecast names, e.g. "within two weeks".'),
				label: text('What is expected in that window.')
			})
			.strict()
			.optional()
			.describe('A forecast the event makes ("a meeting within two weeks"): drawn as a window, not as an event.'),
		timeZone: z
			.string()
			.min(1)
			.optional()
			.describe('Which clock the date is on, where it matters, e.g. "Evening of 18 August in Washington (EDT); already 19 August in Moscow".'),
		related: z.array(relatedSchema).optional(),
		translations: z
			.record(
				languageTag,
				z
					.object({
						title: text('The title in that language.').optional(),
						summary: text('The summary in that language.').optional()
					})
					.strict()
			)
			.optional()
			.describe(
				'Translations of the title and summary, keyed by BCP 47 language tag (e.g. "uk"). Pages in a language without one show the original, marked with the timeline’s language. Quotes are never translated.'
			),
		citations: z.array(citationSchema).describe('At least one, unless the timeline is marked unverified.')
	})
	.strict();

export const viewSchema = z
	.object({
		from: z.string().describe('EDTF date: left edge of the default view.'),
		to: z.string().describe('EDTF date: right edge of the default view.')
	})
	.strict();

export const timelineSchema = z
	.object({
		$schema: z.string().optional(),
		version: z.literal(1),
		id: id('timeline id (the slug)'),
		title: text('Title of the timeline.'),
		description: text('One or two sentences.'),
		language: languageTag.describe('The language the timeline (titles, summaries, labels) is written in, e.g. "en".'),
		view: viewSchema.optional().describe('The window shown first; the whole timeline when absent.'),
		eras: z
			.array(
				z
					.object({
						id: id('era id'),
						label: text('Shown on the band.'),
						date: z.string().describe('EDTF interval, e.g. "2025-08-15/2025-08-21".')
					})
					.strict()
			)
			.optional()
			.describe('Periods drawn as background bands.'),
		unverified: z
			.literal(true)
			.optional()
			.describe('A draft whose events may cite no source yet (e.g. imported from TimelineJS3); pages say so plainly.'),
		sources: z.array(sourceSchema).describe('At least one, unless the timeline is marked unverified.'),
		parties: z.array(partySchema).min(1, { error: 'needs at least one party' }),
		actors: z.array(actorSchema).min(1, { error: 'needs at least one actor' }),
		events: z.array(eventSchema).min(1, { error: 'needs at least one event' }),
		uncited: z.array(uncitedSchema).optional().describe('Sentences of the sources that no event cites, with the reason.')
	})
	.strict();

export type TimelineFile = z.infer<typeof timelineSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Party = z.infer<typeof partySchema>;
export type EventEntry = z.infer<typeof eventSchema>;
export type CitationEntry = z.infer<typeof citationSchema>;
export type PassageSelector = z.infer<typeof passageSchema>;
export type UncitedEntry = z.infer<typeof uncitedSchema>;
