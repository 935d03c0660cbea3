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
