/**
 * The English UI strings: the source of truth. `Messages` is derived from this object, so the other
 * catalogues (uk.ts, ar.ts) must give every key, with the same parameters, or fail to type-check.
 * Parameterised strings are functions; plurals are written out per language.
 */
import type { EventKind, EventStatus, Relation } from '../model/vocabulary.ts';

export const en = {
	/** Words around dates (see model/format.ts). */
	dates: {
		about: (d: string) => `about ${d}`,
		uncertain: (d: string) => `${d} (uncertain)`,
		range: (a: string, b: string) => `${a} to ${b}`,
		either: (a: string, b: string) => `${a} or ${b}`,
		notScheduled: 'not scheduled',
		fromOnward: (d: string) => `from ${d} onward`,
		fromEndUnknown: (d: string) => `from ${d}, end unknown`,
		until: (d: string) => `until ${d}`,
		startUnknownUntil: (d: string) => `start unknown, until ${d}`,
		open: 'open',
		unknown: 'unknown',
		basisStated: 'Stated in the source.',
		basisRelative: (phrase: string) => `Worked out from the source’s “${phrase}”, counted from its publication date.`,
		basisExternal: 'From other reporting.',
		noDate: 'No date has been set.',
		onlyToMonth: (d: string) => `Known only to the month: some time in ${d}.`,
		onlyToYear: (d: string) => `Known only to the year: some time in ${d}.`,
		spanOfDays: 'A span of days, or one day within it.',
		spanToMonth: 'A span known only to the month.',
		spanToYear: 'A span known only to the year.',
		toTheDay: 'Known to the day.',
		stillGoing: 'Still going when reported.',
		oneEndUnknown: 'One end is not known.',
		approximate: 'Approximate: around this date, not exactly.',
		uncertainNote: 'Uncertain: the reporting does not settle it.',
		gap: (days: number) =>
			days < 14
				? `${days} days later`
				: days < 60
					? `${Math.round(days / 7)} weeks later`
					: days < 730
						? `${Math.round(days / 30.44)} months later`
						: `${Math.round(days / 365.25)} years later`
	},
	kinds: {
		meeting: 'Meeting',
		call: 'Call',
		interview: 'Interview',
		statement: 'Statement',
		'press-conference': 'Press conference',
		proposal: 'Proposal',
		announcement: 'Announcement',
		claim: 'Claim',
		agreement: 'Agreement',
		decision: 'Decision',
		rejection: 'Rejection'
	} satisfies Record<EventKind, string> as Record<EventKind, string>,
	status: {
		occurred: 'Happened',
		planned: 'Planned',
		proposed: 'Proposed, not scheduled'
	} satisfies Record<EventStatus, string> as Record<EventStatus, string>,
	relations: {
		follows: ['Follows', 'Followed by'],
		'depends-on': ['Depends on', 'Needed first for'],
		'responds-to': ['Responds to', 'Answered by'],
		'part-of': ['Part of', 'Includes'],
		'reports-on': ['Reports on', 'Reported on by'],
		contradicts: ['Contradicts', 'Contradicted by']
	} satisfies Record<Relation, [string, string]> as Record<Relation, [string, string]>,
	legend: {
		label: 'Legend',
		dot: 'A day',
		bar: 'From one day to another',
		period: 'Known only to the month or year',
		approximate: 'Approximate (~): fades at the edges',
		uncertain: 'Uncertain (?): dashed outline',
		open: 'Still going, or end unknown: fades out',
		unscheduled: 'Proposed, not yet scheduled',
		forecast: 'A forecast window (“within two weeks”)',
		related: 'Related to the selected event'
	},
	page: {
		embedSource: 'Source: ',
		quotesUnverified: 'quotes unverified',
		openFull: 'Open the full timeline',
		newTab: ' (opens in a new tab)',
		embedUnverified: 'Unverified draft: events not yet tied to source passages.',
		timelineLandmark: (title: string) => `Timeline: ${title}`
	},
	load: {
		loading: (shown: string, total: string) => `Showing the first ${shown} of ${total} events; loading the rest…`,
		failed: (shown: string, total: string, error: string) => `Showing ${shown} of ${total} events: the rest could not be loaded (${error}).`,
		tryAgain: 'Try again'
	},
	view: {
		chartSection: 'Chart',
		detailsSection: 'Event details',
		noMatch: 'No events match these filters.',
		noMatchHint: 'Tick at least one party and one kind of event, or clear the filters.',
		clearFilters: 'Clear filters',
		loadingDetails: 'Loading the details…',
		detailsFailed: 'The details of this event could not be loaded. Check the connection and try again.',
		retry: 'Try again',
		unknownEvent: (id: string) => `There is no event “${id}” in this timeline.`,
		placeholder:
			'Select an event in the chart or the list to see what happened, who took part, how the date is known, and the passage that reports it.'
	},
	filters: {
		group: 'Filter events',
		parties: 'Parties',
		kinds: 'Kinds',
		showing: (shown: string, total: string) => `Showing ${shown} of ${total} events`,
		allParties: 'all parties',
		noParties: 'no parties',
		allKinds: 'all kinds',
		noKinds: 'no kinds'
	},
	chart: {
		toolbar: 'Chart view',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		reset: 'Reset view',
		showAll: 'Show all',
		earlier: (n: string) => `${n} earlier`,
		later: (n: string) => `${n} later`,
		and: (list: string, last: string) => `${list} and ${last}`,
		announce: (i: number, n: number, what: string) => `${i} of ${n}: ${what}`,
		label: (title: string, n: string, dense: boolean) =>
			`Timeline chart of ${title}: ${n} events${dense ? '. Too many in view to draw one by one: zoom in, or read the list' : ''}. Use the arrow keys to move between events and Enter to open one.`,
		verticalLabel: (title: string, n: string) =>
			`Timeline of ${title}: ${n} events, earliest first. Use the arrow keys to move between events and Enter to open one.`,
		wheelHint: (key: string) => `Use ${key} + scroll to zoom the timeline`,
		notScheduled: 'Not yet scheduled',
		inView: (n: string) => `${n} in view`,
		partiesKey: 'Parties',
		showEarlier: (count: string, all: string) => `Show ${count} earlier events (${all} in all)`,
		showLater: (count: string, all: string) => `Show ${count} later events (${all} in all)`,
		overview: 'Overview of the whole timeline',
		visibleDates: 'Visible dates',
		overviewHelp:
			'The window shows which part of the timeline the chart shows. Arrow keys move it; Shift with an arrow, or plus and minus, change its width; Home and End go to the start and the end.'
	},
	list: {
		title: 'All events, in time order',
		show: 'Show list',
		hide: 'Hide list',
		pages: 'Pages of the list',
		range: (a: string, b: string, total: string) => `Events ${a} to ${b} of ${total}`,
		previous: (n: number) => `Previous ${n}`,
		next: (n: number) => `Next ${n}`,
		more: 'Details and sources',
		/** In a disclosure of a long timeline's list, read without JavaScript (details are drawn when opened). */
		needsScript: 'The details of a timeline this long are shown with JavaScript on.'
	},
	details: {
		close: 'Close details',
		related: 'Related events',
		when: 'When',
		who: 'Who',
		where: 'Where',
		notReported: 'Not reported',
		clock: 'Clock:',
		forecast: (label: string, when: string) => `Forecast, drawn as a dashed window: ${label}, ${when}.`,
		sourceSays: 'What the source says',
		noPassage: 'No source passage yet: this event is unverified.',
		unverifiedQuote: 'Unverified quote: the source text is not available here to check it against',
		showPassage: 'Show this passage in the article',
		findOriginal: 'find it in the original',
		original: 'original',
		originalNewTab: ' article (opens in a new tab)',
		copyLink: 'Copy link',
		copyLinkWhat: ' to this event',
		linkCopied: 'Link copied',
		copyRefused: 'Copying was not allowed here: the link is selected below; copy it with Ctrl+C (⌘C on a Mac).',
		linkField: 'Link to this event'
	}
};

/**
 * The strings of the site's other pages and controls (the full page, the source reader, the export
 * and embed dialogs, the 404 page): kept apart so that an embed's script
 * (src/client) holds none  of them. Read with siteMessages() (site.ts).
 */
export const enSite = {
	page: {
		skip: 'Skip to content',
		footer: 'Dateline: timelines of news reporting in which every event links to the passage it comes from.',
		builtFrom: 'Built from',
		linksNote: 'Every event links to the passage that reports it.',
		loadedFrom: 'Loaded from',
		remoteNote: 'Its quotes are shown as written there: the source texts are not available here to check them against.',
		unverifiedDraft: 'Unverified draft: the events of this timeline are not yet tied to passages of a source.',
		notFoundTitle: 'Page not found',
		notFoundText: 'There is no page at this address. It may have been a timeline that was renamed or removed.',
		notFoundHome: 'Go to the Dateline home page'
	},
	load: {
		remoteLoading: 'Loading the timeline',
		remoteFrom: ' from ',
		remoteError: 'This timeline could not be shown',
		remoteErrorFrom: 'From',
		moreProblems: (n: string) => `…and ${n} more problems.`
	},
	embed: {
		button: 'Embed',
		title: 'Embed this timeline',
		intro: 'Paste one of these into your page. They show the timeline with the current selection and filters.',
		hash: 'Mirror the selected event in my page’s address, so readers can share a link to it (loader only)',
		loader: 'Loader (resizes itself, recommended)',
		iframe: 'Plain iframe',
		copy: 'Copy',
		copied: 'Copied',
		close: 'Close'
	},
	export: {
		button: 'Export',
		picture: 'The chart as shown now, with its title, legend and source:',
		svg: 'Picture (SVG)',
		png: 'Picture (PNG, 2×)',
		data: (complete: boolean) => `Every event${complete ? '' : ' (once all are loaded)'}:`,
		json: 'Data (JSON, format v1)',
		csv: 'Table (CSV)',
		ics: 'Calendar (.ics)',
		downloading: (name: string) => `Downloading ${name}`,
		needsWide: 'The picture needs the wide chart: make the window at least 640 pixels wide, then try again.',
		failed: (name: string, why: string) => `Could not make ${name}: ${why}`
	},
	source: {
		crumb: 'Source',
		published: (d: string) => `published ${d}`,
		original: 'original on the web',
		hint: 'Marked passages are cited by a timeline. Each ends with a link back to its event.',
		showing: 'Showing the passage cited by',
		back: (title: string) => `Back to the event: ${title}`,
		copyCitation: 'Copy citation',
		copied: 'Copied'
	},
	theme: {
		auto: 'System',
		light: 'Light',
		dark: 'Dark',
		label: (choice: string) => `Colour theme: ${choice} (change)`,
		button: (choice: string) => `Theme: ${choice}`
	}
};

export type Messages = typeof en;
export type SiteMessages = typeof enSite;
