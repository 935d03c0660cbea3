/**
 * SVG snapshot of the chart as the server renders it (Observable Plot-style): the <svg> element,
 * normalised so that a reviewer can read the diff, compared with a committed file. Update the file
 * with `vitest run -u` after an intended change to the drawing, and look at the diff.
 */
import { resolve } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../model/validate.ts';
import { checkFiles } from '../server/check.ts';
import Chart from './Chart.svelte';

const root = resolve(import.meta.dirname, '../../..');
const timeline = checkFiles(root).timelines.find((t) => t.id === 'trump-steps-back-2025-08')!;

/** Numbers with a fraction or an exponent; integers (as in ids like "...-2025-08-time") stay as they are. */
const FRACTIONAL = /(?<![\d.])-?(?:\d*\.\d+(?:e[-+]?\d+)?|\d+e[-+]?\d+)/gi;

function round(value: string): string {
	return value.replace(FRACTIONAL, (n) => {
		const r = Math.round(Number(n) * 100) / 100;
		return String(Object.is(r, -0) ? 0 : r);
	});
}

interface Element {
	name: string;
	attrs: string;
	children: (Element | string)[];
}

/** The first <svg> element of the HTML, without Svelte's hydration comments, one element per line. */
function normaliseSvg(html: string): string {
	const start = html.indexOf('<svg');
	// The chart nests no <svg>, so the first </svg> closes it.
	const end = html.indexOf('</svg>', start);
	if (start < 0 || end < start) throw new Error('no <svg> element in the HTML');
	const svg = html.slice(start, end + '</svg>'.length).replace(/<!--[\s\S]*?-->/g, '');

	// Class names Svelte derives from a component's CSS change with the CSS; number them in order.
	const hashes = new Map<string, string>();
	const renumbered = svg.replace(/\bsvelte-[a-z0-9]{4,}\b/g, (h) => hashes.get(h) ?? hashes.set(h, `svelte-${hashes.size + 1}`).get(h)!);

	const top: Element = { name: '', attrs: '', children: [] };
	const stack = [top];
	for (const [token] of renumbered.matchAll(/<[^>]+>|[^<]+/g)) {
		const parent = stack.at(-1)!;
		if (token.startsWith('</')) {
			const name = token.slice(2, -1).trim();
			if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
			stack.pop();
		} else if (token.startsWith('<')) {
			const selfClosing = token.endsWith('/>');
			const [, name = '', rest = ''] = /^<([^\s/>]+)([\s\S]*?)\/?>$/.exec(token) ?? [];
			const attrs = [...rest.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, k, v]) => (v === undefined ? ` ${k}` : ` ${k}="${round(v)}"`)).join('');
			const element: Element = { name, attrs, children: [] };
			parent.children.push(element);
			if (!selfClosing) stack.push(element);
		} else if (token.trim() !== '') parent.children.push(token);
	}
	if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is not closed`);

	const lines: string[] = [];
	const print = (e: Element, depth: number) => {
		const indent = '\t'.repeat(depth);
		if (e.children.length === 0) lines.push(`${indent}<${e.name}${e.attrs}/>`);
		else if (e.children.every((c) => typeof c === 'string')) lines.push(`${indent}<${e.name}${e.attrs}>${e.children.join('')}</${e.name}>`);
		else {
			lines.push(`${indent}<${e.name}${e.attrs}>`);
			for (const c of e.children) typeof c === 'string' ? lines.push(`${indent}\t${c}`) : print(c, depth + 1);
			lines.push(`${indent}</${e.name}>`);
		}
	};
	for (const c of top.children) if (typeof c !== 'string') print(c, 0);
	return lines.join('\n') + '\n';
}

describe('normaliseSvg', () => {
	it('keeps the svg element only, strips comments, rounds fractions in attributes and puts one element per line', () => {
		const html = '<div><p>x</p><svg width="960" id="tl-a-2025-08"><!--[--><g class="e"><circle cx="1.23456" cy="-0.001" r="6"></circle><text x="12.5">Aug 18</text><path d="M1.005,2.25l3.333,-4.5z"></path></g><!--]--></svg><svg></svg></div>';
		expect(normaliseSvg(html)).toBe(
			[
				'<svg width="960" id="tl-a-2025-08">',
				'\t<g class="e">',
				'\t\t<circle cx="1.23" cy="0" r="6"/>',
				'\t\t<text x="12.5">Aug 18</text>',
				'\t\t<path d="M1,2.25l3.33,-4.5z"/>',
				'\t</g>',
				'</svg>',
				''
			].join('\n')
		);
	});

	it('fails on HTML without an svg element', () => {
		expect(() => normaliseSvg('<div></div>')).toThrow('no <svg> element');
	});

	it('fails on unbalanced tags', () => {
		expect(() => normaliseSvg('<svg><g></svg>')).toThrow('closes <g>');
	});
});

describe('Chart.svelte rendered on the server', () => {
	// The chart's width is ChartView's default, 960 px, on the server: Chart takes no width prop and
	// bind:clientWidth only runs in the browser. So only the 960 px drawing is snapshotted here.
	const { body } = render(Chart, { props: { timeline, selectedId: null, onselect: () => {} } });
	const svg = normaliseSvg(body);

	it('draws every event once, in order', () => {
		const ids = [...svg.matchAll(/data-event-id="([^"]*)"/g)].map((m) => m[1]);
		expect(ids).toHaveLength(22);
		expect(ids).toEqual(timeline.events.map((e) => e.id));
	});

	it('draws one lane per party', () => {
		expect(svg.match(/<rect class="lane-bg/g)).toHaveLength(timeline.parties.length);
	});

	it('matches the committed drawing at 960 px', async () => {
		expect(svg).toMatch(/^<svg width="960" /);
		await expect(svg).toMatchFileSnapshot('./__snapshots__/chart-960.svg');
	});
});

describe('a dense chart rendered on the server', () => {
	// 600 events in one lane: more than MARK_LIMIT in view, so the lane is a density strip and only
	// pinned (and unscheduled) events get a full mark.
	const day = (k: number) => new Date(Date.UTC(2020, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
	const { timeline: dense } = validateTimeline(
		{
			version: 1,
			id: 'dense',
			title: 'Dense',
			description: 'Dense.',
			language: 'en',
			unverified: true,
			sources: [],
			parties: [{ id: 'p0', label: 'Party 0', order: 0 }],
			actors: [{ id: 'a0', name: 'Actor 0', role: 'Envoy', party: 'p0' }],
			events: Array.from({ length: 600 }, (_, i) => ({
				id: `e${i}`,
				title: `Event ${i}`,
				summary: 'Something happened.',
				kind: 'meeting',
				status: 'occurred',
				date: day(i),
				dateBasis: 'stated',
				actors: ['a0'],
				citations: []
			}))
		},
		'https://x.example/dense.json',
		new Map(),
		{ requireSnapshots: false }
	);
	const ids = (selectedId: string | null) =>
		[...render(Chart, { props: { timeline: dense!, selectedId, onselect: () => {} } }).body.matchAll(/data-event-id="([^"]*)"/g)].map((m) => m[1]);

	// The keyboard starts on the first event (or the selected one), which is always drawn: the server
	// draws it too, so hydration finds the mark there and need not lay the chart out again to add it.
	it('draws the full mark the keyboard starts on: the first event', () => {
		expect(ids(null)).toEqual(['e0']);
	});

	it('draws the selected event instead, when there is one', () => {
		expect(ids('e400')).toEqual(['e400']);
	});
});
