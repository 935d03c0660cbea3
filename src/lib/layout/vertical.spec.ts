import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/model.ts';
import { checkFiles } from '../server/check.ts';
import { gapSpace, gapWords, layoutVertical, needsOwnDate } from './vertical.ts';

function event(id: string, date: string | null): TimelineEvent {
	return {
		id,
		title: id,
		summary: id,
		kind: 'statement',
		status: 'occurred',
		date,
		dateBasis: 'stated',
		actors: ['someone'],
		span: parseDate(date),
		parties: ['one'],
		citations: []
	} as TimelineEvent;
}

describe('layoutVertical', () => {
	it('groups events by the date they start on, at that date’s precision, with the gap in days', () => {
		const events = [
			event('a', '2025-08'),
			event('b', '2025-08-15'),
			event('c', '2025-08-15~'),
			event('d', '2025-08-15/2025-08-17'),
			event('e', '2025-08-18'),
			event('f', '2025-08-25'),
			event('g', null)
		];
		const { groups, unscheduled } = layoutVertical(events);
		expect(groups.map((g) => [g.key, g.label, g.datetime, g.gapDays, g.items])).toEqual([
			['2025-08', 'August 2025', '2025-08', 0, [0]],
			['2025-08-15', 'Fri 15 Aug 2025', '2025-08-15', 14, [1, 2, 3]],
			['2025-08-18', 'Mon 18 Aug 2025', '2025-08-18', 3, [4]],
			['2025-08-25', 'Mon 25 Aug 2025', '2025-08-25', 7, [5]]
		]);
		expect(unscheduled).toEqual([6]);
	});

	it('heads an interval with an open or unknown start with the whole span, capitalised', () => {
		const { groups } = layoutVertical([event('a', '../2025-08-03'), event('b', '/2025-08-03')]);
		expect(groups.map((g) => [g.label, g.datetime])).toEqual([
			['Until 3 August 2025', null],
			['Start unknown, until 3 August 2025', null]
		]);
	});

	it('keeps every event of the article’s timeline exactly once, in order', () => {
		const root = resolve(import.meta.dirname, '../../..');
		const timeline = checkFiles(root).timelines.find((t) => t.id === 'trump-steps-back-2025-08')!;
		const { groups, unscheduled } = layoutVertical(timeline.events);
		const all = [...groups.flatMap((g) => g.items), ...unscheduled];
		expect(all).toEqual(timeline.events.map((_, i) => i));
		expect(unscheduled.length).toBeGreaterThan(0);
	});
});

describe('needsOwnDate', () => {
	it('is false only for a plain, certain day', () => {
		expect(needsOwnDate(parseDate('2025-08-18'))).toBe(false);
		for (const d of ['2025-08-18~', '2025-08-18?', '2025-08', '2025-08-18/2025-08-19', null]) expect(needsOwnDate(parseDate(d)), String(d)).toBe(true);
	});
});

describe('gaps', () => {
	it('says nothing for consecutive days and words longer gaps in sensible units', () => {
		expect(gapWords(0)).toBeNull();
		expect(gapWords(1)).toBeNull();
		expect(gapWords(3)).toBe('3 days later');
		expect(gapWords(21)).toBe('3 weeks later');
		expect(gapWords(92)).toBe('3 months later');
		expect(gapWords(365 * 11)).toBe('11 years later');
	});
	it('grows the space slowly and caps it', () => {
		expect(gapSpace(1)).toBe(0);
		expect(gapSpace(2)).toBeLessThan(gapSpace(8));
		expect(gapSpace(10_000)).toBe(56);
	});
});
