import { dev } from '$app/environment';
import { error } from '@sveltejs/kit';
import { matchPassage } from '$lib/model/passages';
import { readingView, type MarkedRange } from '$lib/model/reading';
import { catalog } from '$lib/server/catalog';

/** Sources that some timeline cites, by id, with the first citing timeline's description of them. */
function citedSources() {
	const found = new Map<string, { entry: import('$lib/model/schema').SourceEntry; timelines: Set<string> }>();
	for (const t of catalog().timelines.values())
		for (const s of t.sources) {
			const seen = found.get(s.id) ?? { entry: s, timelines: new Set<string>() };
			seen.timelines.add(t.id);
			found.set(s.id, seen);
		}
	return found;
}

export const entries = () => [...citedSources().keys()].map((id) => ({ id }));

export const load = ({ params }) => {
	const cited = citedSources().get(params.id);
	if (!cited) error(404, `No source "${params.id}"`);
	const { entry } = cited;
	// The language of the text: that of the timelines that quote it (their quotes are marked with it too).
	const language = [...catalog().timelines.values()].find((t) => cited.timelines.has(t.id))?.language ?? 'en';
	const text = catalog().sources.get(entry.file)!.text;
	const hidden = (entry.hidden ?? []).map((h) => {
		const start = matchPassage(text, h).starts[0]!;
		return { start, end: start + h.quote.length };
	});
	const passages: MarkedRange[] = [];
	const citations: Record<string, { timeline: string; timelineTitle: string; event: string; eventTitle: string; quote: string }> = {};
	// From the catalog's index: this source's passages only, not a scan of every citation.
	for (const { timeline: t, event: e, citation: c } of catalog().citations.get(params.id) ?? []) {
		passages.push({ start: c.start, end: c.end, anchor: c.anchor });
		citations[c.anchor] = { timeline: t.id, timelineTitle: t.title, event: e.id, eventTitle: e.title, quote: c.quote };
	}
	// The full text only in development, for the "Copy citation" authoring aid.
	return { source: entry, language, paragraphs: readingView(text, hidden, passages), citations, text: dev ? text : null };
};
