import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSourceUrl, loadRemoteTimeline } from './load.ts';

const real = readFileSync(resolve(import.meta.dirname, '../../../data/timelines/trump-steps-back-2025-08.json'), 'utf8');
const SRC = 'https://news.example/timeline.json';

const answer =
	(body: BodyInit | null, init: ResponseInit = {}): typeof fetch =>
	async () =>
		new Response(body, init);

describe('checkSourceUrl', () => {
	it.each([
		['https://news.example/t.json', true],
		['http://news.example/t.json', true],
		['javascript:alert(1)', false],
		['data:application/json,{}', false],
		['file:///etc/passwd', false],
		['/relative.json', false],
		['https://user:pw@news.example/t.json', false]
	])('%s → %s', (src, ok) => {
		expect(checkSourceUrl(src) !== null).toBe(ok);
	});
});

describe('loadRemoteTimeline', () => {
	it('loads and validates a timeline; its quotes are unverified, with a warning per source', async () => {
		const result = await loadRemoteTimeline(SRC, { fetch: answer(real) });
		expect(result.timeline?.events.length).toBe(22);
		expect(result.timeline?.events.every((e) => e.citations.every((c) => !c.verified && c.start === -1))).toBe(true);
		expect(result.issues.filter((i) => i.severity !== 'note')).toEqual([
			expect.objectContaining({ severity: 'warning', file: SRC, path: 'sources[0].file', message: expect.stringMatching(/not available here.*unverified/) })
		]);
	});

	it.each([
		['a non-http(s) src', 'javascript:alert(1)', answer(real), /must be an absolute http/],
		['a network or CORS failure', SRC, (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch, /could not be fetched.*CORS/],
		['an HTTP error', SRC, answer('gone', { status: 404, statusText: 'Not Found' }), /answered 404 Not Found/],
		['not JSON', SRC, answer('<html>hello</html>'), /is not valid JSON \(line 1, column 1\)/],
		['a declared size over the limit', SRC, answer('{}', { headers: { 'content-length': String(20 * 1024 * 1024) } }), /larger than 10 MB/]
	])('reports %s', async (_, src, fetch, message) => {
		const result = await loadRemoteTimeline(src, { fetch });
		expect(result.timeline).toBeNull();
		expect(result.issues).toHaveLength(1);
		expect(result.issues[0]!.message).toMatch(message);
	});

	it('stops reading a body that grows past the limit', async () => {
		const big = 'x'.repeat(2000);
		const result = await loadRemoteTimeline(SRC, { fetch: answer(big), maxBytes: 1000 });
		expect(result.issues[0]!.message).toMatch(/larger than/);
	});

	it('gives up after the time limit', async () => {
		const hang: typeof fetch = (_url, init) =>
			new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
		const result = await loadRemoteTimeline(SRC, { fetch: hang, timeoutMs: 50 });
		expect(result.issues[0]!.message).toBe('no answer within 0.05 seconds');
	});

	it('lists every validation problem with its JSON path', async () => {
		const json = JSON.parse(real);
		json.events[2].date = 'soon';
		delete json.events[5].title;
		const result = await loadRemoteTimeline(SRC, { fetch: answer(JSON.stringify(json)) });
		expect(result.timeline).toBeNull();
		expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['events[5].title']));
	});
});
