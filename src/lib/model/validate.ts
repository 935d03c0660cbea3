/**
 * The one validator: schema, unique ids, references, dates, snapshot hashes and quotes. Used by
 * `npm run validate`, the build (vite plugin and page loads) and the tests. Pure: the caller reads
 * files and hashes them, so the same code can run in a browser.
 */
import { DateError, parseDate, type DateSpan } from './dates.ts';
import { citationAnchor, type Citation, type Timeline, type TimelineEvent } from './model.ts';
import { matchPassage, nearMatch } from './passages.ts';
import { checkRelativeDate } from './relative.ts';
import { codePointOffsets, countFolded, foldIndexed, textFragmentOrAmbiguity, type Folded } from './fragments.ts';
import { checkStrings, joinPath } from './text-checks.ts';
import { timelineSchema, type CitationEntry, type PassageSelector, type TimelineFile } from './schema.ts';

export interface Issue {
	/** Errors fail validation; warnings and notes are printed. */
	severity: 'error' | 'warning' | 'note';
	file: string;
	/** JSON path, e.g. `events[3].citations[0].quote`; empty for the whole file. */
	path: string;
	message: string;
}

/** A source snapshot as read from data/sources/: its text and the SHA-256 (hex) of its bytes. */
export interface SourceText {
	text: string;
	sha256: string;
}

/** Snapshots by file name (e.g. `article.txt`). */
export type SourceStore = ReadonlyMap<string, SourceText>;

export interface ValidationResult {
	timeline: Timeline | null;
	issues: Issue[];
}

export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((at, key) => joinPath(at, key), '');
}

export function formatIssue(issue: Issue): string {
	return `${issue.file}: ${issue.severity}: ${issue.path ? issue.path + ': ' : ''}${issue.message}`;
}

export interface ValidateOptions {
	/**
	 * Whether every source's snapshot must be in the store (true for data/ on disk). A timeline
	 * loaded from elsewhere passes false: its quotes are then kept as unverified, with a warning.
	 */
	requireSnapshots?: boolean;
}

export function validateTimeline(input: unknown, file: string, sources: SourceStore, { requireSnapshots = true }: ValidateOptions = {}): ValidationResult {
	const issues: Issue[] = [];
	const report = (path: string, message: string, severity: Issue['severity'] = 'error') =>
		issues.push({ severity, file, path, message });

	for (const p of checkStrings(input)) report(p.path, p.message);
	const parsed = timelineSchema.safeParse(input);
	if (!parsed.success) {
		for (const zi of parsed.error.issues) {
			// One problem per unknown field, at the field's own path.
			if (zi.code === 'unrecognized_keys' && zi.keys) for (const key of zi.keys) report(formatPath([...zi.path, key]), schemaMessage({ ...zi, keys: [key] }));
			else report(formatPath(zi.path), schemaMessage(zi));
		}
		return { timeline: null, issues };
	}
	const data = parsed.data;
	// A file in data/timelines is named after its id (the slug); a timeline from a URL may be named anything.
	const expectedId = file.split('/').pop()?.replace(/\.json$/, '');
	if (expectedId && file.endsWith('.json') && !file.includes('://') && data.id !== expectedId)
		report('id', `is "${data.id}" but the file is named "${expectedId}.json"; the id must equal the file name (the slug)`);

	uniqueIds(data, report);
	dependencyCycles(data, report);
	if (data.events.length === 1)
		report('events', 'has only one event; a timeline is for events in relation to each other, so it is shown, but check that none is missing', 'warning');
	// Only a timeline marked unverified (a draft, e.g. imported) may lack sources and citations.
	const fix = ' (or mark the timeline "unverified": true while it is a draft)';
	if (data.sources.length === 0 && !data.unverified) report('sources', `needs at least one source${fix}`);
	data.events.forEach((e, i) => {
		if (e.citations.length === 0 && !data.unverified) report(`events[${i}].citations`, `needs at least one citation${fix}`);
	});
	if (data.unverified) report('unverified', 'this timeline is a draft: its events are not tied to source passages', 'warning');
	const partyIds = new Set(data.parties.map((p) => p.id));
	const actorById = new Map(data.actors.map((a) => [a.id, a]));
	const eventIds = new Set(data.events.map((e) => e.id));
	const sourceById = new Map(data.sources.map((s) => [s.id, s]));
	const partyOrder = new Map(data.parties.map((p) => [p.id, p.order]));

	data.actors.forEach((a, i) => {
		if (!partyIds.has(a.party)) report(`actors[${i}].party`, `unknown party "${a.party}"; use one of: ${[...partyIds].join(', ')}`);
	});

	const texts = new Map<string, string>();
	// Each source is folded once for all its quotes (folding per quote made many quotes of a long source quadratic).
	const folds = new Map<string, Folded>();
	const foldOf = (text: string) => {
		let f = folds.get(text);
		if (!f) folds.set(text, (f = foldIndexed(text)));
		return f;
	};
	data.sources.forEach((s, i) => {
		dateOrReport(s.published, `sources[${i}].published`, report);
		const snapshot = sources.get(s.file);
		if (!snapshot && !requireSnapshots)
			return report(`sources[${i}].file`, `the snapshot ${s.file} is not available here, so quotes from this source are shown unverified`, 'warning');
		if (!snapshot) return report(`sources[${i}].file`, `data/sources/${s.file} does not exist; add the snapshot there, byte for byte`);
		if (snapshot.sha256 !== s.sha256)
			report(`sources[${i}].sha256`, `does not match data/sources/${s.file} (its SHA-256 is ${snapshot.sha256}); the snapshot changed, or update the hash if the change is intended`);
		texts.set(s.id, snapshot.text);
		s.hidden?.forEach((h, j) => locate(snapshot.text, h, s.id, `sources[${i}].hidden[${j}]`, report, foldOf));
	});

	let view: Timeline['view'] = null;
	if (data.view) {
		const from = dateOrReport(data.view.from, 'view.from', report);
		const to = dateOrReport(data.view.to, 'view.to', report);
		if (from && to && from.type !== 'unscheduled' && to.type !== 'unscheduled') {
			if (to.max <= from.min) report('view', 'ends before it starts; "to" must be later than "from"');
			else view = { min: from.min, max: to.max };
		}
	}

	const eras: Timeline['eras'] = [];
	data.eras?.forEach((era, i) => {
		const span = dateOrReport(era.date, `eras[${i}].date`, report);
		if (span && span.type !== 'unscheduled') eras.push({ id: era.id, label: era.label, min: span.min, max: span.max });
	});
	data.uncited?.forEach((u, i) => {
		const text = texts.get(u.source);
		if (!sourceById.has(u.source)) report(`uncited[${i}].source`, `unknown source "${u.source}"; use one of: ${[...sourceById.keys()].join(', ')}`);
		else if (text !== undefined) locate(text, u, u.source, `uncited[${i}]`, report, foldOf);
	});

	const events: TimelineEvent[] = [];
	data.events.forEach((e, i) => {
		const at = `events[${i}]`;
		e.actors.forEach((a, j) => {
			if (!actorById.has(a)) report(`${at}.actors[${j}]`, `unknown actor "${a}"; add it to actors[] or use one of: ${[...actorById.keys()].join(', ')}`);
		});
		e.related?.forEach((r, j) => {
			if (!eventIds.has(r.event)) report(`${at}.related[${j}].event`, `unknown event "${r.event}"`);
			else if (r.event === e.id) report(`${at}.related[${j}].event`, 'an event cannot be related to itself');
		});
		const span = dateOrReport(e.date, `${at}.date`, report);
		if (e.date === null && e.status === 'occurred')
			report(`${at}.date`, 'is null, but only an unscheduled (proposed or planned) event may have no date; give an EDTF date or change the status');
		if (e.dateBasis === 'relative' && !e.datePhrase)
			report(`${at}.datePhrase`, 'is required when dateBasis is "relative": the source’s words, e.g. "Tuesday"');
		if (e.dateBasis === 'external' && !e.dateNote)
			report(`${at}.dateNote`, 'is required when dateBasis is "external": name the reporting the date comes from');
		const citations: Citation[] = [];
		e.citations.forEach((c, j) => {
			const path = `${at}.citations[${j}]`;
			const text = texts.get(c.source);
			if (!sourceById.has(c.source)) return report(`${path}.source`, `unknown source "${c.source}"; use one of: ${[...sourceById.keys()].join(', ')}`);
			const anchor = citationAnchor(data.id, e.id, j);
			if (text === undefined) {
				// The missing snapshot is already reported (an error, or a warning when not required).
				if (!requireSnapshots) citations.push({ ...c, verified: false, start: -1, end: -1, anchor, textFragment: null });
				return;
			}
			const start = locate(text, c, c.source, path, report, foldOf);
			if (start === null) return;
			const end = start + c.quote.length;
			checkCodePoints(text, start, end, c, path, report);
			const fragment = textFragmentOrAmbiguity(text, start, end, foldOf(text));
			if (!fragment.unique)
				report(path, 'no URL text fragment finds only this passage in the original; links to the original may land on another place', 'warning');
			citations.push({ ...c, verified: true, start, end, anchor, textFragment: fragment.fragment });
		});
		const phraseQuoted = !!e.datePhrase && e.citations.some((c) => c.quote.toLowerCase().includes(e.datePhrase!.toLowerCase()));
		if (e.datePhrase && !phraseQuoted)
			report(`${at}.datePhrase`, `"${e.datePhrase}" does not appear in any of the event’s quotes; cite the passage that dates it`);
		else if (span && e.dateBasis === 'relative' && e.datePhrase) {
			// Resolve the phrase against the publication date of the source that reports it.
			const source = sourceById.get(e.citations[0]!.source);
			const published = source ? dateOrNull(source.published) : null;
			if (published) {
				const check = checkRelativeDate(e.datePhrase, span, published);
				if (!check.ok) report(`${at}.date`, check.message);
				else if (check.note) report(`${at}.date`, check.note, 'note');
			}
		}
		let forecast: TimelineEvent['forecast'];
		if (e.forecast) {
			const f = dateOrReport(e.forecast.date, `${at}.forecast.date`, report);
			if (f && f.type !== 'unscheduled') forecast = { label: e.forecast.label, span: f };
			else if (f) report(`${at}.forecast.date`, 'must be a date or interval, not null');
		}
		if (span) {
			const parties = [...new Set(e.actors.map((a) => actorById.get(a)?.party).filter((p): p is string => !!p))];
			parties.sort((a, b) => partyOrder.get(a)! - partyOrder.get(b)!);
			const { citations: _entries, forecast: _f, ...rest } = e;
			events.push({ ...rest, span, parties, citations, ...(forecast ? { forecast } : {}) });
		}
	});

	const ok = !issues.some((i) => i.severity === 'error');
	if (!ok) return { timeline: null, issues };
	const { $schema: _s, view: _v, events: _e, eras: _r, parties, ...meta } = data;
	return {
		timeline: {
			...meta,
			eras,
			parties: [...parties].sort((a, b) => a.order - b.order),
			events: orderEvents(events),
			view
		},
		issues
	};
}

/** Time order: by earliest instant, then latest, then file order; unscheduled events last. */
export function orderEvents<T extends { span: DateSpan }>(events: T[]): T[] {
	const key = (s: DateSpan) => (s.type === 'unscheduled' ? [Infinity, Infinity] : [s.min, s.max]);
	return events
		.map((e, i) => ({ e, i, k: key(e.span) }))
		.sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.i - b.i)
		.map((x) => x.e);
}

type Report = (path: string, message: string, severity?: Issue['severity']) => void;

function dateOrNull(value: string): DateSpan | null {
	try {
		return parseDate(value);
	} catch {
		return null; // reported where the field itself is checked
	}
}

function dateOrReport(value: string | null, path: string, report: Report): DateSpan | null {
	try {
		return parseDate(value);
	} catch (e) {
		// Never throw at the caller: anything the date library trips over is a problem with the date.
		report(path, e instanceof DateError ? e.message : `"${value}" cannot be read as an EDTF date`);
		return null;
	}
}

/** The code point offsets are hints; a stale one is a warning that gives the right value. */
function checkCodePoints(text: string, start: number, end: number, c: CitationEntry, path: string, report: Report) {
	if (c.startCodePoint === undefined && c.endCodePoint === undefined) return;
	const actual = codePointOffsets(text, start, end);
	for (const key of ['startCodePoint', 'endCodePoint'] as const)
		if (c[key] !== undefined && c[key] !== actual[key])
			report(`${path}.${key}`, `is ${c[key]} but the quote is at ${actual[key]} (code points); set it to ${actual[key]}`, 'warning');
}

function locate(text: string, sel: PassageSelector, sourceId: string, path: string, report: Report, foldOf: (text: string) => Folded): number | null {
	const { starts } = matchPassage(text, sel);
	if (starts.length === 1) {
		// Browsers match text fragments ignoring case, accents and spacing: the quote must be unique that way too.
		const folded = countFolded(text, sel, foldOf(text)).length;
		if (folded > 1) {
			report(`${path}.quote`, `matches ${folded} places in source "${sourceId}" when case, accents and spacing are ignored (as browsers match text fragments); add a prefix or suffix so it matches once`);
			return null;
		}
		return starts[0]!;
	}
	if (starts.length > 1) {
		report(`${path}.quote`, `occurs ${starts.length} times in source "${sourceId}"; add a prefix or suffix (the text just before or after it) so it matches once`);
		return null;
	}
	const withContext = sel.prefix !== undefined || sel.suffix !== undefined;
	if (withContext && matchPassage(text, { quote: sel.quote }).starts.length > 0) {
		// Blame the part that breaks the match: the prefix when it fails on its own, else the suffix.
		const prefixFits = sel.prefix === undefined || matchPassage(text, { quote: sel.quote, prefix: sel.prefix }).starts.length > 0;
		const field = prefixFits ? 'suffix' : 'prefix';
		report(`${path}.${field}`, `the quote is in source "${sourceId}" but not with this ${field}; copy it exactly from the text ${field === 'prefix' ? 'just before' : 'just after'} the quote`);
		return null;
	}
	const near = nearMatch(text, sel.quote);
	report(
		`${path}.quote`,
		`not found in source "${sourceId}"; copy it exactly from the snapshot` +
			(near ? `. The source has a near match that differs in case, quote marks, dashes or spaces: "${near}"` : '')
	);
	return null;
}

/** `depends-on` must not go round in a circle: each cycle is reported once, at its first edge in file order. */
function dependencyCycles(data: TimelineFile, report: Report) {
	const index = new Map(data.events.map((e, i) => [e.id, i]));
	const edges = data.events.map((e) =>
		(e.related ?? []).flatMap((r, j) => (r.relation === 'depends-on' && index.has(r.event) && r.event !== e.id ? [{ to: index.get(r.event)!, j }] : []))
	);
	const state = new Array<0 | 1 | 2>(data.events.length).fill(0); // unvisited, on the path, done
	const reported = new Set<string>();
	for (let start = 0; start < data.events.length; start++) {
		if (state[start] !== 0) continue;
		// Iterative depth-first search; `path` holds the events on the current path.
		const path: { node: number; next: number }[] = [{ node: start, next: 0 }];
		state[start] = 1;
		while (path.length > 0) {
			const top = path[path.length - 1]!;
			const edge = edges[top.node]![top.next++];
			if (!edge) {
				state[top.node] = 2;
				path.pop();
				continue;
			}
			if (state[edge.to] === 1) {
				const from = path.findIndex((p) => p.node === edge.to);
				const cycle = path.slice(from).map((p) => p.node);
				const first = Math.min(...cycle);
				const key = [...cycle].sort((a, b) => a - b).join(',');
				if (reported.has(key)) continue;
				reported.add(key);
				// Rotate so the cycle starts at its first event in the file, and blame that event's edge.
				const at = cycle.indexOf(first);
				const ordered = [...cycle.slice(at), ...cycle.slice(0, at)];
				const next = ordered[1 % ordered.length]!;
				const j = edges[first]!.find((e) => e.to === next)!.j;
				const names = [...ordered, first].map((i) => `"${data.events[i]!.id}"`).join(' depends on ');
				report(`events[${first}].related[${j}].event`, `"depends-on" goes round in a circle: ${names}; one of these must not depend on the other`);
			} else if (state[edge.to] === 0) {
				state[edge.to] = 1;
				path.push({ node: edge.to, next: 0 });
			}
		}
	}
}

function uniqueIds(data: TimelineFile, report: Report) {
	for (const list of ['sources', 'parties', 'actors', 'events', 'eras'] as const) {
		const first = new Map<string, number>();
		(data[list] ?? []).forEach((item, i) => {
			const prev = first.get(item.id);
			if (prev === undefined) first.set(item.id, i);
			else report(`${list}[${i}].id`, `"${item.id}" is already the id of ${list}[${prev}]; ids must be unique`);
		});
	}
}

function schemaMessage(issue: { code: string; message: string; path: PropertyKey[]; keys?: string[] }): string {
	if (issue.code === 'unrecognized_keys' && issue.keys)
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against the format in the README`;
	return issue.message;
}
