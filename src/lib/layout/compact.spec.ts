import { describe, expect, it } from 'vitest';
import type { EventLayout } from './chart.ts';
import { compactMarks, compactStyle, pickCompact } from './compact.ts';

function event(id: string, over: Partial<EventLayout> = {}): EventLayout {
	return {
		id,
		shape: 'dot',
		x0: 100,
		x1: 100,
		cx: 100,
		approximate: false,
		uncertain: false,
		openStart: false,
		openEnd: false,
		marks: [{ party: 'a', y: 50 }],
		label: null,
		inView: true,
		forecast: null,
		...over
	};
}

const none = () => false;
/** The subpaths of a path: one per mark. */
const count = (d: string) => (d.match(/M/g) ?? []).length;

describe('compact marks', () => {
	it('styles follow the honest-date distinctions, uncertain before approximate before shape', () => {
		expect(compactStyle(event('a'))).toBe('day');
		expect(compactStyle(event('a', { shape: 'bar', x1: 140 }))).toBe('span');
		expect(compactStyle(event('a', { shape: 'period', x1: 140 }))).toBe('period');
		expect(compactStyle(event('a', { approximate: true }))).toBe('approximate');
		expect(compactStyle(event('a', { approximate: true, uncertain: true, shape: 'period' }))).toBe('uncertain');
	});

	it('draws every mark in view once, in its party lane and style path, and leaves out full ones', () => {
		const events = [
			event('d1'),
			event('d2', { x0: 130, x1: 130, cx: 130 }),
			event('s', { shape: 'bar', x0: 10, x1: 60, cx: 16, marks: [{ party: 'b', y: 90 }] }),
			event('two', { x0: 200, x1: 200, cx: 200, marks: [{ party: 'a', y: 50 }, { party: 'b', y: 90 }] }),
			event('pinned', { x0: 300, x1: 300, cx: 300 }),
			event('away', { inView: false }),
			event('later', { shape: 'unscheduled' })
		];
		const c = compactMarks(events, ['a', 'b', 'c'], (l) => l.id === 'pinned');
		expect(c.lanes.map((l) => l.party)).toEqual(['a', 'b', 'c']);
		const [a, b, empty] = c.lanes;
		expect(a!.paths.map((p) => [p.style, count(p.d)])).toEqual([['day', 3]]);
		expect(b!.paths.map((p) => [p.style, count(p.d)])).toEqual([
			['span', 1],
			['day', 1]
		]);
		expect(empty!.paths).toEqual([]);
		// A bar is a rectangle from its start, as wide as the span.
		expect(b!.paths[0]!.d).toBe('M10,85h50v10h-50z');
		// One connector, for the event in two lanes.
		expect(c.connectors).toBe('M200,50V90');
	});

	it('a dot is a circle of the mark radius around its day', () => {
		const d = compactMarks([event('d')], ['a'], none).lanes[0]!.paths[0]!.d;
		expect(d).toBe('M94,50a6,6 0 1,0 12,0a6,6 0 1,0 -12,0z');
	});

	it('a click picks the nearest compact mark within reach, never a full or unscheduled one', () => {
		const events = [event('near', { x0: 100 }), event('far', { x0: 140, x1: 140, cx: 140 }), event('bar', { shape: 'bar', x0: 200, x1: 260, marks: [{ party: 'a', y: 80 }] })];
		expect(pickCompact(events, 103, 52, none)).toBe(0);
		expect(pickCompact(events, 137, 50, none)).toBe(1);
		expect(pickCompact(events, 230, 84, none)).toBe(2); // anywhere along a span
		expect(pickCompact(events, 120, 50, none)).toBeNull(); // between the two dots, out of reach
		expect(pickCompact(events, 103, 52, (l) => l.id === 'near')).toBeNull();
		expect(pickCompact([event('u', { shape: 'unscheduled' })], 100, 50, none)).toBeNull();
	});
});
