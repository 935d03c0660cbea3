#!/usr/bin/env node
/**
 * Writes `<file>.gz` and `<file>.br` next to every text file of the built site (HTML, JS, CSS, JSON,
 * SVG, text) of at least 1 KB, so scripts/serve.js (and hosts that look for such files) can send
 * them compressed without compressing on every request. `npm run build` runs it after `vite build`.
 * Usage: node scripts/precompress.js [dir, default build]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest', '.xml']);
const MIN_BYTES = 1024;

function* files(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (entry.isFile()) yield path;
	}
}

export function precompress(dir) {
	let count = 0;
	for (const file of files(dir)) {
		if (!COMPRESSIBLE.has(extname(file)) || statSync(file).size < MIN_BYTES) continue;
		const bytes = readFileSync(file);
		// Brotli's best quality is slow on large files (model.json at 100,000 events): lower ones there.
		const quality = bytes.length > 1_000_000 ? 5 : bytes.length > 100_000 ? 9 : 11;
		const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
		const gz = gzipSync(bytes, { level: 9 });
		// Only where it pays: a file that hardly shrinks is sent as it is.
		if (gz.length < bytes.length * 0.9) writeFileSync(`${file}.gz`, gz);
		if (br.length < bytes.length * 0.9) writeFileSync(`${file}.br`, br);
		count++;
	}
	return count;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	const dir = resolve(process.argv[2] ?? 'build');
	const started = performance.now();
	const n = precompress(dir);
	console.log(`precompress: ${n} files in ${dir} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
