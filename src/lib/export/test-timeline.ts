/** A small timeline for the export tests, with every kind of date and text that needs escaping. */
import { parseDate } from '../model/dates.ts';
import type { Timeline, TimelineEvent } from '../model/model.ts';

function event(id: string, date: string | null, extra: Partial<TimelineEvent> = {}): TimelineEvent {
	return {
		id,
		title: `Event ${id}`,
		summary: `Summary of ${id}.`,
		kind: 'meeting',
		status: date === null ? 'proposed' : 'occurred',
		date,
		dateBasis: 'stated',
		actors: ['donald-trump'],
		parties: ['united-states'],
		span: parseDate(date),
		citations: [
			{ source: 'gazette', quote: `Quote for ${id}`, verified: true, start: 0, end: 1, anchor: `cite-t--${id}--1`, textFragment: null }
		],
		...extra
	};
}

export const testTimeline: Timeline = {
	version: 1,
	id: 'test-export',
	title: 'Talks, “quotes” and commas; a test',
	description: 'For the export tests.',
	language: 'en',
	view: null,
	eras: [],
	sources: [
		{
			id: 'gazette',
			title: 'Leaders meet, again',
			publisher: 'Test Gazette',
			url: 'https://example.com/news/leaders-meet?a=1&b=2',
			published: '2025-08-21',
			file: 'mini.txt',
			sha256: '0'.repeat(64)
		}
	],
	parties: [
		{ id: 'united-states', label: 'United States', order: 0 },
		{ id: 'russia', label: 'Russia', order: 1 }
	],
	actors: [
		{ id: 'donald-trump', name: 'Donald Trump', role: 'President', party: 'united-states' },
		{ id: 'vladimir-putin', name: 'Vladimir Putin', role: 'President', party: 'russia' }
	],
	events: [
		event('summit', '2025-08-15', {
			title: 'Summit, in "Alaska"',
			summary: 'Line one,\nline two; with a backslash \\ and “quotes”.',
			actors: ['donald-trump', 'vladimir-putin'],
			parties: ['united-states', 'russia'],
			citations: [
				{
					source: 'gazette',
					quote: 'He said, "we met"\r\nand left.',
					verified: true,
					start: 0,
					end: 1,
					anchor: 'cite-t--summit--1',
					textFragment: null
				}
			]
		}),
		event('talks', '2025-08-18/2025-08-21'),
		event('about', '2025-08-19~'),
		event('maybe', '2025-08-20?'),
		event('month', '2025-08'),
		event('ongoing', '2025-08-22/..'),
		event('ancient', '-0043-03-15'),
		event('later', null, { status: 'proposed' }),
		event('someday', null, { status: 'planned' })
	]
};
