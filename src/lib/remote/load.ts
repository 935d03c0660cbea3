/**
 * Loading a timeline (format v1) from another site for /view?src= and /embed?src=: http(s) only,
 * at most MAX_BYTES and TIMEOUT_MS, then the same validator as the build. Every failure becomes a
 * list of problems to show; nothing is thrown at the page.
 */
import type { Timeline } from '../model/model.ts';
import { parseJson } from '../model/json.ts';
import { validateTimeline, type Issue } from '../model/validate.ts';

export const MAX_BYTES = 10 * 1024 * 1024;
export const TIMEOUT_MS = 15_000;
export const MAX_EVENTS = 100_000;

export type RemoteResult = { timeline: Timeline; issues: Issue[] } | { timeline: null; issues: Issue[] };

export interface LoadOptions {
	fetch?: typeof fetch;
	timeoutMs?: number;
	maxBytes?: number;
}

/** The URL if it is an absolute http(s) URL without credentials, else null. */
export function checkSourceUrl(src: string): URL | null {
	try {
		const url = new URL(src);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
		if (url.username || url.password) return null;
		return url;
	} catch {
		return null;
	}
}

const problem = (file: string, message: string): RemoteResult => ({ timeline: null, issues: [{ severity: 'error', file, path: '', message }] });

async function readLimited(res: Response, maxBytes: number): Promise<string | null> {
	const declared = Number(res.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) return null;
	if (!res.body) return await res.text();
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const all = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		all.set(c, at);
		at += c.byteLength;
	}
	return new TextDecoder('utf-8', { fatal: false }).decode(all);
}

export async function loadRemoteTimeline(src: string, options: LoadOptions = {}): Promise<RemoteResult> {
	const { fetch: doFetch = fetch, timeoutMs = TIMEOUT_MS, maxBytes = MAX_BYTES } = options;
	const url = checkSourceUrl(src);
	if (!url) return problem(src, 'src must be an absolute http:// or https:// URL of a timeline JSON file');
	const file = url.href;
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		let res: Response;
		try {
			res = await doFetch(url.href, { signal: controller.signal, credentials: 'omit', mode: 'cors', redirect: 'follow' });
		} catch {
			if (controller.signal.aborted) return problem(file, `no answer within ${timeoutMs / 1000} seconds`);
			return problem(file, 'could not be fetched: the network failed, or the server does not allow other sites to read it (CORS: Access-Control-Allow-Origin)');
		}
		if (!res.ok) return problem(file, `the server answered ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
		let text: string | null;
		try {
			text = await readLimited(res, maxBytes);
		} catch {
			return problem(file, controller.signal.aborted ? `no answer within ${timeoutMs / 1000} seconds` : 'the download broke off');
		}
		if (text === null) return problem(file, `is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most Dateline loads from elsewhere`);
		const parsed = parseJson(text);
		if ('error' in parsed) return problem(file, parsed.error);
		const json = parsed.value;
		const events = (json as { events?: unknown })?.events;
		if (Array.isArray(events) && events.length > MAX_EVENTS)
			return problem(file, `has ${events.length.toLocaleString('en')} events; Dateline loads at most ${MAX_EVENTS.toLocaleString('en')} from elsewhere`);
		return validateTimeline(json, file, new Map(), { requireSnapshots: false });
	} finally {
		clearTimeout(timer);
	}
}
