#!/usr/bin/env node
/**
 * Serves build/ as any static host would: `/t/x` -> build/t/x.html, `/` -> index.html. Text is sent
 * compressed when the client accepts it: the brotli or gzip file that scripts/precompress.js wrote
 * next to it, else gzip made on the fly.
 * Used by `npm start` and the end-to-end tests. Usage: node scripts/serve.js [--port 4173] [--host 127.0.0.1]
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { COMPRESSIBLE } from './precompress.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT ?? '4173'));
const host = opt('host', 'localhost');
const root = resolve(opt('dir', 'build'));

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json'
};

/** The rules of build/_headers (Netlify/Cloudflare format): a path pattern, then indented headers. */
function readHeaderRules() {
	let text = '';
	try {
		text = readFileSync(join(root, '_headers'), 'utf8');
	} catch {
		return [];
	}
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp('^' + line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
			rules.push({ pattern, headers: {} });
		} else if (rules.length > 0) {
			const i = line.indexOf(':');
			if (i > 0) rules.at(-1).headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
		}
	}
	return rules;
}
const headerRules = readHeaderRules();

const isFile = (path) => {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
};

/** The encodings the request accepts (`q=0` refuses one). */
function accepted(req) {
	const out = new Set();
	for (const part of String(req.headers['accept-encoding'] ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (name && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p))) out.add(name);
	}
	return out;
}

/** What to send for `file`: a precompressed sibling when one fits the request, else the file (gzipped on the fly for text). */
function encodingFor(req, file) {
	if (!COMPRESSIBLE.has(extname(file))) return { path: file, encoding: null, onTheFly: false };
	const accepts = accepted(req);
	for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']])
		if (accepts.has(encoding) && isFile(file + suffix)) return { path: file + suffix, encoding, onTheFly: false };
	const gzip = accepts.has('gzip') && statSync(file).size >= 1024;
	return { path: file, encoding: gzip ? 'gzip' : null, onTheFly: gzip };
}

function fileFor(pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const clean = normalize(decoded).replace(/^([/\\])+/, '');
	const base = join(root, clean);
	if (base !== root && !base.startsWith(root + sep)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// try the next form
		}
	}
	return null;
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const file = url.pathname === '/_headers' ? null : fileFor(url.pathname);
	const headers = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };
	for (const rule of headerRules) if (rule.pattern.test(url.pathname)) Object.assign(headers, rule.headers);
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
		return;
	}
	if (!file) {
		const notFound = fileFor('/404');
		res.writeHead(404, { ...headers, 'content-type': 'text/html; charset=utf-8' });
		if (notFound && req.method === 'GET') createReadStream(notFound).pipe(res);
		else res.end('Not found');
		return;
	}
	const immutable = url.pathname.includes('/_app/immutable/');
	const send = encodingFor(req, file);
	res.writeHead(200, {
		...headers,
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		...(COMPRESSIBLE.has(extname(file)) ? { vary: 'accept-encoding' } : {}),
		...(send.encoding ? { 'content-encoding': send.encoding } : {})
	});
	if (req.method === 'HEAD') res.end();
	else if (send.onTheFly) createReadStream(send.path).pipe(createGzip()).pipe(res);
	else createReadStream(send.path).pipe(res);
});

server.listen(port, host, () => console.log(`Dateline: serving ${root} at http://${host}:${port}/`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
