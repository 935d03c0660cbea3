/**
 * The closed lists and the id pattern of the data format, without zod: pages in the browser need
 * these (filters, view options) but not the schema, which only the validator uses. schema.ts builds
 * the format from them and re-exports them.
 */

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The kinds of event, a closed list. Documented in the README. */
export const EVENT_KINDS = [
	'meeting',
	'call',
	'interview',
	'statement',
	'press-conference',
	'proposal',
	'announcement',
	'claim',
	'agreement',
	'decision',
	'rejection'
] as const;

export const EVENT_STATUSES = ['occurred', 'planned', 'proposed'] as const;
export const DATE_BASES = ['stated', 'relative', 'external'] as const;

/** How one event relates to another: "this event <relation> that event". */
export const RELATIONS = ['follows', 'depends-on', 'responds-to', 'part-of', 'reports-on', 'contradicts'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type DateBasis = (typeof DATE_BASES)[number];
export type Relation = (typeof RELATIONS)[number];
