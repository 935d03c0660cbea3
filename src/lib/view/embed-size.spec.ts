import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

it('static/embed.js, the loader host pages include, stays under 3 KB gzipped', () => {
	const loader = readFileSync(resolve(import.meta.dirname, '../../../static/embed.js'));
	expect(gzipSync(loader, { level: 9 }).length).toBeLessThan(3 * 1024);
});
