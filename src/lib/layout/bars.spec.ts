import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barsPath, round1, round2 } from './bars.ts';

describe('barsPath', () => {
	/** The path written bar by bar, every number anew: what remembering each count's rise must not change. */
	function reference(counts: number[], left: number, binWidth: number, floor: number, width: number, height: (c: number) => number) {
		let d = '';
		counts.forEach((c, k) => {
			if (c > 0) d += `M${round1(left + k * binWidth)},${floor}h${width}v${round2(-height(c))}h${-width}z`;
		});
		return d;
	}

	it('draws a rectangle per non-empty bin, as written bar by bar, for any counts (large ones too)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 3000 })), { maxLength: 300 }),
				fc.double({ min: -50, max: 500, noNaN: true }),
				fc.constantFrom(1, 2, 2.5, 3, 4.75),
				fc.double({ min: 0, max: 400, noNaN: true }),
				fc.constantFrom(1, 1.75, 2.5),
				(counts, left, binWidth, floor, width) => {
					const max = Math.max(1, ...counts);
					const height = (c: number) => Math.max(1, 40 * Math.sqrt(c / max));
					const d = barsPath(Uint32Array.from(counts), left, binWidth, String(floor), width, (c) => String(round2(-height(c))));
					expect(d).toBe(reference(counts, left, binWidth, floor, width, height));
					expect(d.split('M').length - 1).toBe(counts.filter((c) => c > 0).length);
				}
			)
		);
	});

	it('asks for each count’s rise once (below 1,024), however many bars have it', () => {
		const asked: number[] = [];
		const d = barsPath([1, 0, 1, 2, 1, 2, 5000, 5000], 10, 2, '30', 1.5, (c) => (asked.push(c), `-${c}`));
		expect(d).toBe('M10,30h1.5v-1h-1.5zM14,30h1.5v-1h-1.5zM16,30h1.5v-2h-1.5zM18,30h1.5v-1h-1.5zM20,30h1.5v-2h-1.5zM22,30h1.5v-5000h-1.5zM24,30h1.5v-5000h-1.5z');
		expect(asked).toEqual([1, 2, 5000, 5000]);
	});

	it('is empty when every bin is', () => {
		expect(barsPath(new Uint32Array(5), 0, 3, '10', 2.5, () => '-1')).toBe('');
	});
});
