/**
 * ChartView draws a chart that opens on its whole extent without the time index (it is built when
 * first asked, or when the page is idle after the first render), and says there what the index
 * would say.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { generateTimeline } from '../../../scripts/bench/generate.ts';
import type { Timeline } from '../model/model.ts';
import { validateTimeline } from '../model/validate.ts';
import { TimeIndex } from '../layout/time-index.ts';
import { anyDate, generatedFile } from './generated.ts';
import { FULL_LIMIT, MARK_LIMIT, ChartView } from './view.svelte.ts';

// Counts the time indexes made, to tell when ChartView builds one.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../layout/time-index.ts', async (importOriginal) => {
	const original = await importOriginal<typeof import('../layout/time-index.ts')>();
	class CountedTimeIndex extends original.TimeIndex {
		constructor(...args: ConstructorParameters<typeof original.TimeIndex>) {
			super(...args);
			built.count++;
		}
	}
	return { ...original, TimeIndex: CountedTimeIndex };
});

const valid = (input: unknown): Timeline => {
	const { timeline, issues } = validateTimeline(input, 'https://x.example/generated.json', new Map(), { requireSnapshots: false });
	expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
	return timeline!;
};

/** Timelines of a few events to more than MARK_LIMIT: drawn whole, one mark each, compact, or dense. */
const timelines = fc
	.tuple(fc.array(anyDate, { minLength: 1, maxLength: 40, size: 'max' }), fc.constantFrom(1, 3, 8, 15, 30))
	.map(([dates, repeat]) => valid(generatedFile(1, Array.from({ length: repeat }, () => dates.map((date) => ({ date }))).flat())));

describe('ChartView at its whole extent', () => {
	it('says what the time index says: which events are in view, whether dense, none before or after', () => {
		fc.assert(
			fc.property(timelines, (timeline) => {
				const view = new ChartView(timeline);
				const [a, b] = view.extent;
				expect(view.window).toEqual(view.extent);
				const index = new TimeIndex(timeline.events);
				const dated = timeline.events.flatMap((e, i) => (e.span.type === 'unscheduled' ? [] : [i]));
				// The premise: every dated event meets the extent, none lies outside it.
				expect(index.count(a, b)).toBe(dated.length);
				expect(index.before(a)).toEqual({ count: 0, nearest: null });
				expect(index.after(b)).toEqual({ count: 0, nearest: null });
				expect(view.dense).toBe(index.count(a, b, MARK_LIMIT + 1) > MARK_LIMIT);
				expect(view.before).toEqual(index.before(a));
				expect(view.after).toEqual(index.after(b));
				if (!view.dense && timeline.events.length > FULL_LIMIT) {
					const margin = (b - a) * 0.1;
					const unscheduled = timeline.events.flatMap((e, i) => (e.span.type === 'unscheduled' ? [i] : []));
					const expected = [...new Set([...index.query(a - margin, b + margin), ...unscheduled, ...view.pinned])].sort((x, y) => x - y);
					expect(view.drawing.indices).toEqual(expected);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('counts only dated events towards density (unscheduled ones have their own column), up to MARK_LIMIT', () => {
		const withUnscheduled = (unscheduled: number) => {
			const file = generateTimeline(MARK_LIMIT + 100);
			file.events.forEach((e, i) => {
				if (i < unscheduled) Object.assign(e, { date: null, status: 'proposed' });
			});
			return new ChartView(valid(file));
		};
		const atLimit = withUnscheduled(100);
		expect(atLimit.dense).toBe(false);
		expect(atLimit.drawing.indices).toHaveLength(MARK_LIMIT + 100);
		expect(withUnscheduled(99).dense).toBe(true);
	});

	it('builds the time index only when a narrower window needs it, or when asked to prepare', () => {
		const timeline = valid(generateTimeline(2000));
		built.count = 0;
		const view = new ChartView(timeline);
		expect(view.dense).toBe(true);
		expect(view.drawing.density).not.toBeNull();
		expect(view.before.count + view.after.count).toBe(0);
		expect(built.count).toBe(0);

		view.prepare();
		expect(built.count).toBe(1);
		view.prepare();
		expect(built.count).toBe(1);

		const other = new ChartView(valid(generateTimeline(2000, 7)));
		const [a, b] = other.extent;
		other.window = [a + (b - a) / 2, b];
		expect(other.before.count).toBeGreaterThan(0);
		expect(built.count).toBe(2);
	});
});
