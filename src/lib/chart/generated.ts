/**
 * Generated timelines for the chart's property tests (fast-check): any date the format allows, and
 * a valid timeline file around a list of events.
 */
import fc from 'fast-check';

const day = (k: number) => new Date(Date.UTC(2020, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);

/** Any date the format allows: days, months, years, qualified, X digits, intervals with open or unknown ends, BCE, or none. */
export const anyDate: fc.Arbitrary<string | null> = fc.oneof(
	fc.nat(3650).map(day),
	fc.nat(3650).map((k) => day(k).slice(0, 7)),
	fc.integer({ min: 1, max: 2100 }).map((y) => String(y).padStart(4, '0')),
	fc.tuple(fc.nat(3650), fc.constantFrom('~', '?', '%')).map(([k, q]) => day(k) + q),
	fc.nat(3650).map((k) => day(k).slice(0, 8) + 'XX'),
	fc.tuple(fc.nat(3650), fc.integer({ min: 1, max: 400 })).map(([k, n]) => `${day(k)}/${day(k + n)}`),
	fc.tuple(fc.nat(3650), fc.constantFrom('..', '')).map(([k, end]) => `${day(k)}/${end}`),
	fc.tuple(fc.nat(3650), fc.constantFrom('..', '')).map(([k, start]) => `${start}/${day(k)}`),
	fc.integer({ min: 1, max: 3000 }).map((y) => `-${String(y).padStart(4, '0')}`),
	fc.constant(null)
);

/** A timeline file (format v1) of `parties` parties with one actor each, and these events: each with its actors by number, modulo `parties`. */
export function generatedFile(parties: number, events: readonly { date: string | null; actors?: readonly number[]; title?: string }[]) {
	return {
		version: 1,
		id: 'generated',
		title: 'Generated',
		description: 'Generated.',
		language: 'en',
		unverified: true,
		sources: [],
		parties: Array.from({ length: parties }, (_, i) => ({ id: `p${i}`, label: `Party ${i}`, order: i })),
		actors: Array.from({ length: parties }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, role: 'Envoy', party: `p${i}` })),
		events: events.map((e, i) => ({
			id: `e${i}`,
			title: e.title?.trim() || `Event ${i}`,
			summary: 'Something happened.',
			kind: 'meeting',
			status: e.date === null ? 'proposed' : 'occurred',
			date: e.date,
			dateBasis: 'stated',
			actors: [...new Set((e.actors ?? [0]).map((a) => `a${a % parties}`))],
			citations: []
		}))
	};
}
