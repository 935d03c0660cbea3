import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.ts';
import type { Timeline, TimelineEvent } from './model.ts';
import { previewTimeline } from './preview.ts';

function event(k: number): TimelineEvent {
	const date = new Date(Date.UTC(2020, 0, 1 + k)).toISOString().slice(0, 10);
	return { id: `e${k}`, title: `e${k}`, summary: '', kind: 'statement', status: 'occurred', date, dateBasis: 'stated', actors: ['a'], span: parseDate(date), parties: ['p'], citations: [] } as TimelineEvent;
}
const timeline = (n: number, view?: [string, string]): Timeline =>
	({
		id: 't',
		events: Array.from({ length: n }, (_, k) => event(k)),
		...(view ? { view: { min: Date.UTC(2020, 0, 1) + Number(view[0]) * 864e5, max: Date.UTC(2020, 0, 1) + Number(view[1]) * 864e5 } } : {})
	}) as unknown as Timeline;

describe('previewTimeline', () => {
	it('keeps a small timeline whole (the same object)', () => {
		const t = timeline(50);
		expect(previewTimeline(t, 100)).toBe(t);
	});
	it('keeps the events the default view meets, in order, up to the limit', () => {
		const t = timeline(500, ['100', '130']);
		expect(previewTimeline(t, 100).events.map((e) => e.id)).toEqual(Array.from({ length: 30 }, (_, k) => `e${100 + k}`));
		expect(previewTimeline(t, 20).events.length).toBe(20);
	});
	it('falls back to the first events when the view meets too few (or there is no view)', () => {
		expect(previewTimeline(timeline(500, ['100', '101']), 100).events[0]!.id).toBe('e0');
		expect(previewTimeline(timeline(500), 100).events.length).toBe(100);
	});
});
