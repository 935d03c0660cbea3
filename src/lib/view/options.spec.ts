import fc from 'fast-check';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTimeline } from '../../../scripts/bench/generate.ts';
import { subsetOf } from '../model/subset.ts';
import { validateTimeline } from '../model/validate.ts';
import { checkFiles } from '../server/check.ts';
import { defaultOptions, filterTimeline, optionsQuery, parseViewOptions, passesFilters, sameOptions } from './options.ts';
import { escapeAttribute, iframeSnippet, loaderSnippet } from './snippets.ts';

const timeline = checkFiles(resolve(import.meta.dirname, '../../..')).timelines[0]!;
const parse = (q: string) => parseViewOptions(new URLSearchParams(q), timeline);

describe('parseViewOptions', () => {
	it('gives the defaults for an empty query', () => {
		expect(parse('')).toEqual({ options: defaultOptions(), warnings: [] });
	});

	it.each([
		['event=alaska-summit', { event: 'alaska-summit' }],
		['parties=russia,ukraine', { parties: ['russia', 'ukraine'] }],
		['parties=russia,russia', { parties: ['russia'] }],
		['kinds=call,meeting', { kinds: ['call', 'meeting'] }],
		['from=2025-08-18&to=2025-08-19', { window: [Date.UTC(2025, 7, 18), Date.UTC(2025, 7, 20)] }],
		['from=2025-08&to=2025-08', { window: [Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 1)] }],
		['theme=dark', { theme: 'dark' }],
		['list=1&controls=0', { list: true, controls: false }],
		['list=true&controls=false', { list: true, controls: false }]
	])('accepts %s', (q, expected) => {
		const { options, warnings } = parse(q);
		expect(warnings).toEqual([]);
		expect(options).toEqual({ ...defaultOptions(), ...expected });
	});

	it.each([
		['event=no-such-event', /^event: no event "no-such-event"/],
		['event=%3Cscript%3Ealert(1)%3C%2Fscript%3E', /^event: no event "<script>alert\(1\)<\/script>"/],
		['parties=atlantis', /^parties: "atlantis" is not one of united-states, russia/],
		['kinds=coup', /^kinds: "coup" is not one of meeting, call/],
		['from=yesterday&to=2025-08-19', /^from: "yesterday" is not an EDTF date/],
		['from=2025-08-19&to=2025-08-18', /^from\/to: "to" is not after "from"/],
		['from=2025-08-19', /^from\/to: give both/],
		['theme=javascript:alert(1)', /^theme: "javascript:alert\(1\)" is not one of light, dark, auto/],
		['list=maybe', /^list: "maybe" is not 1\/0/],
		['controls=2', /^controls: "2" is not 1\/0/],
		['colour=red', /^unknown option "colour"/],
		[`event=${'a'.repeat(600)}`, /^event: longer than 500 characters/]
	])('ignores %s with a warning', (q, warning) => {
		const { options, warnings } = parse(q);
		expect(warnings.some((w) => warning.test(w))).toBe(true);
		expect(options).toEqual(defaultOptions());
	});

	it('reads an empty list as "none", without a warning (the page then says nothing matches)', () => {
		for (const q of ['parties=', 'parties=%20,', 'kinds=']) {
			const { options, warnings } = parse(q);
			expect(warnings).toEqual([]);
			expect(q.startsWith('kinds') ? options.kinds : options.parties).toEqual([]);
		}
		expect(filterTimeline(timeline, { parties: [], kinds: null }).events).toEqual([]);
		expect(optionsQuery({ ...defaultOptions(), kinds: [] })).toBe('?kinds=');
	});

	it('keeps the valid part of a list and warns about the rest', () => {
		const { options, warnings } = parse('parties=russia,atlantis');
		expect(options.parties).toEqual(['russia']);
		expect(warnings).toEqual(['parties: "atlantis" is not one of united-states, russia, ukraine, europe-nato; ignored']);
	});
});

describe('sameOptions', () => {
	it('holds for equal options parsed twice, and for the defaults', () => {
		const q = 'event=alaska-summit&parties=russia,ukraine&kinds=call&from=2025-08-18&to=2025-08-19&theme=dark&list=1&controls=false';
		expect(sameOptions(parse(q).options, parse(q).options)).toBe(true);
		expect(sameOptions(parse('').options, defaultOptions())).toBe(true);
	});

	it.each(['event=alaska-summit', 'parties=russia', 'parties=', 'kinds=call', 'from=2025-08-18&to=2025-08-19', 'theme=dark', 'list=1', 'controls=false'])(
		'tells %s from the defaults',
		(q) => {
			expect(sameOptions(parse(q).options, defaultOptions())).toBe(false);
			expect(sameOptions(defaultOptions(), parse(q).options)).toBe(false);
		}
	);

	it('compares lists and windows by value, in order', () => {
		expect(sameOptions(parse('parties=russia,ukraine').options, parse('parties=ukraine,russia').options)).toBe(false);
		expect(sameOptions(parse('from=2025-08-18&to=2025-08-19').options, parse('from=2025-08-18&to=2025-08-20').options)).toBe(false);
	});
});

describe('filterTimeline', () => {
	it('keeps events with a chosen party, and only the chosen lanes', () => {
		const t = filterTimeline(timeline, { parties: ['russia'], kinds: null });
		expect(t.parties.map((p) => p.id)).toEqual(['russia']);
		expect(t.events.length).toBeGreaterThan(3);
		expect(t.events.every((e) => e.parties.length === 1 && e.parties[0] === 'russia')).toBe(true);
		expect(t.events.map((e) => e.id)).toContain('trump-putin-call');
	});

	it('keeps events of the chosen kinds', () => {
		const t = filterTimeline(timeline, { parties: null, kinds: ['call'] });
		expect(t.events.map((e) => e.id)).toEqual(['trump-putin-call']);
		expect(t.parties).toBe(timeline.parties);
	});

	it('returns the timeline itself without filters', () => {
		expect(filterTimeline(timeline, { parties: null, kinds: null })).toBe(timeline);
	});

	it('keeps an event whose parties are all chosen as it is, and copies one that loses a party', () => {
		const both = timeline.events.find((e) => e.parties.length > 1)!;
		const one = timeline.events.find((e) => e.parties.length === 1 && e.parties[0] !== both.parties[0])!;
		const t = filterTimeline(timeline, { parties: [...both.parties.slice(1), one.parties[0]!], kinds: null });
		expect(t.events.find((e) => e.id === one.id)).toBe(one);
		const narrowed = t.events.find((e) => e.id === both.id)!;
		expect(narrowed).not.toBe(both);
		expect(narrowed.parties).toEqual(both.parties.slice(1));
		expect(both.parties.length).toBeGreaterThan(narrowed.parties.length);
	});

	it('keeps exactly the events passesFilters accepts, in order, for any choice of parties and kinds', () => {
		const t = validateTimeline(generateTimeline(600), 'bench-600.json', new Map()).timeline!;
		const kinds = [...new Set(t.events.map((e) => e.kind))];
		fc.assert(
			fc.property(fc.option(fc.subarray(t.parties.map((p) => p.id))), fc.option(fc.subarray(kinds)), (parties, chosenKinds) => {
				const filters = { parties, kinds: chosenKinds };
				const shown = filterTimeline(t, filters);
				expect(shown.events.map((e) => e.id)).toEqual(t.events.filter((e) => passesFilters(e, filters)).map((e) => e.id));
				for (const e of shown.events) expect(e.parties.length > 0 && e.parties.every((p) => !parties || parties.includes(p))).toBe(true);
				// Which events it kept is on record, for the chart's indexes (model/subset.ts).
				const subset = subsetOf(shown);
				if (!parties && !chosenKinds) expect(subset).toBeUndefined();
				else {
					expect(subset!.parent).toBe(t);
					expect([...subset!.kept].map((i) => t.events[i]!.id)).toEqual(shown.events.map((e) => e.id));
					expect(subset!.partiesOnly).toBe(!chosenKinds);
				}
			}),
			{ numRuns: 60 }
		);
	});
});

describe('optionsQuery', () => {
	it('round-trips through parseViewOptions', () => {
		const q = 'event=levin-interview&parties=united-states&kinds=interview&from=2025-08-18&to=2025-08-19&theme=dark&list=1&controls=0';
		const { options } = parse(q);
		expect(optionsQuery(options)).toBe(`?${q}`);
		expect(parse(optionsQuery(options).slice(1)).options).toEqual(options);
	});

	it('is empty for the defaults', () => {
		expect(optionsQuery(defaultOptions())).toBe('');
	});

	it('keeps a language asked for in the URL, which is not a view option to warn about', () => {
		expect(optionsQuery(defaultOptions(), 'ar')).toBe('?lang=ar');
		const { options, warnings } = parse('event=levin-interview&lang=uk');
		expect(warnings).toEqual([]);
		expect(optionsQuery(options, 'uk')).toBe('?event=levin-interview&lang=uk');
	});
});

describe('embed snippets', () => {
	const input = { origin: 'https://dateline.example', slug: 'a-b', title: 'Say "hi" <now> & then', query: '?event=x&list=1' };

	it('escapeAttribute escapes what could end an attribute or start a tag', () => {
		expect(escapeAttribute(`"'<>&`)).toBe(`&quot;'&lt;&gt;&amp;`);
	});

	it('iframeSnippet gives a titled, lazy iframe with escaped attributes', () => {
		expect(iframeSnippet(input)).toBe(
			'<iframe src="https://dateline.example/embed/a-b?event=x&amp;list=1" title="Timeline: Say &quot;hi&quot; &lt;now&gt; &amp; then" width="100%" height="640" style="border:0" loading="lazy"></iframe>'
		);
	});

	it('loaderSnippet gives the div and the script, with the hash option on request', () => {
		const plain = loaderSnippet(input);
		expect(plain).toContain('<div data-dateline="https://dateline.example/embed/a-b?event=x&amp;list=1"');
		expect(plain).not.toContain('data-dateline-hash');
		expect(plain).toContain('<script async src="https://dateline.example/embed.js"></script>');
		expect(loaderSnippet(input, true)).toContain(' data-dateline-hash></div>');
	});
});
