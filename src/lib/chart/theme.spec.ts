import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANE_COLOURS, colourClasses, laneClass } from './theme';

describe('lane colours', () => {
	it('cycle through the palette by lane position', () => {
		expect(laneClass(0)).toBe('lane-0');
		expect(laneClass(LANE_COLOURS + 2)).toBe('lane-2');
	});

	it('follow a party, not its place among the parties left after filtering', () => {
		const all = [{ id: 'us' }, { id: 'ru' }, { id: 'ua' }];
		const colourOf = colourClasses(all);
		expect(['ru', 'ua'].map(colourOf)).toEqual(['lane-1', 'lane-2']);
		expect(colourClasses(all.slice(1))('ua')).toBe('lane-1'); // what a filtered list alone would give
		expect(colourOf('unknown')).toBe('lane-0');
	});
});

describe('the palette in app.css', () => {
	const css = readFileSync(fileURLToPath(new URL('../../app.css', import.meta.url)), 'utf8');
	const value = (name: string) => {
		const m = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\);`).exec(css);
		if (!m) throw new Error(`app.css has no --${name}: light-dark(#rrggbb, #rrggbb)`);
		return { light: m[1]!, dark: m[2]! };
	};
	/** WCAG 2 relative luminance and contrast ratio. */
	const luminance = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const contrast = (a: string, b: string) => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
		return (hi! + 0.05) / (lo! + 0.05);
	};
	const lanes = Array.from({ length: LANE_COLOURS }, (_, i) => value(`lane-${i}`));

	it('has a colour per lane class, every one different, in light and in dark', () => {
		for (let i = 0; i < LANE_COLOURS; i++) expect(css).toContain(`.lane-${i} { --c: var(--lane-${i}); }`);
		for (const scheme of ['light', 'dark'] as const) expect(new Set(lanes.map((l) => l[scheme])).size).toBe(LANE_COLOURS);
	});

	it('gives marks at least 3:1 against both lane backgrounds and the page (WCAG 1.4.11)', () => {
		for (const scheme of ['light', 'dark'] as const)
			for (const bg of ['lane-bg', 'lane-bg-odd', 'bg'])
				for (const [i, lane] of lanes.entries()) expect(contrast(lane[scheme], value(bg)[scheme]), `lane ${i} on --${bg}, ${scheme}`).toBeGreaterThanOrEqual(3);
	});
});
