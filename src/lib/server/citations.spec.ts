import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Timeline } from '../model/model.ts';
import { checkFiles } from './check.ts';
import { citationsBySource, type CitedPassage } from './citations.ts';

/** What the source page did before the index: scan every citation of every event of every timeline. */
function scan(timelines: Timeline[], source: string): CitedPassage[] {
	const out: CitedPassage[] = [];
	for (const timeline of timelines)
		for (const event of timeline.events) for (const citation of event.citations) if (citation.source === source) out.push({ timeline, event, citation });
	return out;
}

const cite = (source: string, quote: string) => ({ source, quote, verified: true, start: 0, end: 1, anchor: `a-${quote}`, textFragment: null });
const timeline = (id: string, events: { id: string; citations: ReturnType<typeof cite>[] }[]) => ({ id, events }) as unknown as Timeline;

describe('citationsBySource', () => {
	it('lists each source’s passages in timeline, event and citation order, and nothing else', () => {
		const a = timeline('a', [
			{ id: 'e1', citations: [cite('s1', 'one'), cite('s2', 'two'), cite('s1', 'three')] },
			{ id: 'e2', citations: [] },
			{ id: 'e3', citations: [cite('s2', 'four')] }
		]);
		const b = timeline('b', [{ id: 'e1', citations: [cite('s1', 'five')] }]);
		const index = citationsBySource([a, b]);
		expect([...index.keys()].sort()).toEqual(['s1', 's2']);
		expect(index.get('s1')!.map((p) => `${p.timeline.id}/${p.event.id}/${p.citation.quote}`)).toEqual(['a/e1/one', 'a/e1/three', 'b/e1/five']);
		expect(index.get('s2')!.map((p) => `${p.timeline.id}/${p.event.id}/${p.citation.quote}`)).toEqual(['a/e1/two', 'a/e3/four']);
		for (const s of ['s1', 's2']) expect(index.get(s)).toEqual(scan([a, b], s));
		expect(index.get('s3')).toBeUndefined();
	});

	it('agrees with a scan of every citation for the timelines in data/', () => {
		const { timelines } = checkFiles(resolve(import.meta.dirname, '../../..'));
		const index = citationsBySource(timelines);
		const sources = new Set(timelines.flatMap((t) => t.sources.map((s) => s.id)));
		expect(sources.size).toBeGreaterThan(0);
		for (const s of sources) {
			const expected = scan(timelines, s);
			expect(index.get(s) ?? []).toEqual(expected);
			for (const [i, p] of (index.get(s) ?? []).entries()) expect(p.citation).toBe(expected[i]!.citation);
		}
		const total = timelines.reduce((n, t) => n + t.events.reduce((m, e) => m + e.citations.length, 0), 0);
		expect([...index.values()].reduce((n, l) => n + l.length, 0)).toBe(total);
	});
});
