import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../server/check';
import { listTimelineFiles, readJson, readSources, sha256 } from '../server/files';
import type { DateSpan } from './dates';
import type { Timeline } from './model';
import { formatIssue, formatPath, orderEvents, validateTimeline, type Issue, type SourceStore, type ValidationResult } from './validate';

const here = import.meta.dirname;
const fixtures = join(here, 'fixtures');
const fixtureTimelines = join(fixtures, 'timelines');
/** The project root, where data/timelines and data/sources live. */
const root = resolve(here, '../../..');

const store = readSources(join(fixtures, 'sources'));
const mini = store.get('mini.txt')!.text;
const validText = readFileSync(join(fixtureTimelines, 'valid.json'), 'utf8');

/** Timeline JSON as an editor writes it: loosely typed so a test can break it in any way. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A fresh copy of the valid fixture, changed by `mutate`. */
function variant(mutate: (d: Json) => void): Json {
	const d = JSON.parse(validText);
	mutate(d);
	return d;
}

function validate(input: unknown, file = 'valid.json', sources: SourceStore = store): ValidationResult {
	return validateTimeline(input, file, sources);
}

function resolved(): Timeline {
	const result = validate(JSON.parse(validText));
	expect(result.issues).toEqual([]);
	expect(result.timeline).not.toBeNull();
	return result.timeline!;
}

describe('the valid fixture', () => {
	it('passes with no issues', () => {
		expect(validate(JSON.parse(validText))).toMatchObject({ issues: [] });
	});

	it('resolves the timeline metadata and drops $schema', () => {
		const t = resolved();
		expect(t.id).toBe('valid');
		expect(t.version).toBe(1);
		expect(t.language).toBe('en');
		expect(t.sources.map((s) => s.id)).toEqual(['mini']);
		expect(t.actors.map((a) => a.id)).toEqual(['vladimir-putin', 'donald-trump', 'european-leaders', 'sergei-lavrov']);
		expect('$schema' in t).toBe(false);
	});

	it('resolves the view to UTC instants, its end exclusive', () => {
		expect(resolved().view).toEqual({ min: Date.UTC(2025, 7, 14), max: Date.UTC(2025, 7, 23) });
	});

	it('has no view when the file gives none', () => {
		const result = validate(variant((d) => delete d.view));
		expect(result.issues).toEqual([]);
		expect(result.timeline!.view).toBeNull();
	});

	it('orders events by time (earliest start, then earliest end), unscheduled last in file order', () => {
		expect(resolved().events.map((e) => e.id)).toEqual([
			'alaska-summit',
			'alaska-talks',
			'white-house-meeting',
			'guarantor-proposal',
			'later-summit',
			'no-date-set'
		]);
	});

	it('sorts parties by order', () => {
		const t = resolved();
		expect(t.parties.map((p) => p.id)).toEqual(['united-states', 'europe', 'russia']);
		expect(t.parties.map((p) => p.order)).toEqual([0, 1, 2]);
	});

	it('derives each event’s parties from its actors, in lane order, without repeats', () => {
		const byId = new Map(resolved().events.map((e) => [e.id, e]));
		// actors: european-leaders, donald-trump
		expect(byId.get('white-house-meeting')!.parties).toEqual(['united-states', 'europe']);
		// actors: vladimir-putin, donald-trump
		expect(byId.get('alaska-summit')!.parties).toEqual(['united-states', 'russia']);
		expect(byId.get('later-summit')!.parties).toEqual(['united-states', 'russia']);
		expect(byId.get('guarantor-proposal')!.parties).toEqual(['russia']);
		// actors are kept as written
		expect(byId.get('white-house-meeting')!.actors).toEqual(['european-leaders', 'donald-trump']);
	});

	it('parses each event’s date into a span', () => {
		const byId = new Map(resolved().events.map((e) => [e.id, e]));
		expect(byId.get('alaska-talks')!.span).toMatchObject({
			type: 'interval',
			min: Date.UTC(2025, 7, 15),
			max: Date.UTC(2025, 7, 17)
		});
		expect(byId.get('guarantor-proposal')!.span).toMatchObject({ type: 'point', min: Date.UTC(2025, 7, 20) });
		expect(byId.get('later-summit')!.span).toEqual({ type: 'unscheduled', edtf: null });
		expect(byId.get('no-date-set')!.related).toEqual([{ event: 'later-summit', relation: 'reports-on' }]);
	});

	it('locates every citation: the offsets select the quote, and anchors are cite-<timeline>--<event>--<n>', () => {
		const t = resolved();
		let count = 0;
		for (const e of t.events) {
			e.citations.forEach((c, j) => {
				expect(mini.slice(c.start, c.end)).toBe(c.quote);
				expect(c.end - c.start).toBe(c.quote.length);
				expect(c.anchor).toBe(`cite-valid--${e.id}--${j + 1}`);
				count++;
			});
		}
		expect(count).toBe(7);
	});

	it('gives exact offsets, and uses the prefix to pick one of two identical passages', () => {
		const e = resolved().events.find((x) => x.id === 'white-house-meeting')!;
		const [first, second] = e.citations;
		expect(first).toMatchObject({
			source: 'mini',
			start: mini.indexOf('On Monday, the president'),
			end: mini.indexOf('. The talks lasted'),
			anchor: 'cite-valid--white-house-meeting--1'
		});
		const both = [mini.indexOf('The talks lasted'), mini.lastIndexOf('The talks lasted')];
		expect(both[0]).not.toBe(both[1]);
		expect(second).toMatchObject({
			prefix: 'White House. ',
			start: both[0],
			end: both[0]! + 'The talks lasted about an hour.'.length,
			anchor: 'cite-valid--white-house-meeting--2'
		});
	});

	it('uses a suffix to pick the other of two identical passages', () => {
		const input = variant((d) => {
			d.events[2].citations[1] = { source: 'mini', quote: 'The talks lasted about an hour.', suffix: '\n\nA later' };
		});
		const { timeline, issues } = validate(input);
		expect(issues).toEqual([]);
		const c = timeline!.events.find((x) => x.id === 'white-house-meeting')!.citations[1]!;
		expect(c.start).toBe(mini.lastIndexOf('The talks lasted about an hour.'));
		expect(mini.slice(c.start, c.end)).toBe('The talks lasted about an hour.');
	});
});

interface Case {
	name: string;
	mutate: (d: Json) => void;
	path: string;
	message: RegExp;
	file?: string;
	sources?: SourceStore;
}

/** Each case breaks the valid fixture in one way and expects exactly one error, at `path`. */
const invalid: Case[] = [
	{
		name: 'a missing required field',
		mutate: (d) => delete d.events[1].title,
		path: 'events[1].title',
		message: /expected string, received undefined/
	},
	{
		name: 'an unknown extra field (a typo)',
		mutate: (d) => (d.events[0].dateNotes = 'Not scheduled.'),
		path: 'events[0].dateNotes',
		message: /^unknown field "dateNotes"; check the spelling/
	},
	{
		name: 'an unknown top-level field',
		mutate: (d) => Object.assign(d, { titel: 'x' }),
		path: 'titel',
		message: /^unknown field "titel"/
	},
	{ name: 'a wrong version', mutate: (d) => (d.version = 2), path: 'version', message: /expected 1/ },
	{
		name: 'an id that is not kebab-case',
		mutate: (d) => (d.events[3].id = 'Alaska_Talks'),
		path: 'events[3].id',
		message: /event id must be kebab-case/
	},
	{
		name: 'a duplicate event id',
		mutate: (d) => (d.events[3].id = 'white-house-meeting'),
		path: 'events[3].id',
		message: /"white-house-meeting" is already the id of events\[2\]; ids must be unique/
	},
	{
		name: 'a duplicate party id',
		mutate: (d) => d.parties.push({ id: 'russia', label: 'Russia again', order: 3 }),
		path: 'parties[3].id',
		message: /"russia" is already the id of parties\[0\]/
	},
	{
		name: 'an unknown actor in an event',
		mutate: (d) => d.events[2].actors.push('emmanuel-macron'),
		path: 'events[2].actors[2]',
		message: /^unknown actor "emmanuel-macron"; add it to actors\[\] or use one of: vladimir-putin, donald-trump/
	},
	{
		name: 'an unknown party on an actor',
		mutate: (d) => (d.actors[3].party = 'kremlin'),
		path: 'actors[3].party',
		message: /^unknown party "kremlin"; use one of: russia, united-states, europe$/
	},
	{
		name: 'an unknown related event',
		mutate: (d) => (d.events[2].related[0].event = 'anchorage-summit'),
		path: 'events[2].related[0].event',
		message: /^unknown event "anchorage-summit"$/
	},
	{
		name: 'an event related to itself',
		mutate: (d) => (d.events[2].related[0].event = 'white-house-meeting'),
		path: 'events[2].related[0].event',
		message: /cannot be related to itself/
	},
	{
		name: 'an unknown relation',
		mutate: (d) => (d.events[2].related[0].relation = 'precedes'),
		path: 'events[2].related[0].relation',
		message: /expected one of "follows"/
	},
	{
		name: 'an unknown citation source',
		mutate: (d) => (d.events[4].citations[0].source = 'jordan-news'),
		path: 'events[4].citations[0].source',
		message: /^unknown source "jordan-news"; use one of: mini$/
	},
	{
		name: 'a quote that is not in the source',
		mutate: (d) => (d.events[4].citations[0].quote = 'The two presidents met in Anchorage'),
		path: 'events[4].citations[0].quote',
		message: /^not found in source "mini"; copy it exactly from the snapshot$/
	},
	{
		name: 'a quote with a straight apostrophe where the source has a curly one (near-match hint)',
		mutate: (d) => (d.events[1].citations[0].quote = "Russia's foreign minister said on Wednesday"),
		path: 'events[1].citations[0].quote',
		message: /^not found in source "mini".*near match.*: "Russia’s foreign minister said on Wednesday"$/
	},
	{
		name: 'a quote that occurs twice without prefix or suffix',
		mutate: (d) => delete d.events[2].citations[1].prefix,
		path: 'events[2].citations[1].quote',
		message: /^occurs 2 times in source "mini"; add a prefix or suffix/
	},
	{
		name: 'a prefix that does not match the text before the quote',
		mutate: (d) => (d.events[2].citations[1].prefix = 'Kremlin. '),
		path: 'events[2].citations[1].prefix',
		message: /the quote is in source "mini" but not with this prefix; copy it exactly from the text just before/
	},
	{
		name: 'a suffix that does not match the text after the quote',
		mutate: (d) => (d.events[2].citations[1] = { source: 'mini', quote: 'The talks lasted about an hour.', suffix: ' Then' }),
		path: 'events[2].citations[1].suffix',
		message: /not with this suffix; copy it exactly from the text just after/
	},
	{
		name: 'a correct prefix with a wrong suffix (points at the suffix)',
		mutate: (d) => (d.events[2].citations[1].suffix = ' Then'),
		path: 'events[2].citations[1].suffix',
		message: /not with this suffix/
	},
	{
		name: 'a hidden passage that is not in the source',
		mutate: (d) => (d.sources[0].hidden[0].quote = 'Advertisement'),
		path: 'sources[0].hidden[0].quote',
		message: /^not found in source "mini"/
	},
	{
		name: 'an invalid EDTF date',
		mutate: (d) => (d.events[3].date = '15 August 2025'),
		path: 'events[3].date',
		message: /"15 August 2025" is not a valid EDTF date/
	},
	{
		name: 'an unsupported EDTF set',
		mutate: (d) => (d.events[1].date = '[2025-08-20..2025-08-21]'),
		path: 'events[1].date',
		message: /sets \(\[\.\.\] one of a set\) are not supported/
	},
	{
		name: 'an unsupported EDTF season',
		mutate: (d) => (d.events[1].date = '2025-21'),
		path: 'events[1].date',
		message: /seasons and quarters \(21-41\) are not supported/
	},
	{
		name: 'a time of day',
		mutate: (d) => (d.events[4].date = '2025-08-15T12:00:00'),
		path: 'events[4].date',
		message: /times of day are not supported/
	},
	{
		name: 'an invalid source publication date',
		mutate: (d) => (d.sources[0].published = '20 August 2025'),
		path: 'sources[0].published',
		message: /is not a valid EDTF date/
	},
	{
		name: 'a null date on an event that occurred',
		mutate: (d) => (d.events[4].date = null),
		path: 'events[4].date',
		message: /^is null, but only an unscheduled \(proposed or planned\) event may have no date/
	},
	{
		name: 'a relative date without datePhrase',
		mutate: (d) => delete d.events[2].datePhrase,
		path: 'events[2].datePhrase',
		message: /is required when dateBasis is "relative"/
	},
	{
		name: 'an external date without dateNote',
		mutate: (d) => delete d.events[4].dateNote,
		path: 'events[4].dateNote',
		message: /is required when dateBasis is "external"/
	},
	{
		name: 'a datePhrase that is in none of the quotes',
		mutate: (d) => (d.events[2].datePhrase = 'Tuesday'),
		path: 'events[2].datePhrase',
		message: /^"Tuesday" does not appear in any of the event’s quotes/
	},
	{
		name: 'a sha256 that does not match the snapshot',
		mutate: (d) => (d.sources[0].sha256 = '0'.repeat(64)),
		path: 'sources[0].sha256',
		message: new RegExp(`^does not match data/sources/mini\\.txt \\(its SHA-256 is ${sha256(readFileSync(join(fixtures, 'sources/mini.txt')))}\\)`)
	},
	{
		name: 'a snapshot that changed after it was hashed',
		mutate: () => {},
		sources: new Map([['mini.txt', { text: mini.replace('officials said', 'officials say'), sha256: sha256(mini.replace('officials said', 'officials say')) }]]),
		path: 'sources[0].sha256',
		message: /^does not match data\/sources\/mini\.txt/
	},
	{
		name: 'a sha256 that is not 64 lower-case hex digits',
		mutate: (d) => (d.sources[0].sha256 = d.sources[0].sha256.toUpperCase()),
		path: 'sources[0].sha256',
		message: /must be 64 lower-case hex digits/
	},
	{
		name: 'a missing snapshot file',
		mutate: (d) => (d.sources[0].file = 'missing.txt'),
		path: 'sources[0].file',
		message: /^data\/sources\/missing\.txt does not exist/
	},
	{
		name: 'a snapshot path outside data/sources',
		mutate: (d) => (d.sources[0].file = '../secrets.txt'),
		path: 'sources[0].file',
		message: /must be a plain \.txt file name/
	},
	{
		name: 'an id that is not the file name',
		mutate: () => {},
		file: 'data/timelines/other-name.json',
		path: 'id',
		message: /^is "valid" but the file is named "other-name\.json"; the id must equal the file name/
	},
	{
		name: 'a javascript: URL on a source',
		mutate: (d) => (d.sources[0].url = 'javascript:alert(1)'),
		path: 'sources[0].url',
		message: /must be an http\(s\) URL/
	},
	{
		name: 'an ftp URL on a source',
		mutate: (d) => (d.sources[0].url = 'ftp://example.com/article.txt'),
		path: 'sources[0].url',
		message: /must be an http\(s\) URL/
	},
	{
		name: 'a view that ends before it starts',
		mutate: (d) => (d.view = { from: '2025-08-22', to: '2025-08-14' }),
		path: 'view',
		message: /^ends before it starts/
	},
	{
		name: 'an invalid view date',
		mutate: (d) => (d.view.to = 'soon'),
		path: 'view.to',
		message: /"soon" is not a valid EDTF date/
	},
	{
		name: 'a language that is not a BCP 47 tag',
		mutate: (d) => (d.language = 'English'),
		path: 'language',
		message: /must be a BCP 47 language tag/
	},
	{
		name: 'an event with no citations',
		mutate: (d) => (d.events[0].citations = []),
		path: 'events[0].citations',
		message: /needs at least one citation/
	},
	{
		name: 'a title of only white space',
		mutate: (d) => (d.events[0].title = '   '),
		path: 'events[0].title',
		message: /must not be empty/
	}
];

describe('invalid timelines', () => {
	it.each(invalid)('reports $name at $path', ({ mutate, path, message, file = 'valid.json', sources = store }) => {
		const result = validate(variant(mutate), file, sources);
		expect(result.timeline).toBeNull();
		expect(result.issues).toHaveLength(1);
		const [issue] = result.issues as [Issue];
		expect(issue.path).toBe(path);
		expect(issue.message).toMatch(message);
		expect(issue.severity).toBe('error');
		expect(issue.file).toBe(file);
	});

	it('accepts the quote that occurred twice once a prefix is added', () => {
		const ambiguous = variant((d) => delete d.events[2].citations[1].prefix);
		expect(validate(ambiguous).issues.map((i) => i.path)).toEqual(['events[2].citations[1].quote']);
		ambiguous.events[2].citations[1].prefix = 'guarantor. ';
		const { timeline, issues } = validate(ambiguous);
		expect(issues).toEqual([]);
		const c = timeline!.events.find((e) => e.id === 'white-house-meeting')!.citations[1]!;
		expect(c.start).toBe(mini.indexOf('guarantor. The talks') + 'guarantor. '.length);
	});

	it('gives no near-match hint when the folded quote is not unique either', () => {
		const input = variant((d) => (d.events[2].citations[1] = { source: 'mini', quote: 'THE TALKS LASTED ABOUT AN HOUR.' }));
		const [issue] = validate(input).issues;
		expect(issue!.path).toBe('events[2].citations[1].quote');
		expect(issue!.message).not.toMatch(/near match/);
	});

	it('reports every problem, not just the first', () => {
		const input = variant((d) => {
			d.events[2].actors.push('emmanuel-macron');
			d.events[4].citations[0].source = 'jordan-news';
			d.view = { from: '2025-08-22', to: '2025-08-14' };
		});
		const { timeline, issues } = validate(input);
		expect(timeline).toBeNull();
		expect(issues.map((i) => i.path).sort()).toEqual(['events[2].actors[2]', 'events[4].citations[0].source', 'view']);
	});

	it('rejects input that is not an object at all', () => {
		const { timeline, issues } = validate([]);
		expect(timeline).toBeNull();
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ path: '', severity: 'error', message: expect.stringMatching(/expected object/) });
	});
});

describe('orderEvents', () => {
	const at = (min: number, max: number): DateSpan => ({ type: 'point', edtf: 'x', min, max } as DateSpan);
	const none: DateSpan = { type: 'unscheduled', edtf: null };

	it('orders by start, then end, then file order; unscheduled last in file order', () => {
		const events = [
			{ id: 'u1', span: none },
			{ id: 'b-long', span: at(10, 30) },
			{ id: 'u2', span: none },
			{ id: 'b-short', span: at(10, 20) },
			{ id: 'a', span: at(5, 40) },
			{ id: 'b-short-too', span: at(10, 20) }
		];
		expect(orderEvents(events).map((e) => e.id)).toEqual(['a', 'b-short', 'b-short-too', 'b-long', 'u1', 'u2']);
	});
});

describe('formatPath and formatIssue', () => {
	it.each([
		[['events', 1, 'citations', 0, 'quote'], 'events[1].citations[0].quote'],
		[['sources', 0, 'sha256'], 'sources[0].sha256'],
		[['view', 'from'], 'view.from'],
		[['id'], 'id'],
		[[], '']
	] as [PropertyKey[], string][])('formats %j as %j', (path, expected) => {
		expect(formatPath(path)).toBe(expected);
	});

	it('prints file: severity: path: message', () => {
		const issue: Issue = { severity: 'error', file: 'data/timelines/a.json', path: 'events[1].id', message: 'is wrong' };
		expect(formatIssue(issue)).toBe('data/timelines/a.json: error: events[1].id: is wrong');
	});

	it('leaves out the path when the issue is about the whole file', () => {
		expect(formatIssue({ severity: 'warning', file: 'a.json', path: '', message: 'is odd' })).toBe('a.json: warning: is odd');
	});
});

describe('readJson', () => {
	it('returns the parsed value of a valid file', () => {
		const result = readJson(join(fixtureTimelines, 'valid.json'));
		expect('value' in result && (result.value as { id: string }).id).toBe('valid');
	});

	it('names the line and column of a syntax error', () => {
		// syntax-error.json: line 3 has no trailing comma, so line 4 column 2 (after a tab) is unexpected.
		const result = readJson(join(fixtureTimelines, 'syntax-error.json'));
		expect(result).toEqual({ error: expect.stringMatching(/^is not valid JSON \(line 4, column 2\): /) });
	});

	it('throws for a file that does not exist', () => {
		expect(() => readJson(join(fixtureTimelines, 'no-such-file.json'))).toThrow();
	});
});

describe('checkFiles on fixture files', () => {
	const files = ['valid.json', 'syntax-error.json', 'unknown-actor.json', 'no-such-file.json'].map((f) => join(fixtureTimelines, f));

	it('reports each bad file by its name relative to the root, and resolves the good one', () => {
		const { timelines, issues } = checkFiles(fixtures, files);
		expect(timelines.map((t) => t.id)).toEqual(['valid']);
		expect(issues).toHaveLength(3);
		expect(issues[0]).toEqual({
			severity: 'error',
			file: 'timelines/syntax-error.json',
			path: '',
			message: expect.stringMatching(/^is not valid JSON \(line 4, column 2\)/)
		});
		expect(issues[1]).toEqual({
			severity: 'error',
			file: 'timelines/unknown-actor.json',
			path: 'events[2].actors[2]',
			message: expect.stringMatching(/^unknown actor "emmanuel-macron"/)
		});
		expect(issues[2]).toMatchObject({ severity: 'error', file: 'timelines/no-such-file.json', path: '', message: expect.stringMatching(/^cannot be read/) });
		expect(formatIssue(issues[1]!)).toMatch(/^timelines\/unknown-actor\.json: error: events\[2\]\.actors\[2\]: unknown actor "emmanuel-macron"/);
	});

	describe('on a project directory, as the build calls it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-check-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));
		mkdirSync(join(dir, 'data/timelines'), { recursive: true });
		mkdirSync(join(dir, 'data/sources'), { recursive: true });
		copyFileSync(join(fixtures, 'sources/mini.txt'), join(dir, 'data/sources/mini.txt'));
		copyFileSync(join(fixtureTimelines, 'valid.json'), join(dir, 'data/timelines/valid.json'));
		copyFileSync(join(fixtureTimelines, 'unknown-actor.json'), join(dir, 'data/timelines/unknown-actor.json'));

		it('checks every file in data/timelines and fails on the invalid one', () => {
			expect(listTimelineFiles(join(dir, 'data/timelines')).map((f) => f.slice(dir.length + 1))).toEqual([
				'data/timelines/unknown-actor.json',
				'data/timelines/valid.json'
			]);
			const { timelines, issues } = checkFiles(dir);
			expect(timelines.map((t) => t.id)).toEqual(['valid']);
			expect(issues.map(formatIssue)).toEqual([
				expect.stringMatching(/^data\/timelines\/unknown-actor\.json: error: events\[2\]\.actors\[2\]: unknown actor "emmanuel-macron"/)
			]);
		});
	});
});

describe('the real timeline in data/timelines', () => {
	let cached: ReturnType<typeof checkFiles> | undefined;
	const check = () => (cached ??= checkFiles(root));
	const timeline = () => {
		const t = check().timelines.find((x) => x.id === 'trump-steps-back-2025-08');
		expect(t, 'trump-steps-back-2025-08 did not validate').toBeDefined();
		return t!;
	};

	it('exists', () => {
		expect(listTimelineFiles(join(root, 'data/timelines')).length).toBeGreaterThan(0);
	});

	it('validates with no errors or warnings (notes explain relative dates)', () => {
		expect(check().issues.filter((i) => i.severity !== 'note').map(formatIssue)).toEqual([]);
		expect(check().timelines.length).toBe(listTimelineFiles(join(root, 'data/timelines')).length);
	});

	it('has at least 15 events, in time order with the unscheduled ones last', () => {
		const events = timeline().events;
		expect(events.length).toBeGreaterThanOrEqual(15);
		const firstUnscheduled = events.findIndex((e) => e.span.type === 'unscheduled');
		if (firstUnscheduled !== -1) expect(events.slice(firstUnscheduled).every((e) => e.span.type === 'unscheduled')).toBe(true);
		const dated = events.filter((e) => e.span.type !== 'unscheduled').map((e) => (e.span as { min: number }).min);
		expect(dated).toEqual([...dated].sort((a, b) => a - b));
	});

	it('includes the Alaska summit, the 40-minute call, the White House meetings and the unscheduled bilateral meeting', () => {
		const events = timeline().events;
		const words = (e: (typeof events)[number]) => [e.title, e.summary, ...e.citations.map((c) => c.quote)].join(' ');
		expect(events.some((e) => /Alaska/.test(e.title))).toBe(true);
		expect(events.some((e) => e.kind === 'call' && /\b40(-| )minute/.test(words(e)))).toBe(true);
		expect(events.some((e) => e.kind === 'meeting' && /White House/.test(words(e) + ' ' + (e.place ?? '')))).toBe(true);
		expect(
			events.some((e) => e.span.type === 'unscheduled' && e.status === 'proposed' && /bilateral/i.test(e.title + ' ' + e.summary))
		).toBe(true);
	});

	it('locates every quote in its source snapshot', () => {
		const t = timeline();
		const sources = readSources(join(root, 'data/sources'));
		for (const e of t.events)
			for (const c of e.citations) {
				const file = t.sources.find((s) => s.id === c.source)!.file;
				expect(sources.get(file)!.text.slice(c.start, c.end)).toBe(c.quote);
				expect(c.anchor).toMatch(new RegExp(`^cite-${t.id}--${e.id}--\\d+$`));
			}
	});
});
