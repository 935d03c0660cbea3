import { describe, expect, it } from 'vitest';
import { advance, fitText, textWidth } from './text.ts';

const titles = [
	'Trump–Putin summit in Alaska',
	'Witkoff: Putin accepts “Article 5-like” guarantees',
	'Zelensky proposes $90bn US arms purchase',
	'WWW MMM',
	'iiiiiiii llllllll',
	'اضافة اعلان'
];

describe('textWidth', () => {
	it('is 0 for the empty string', () => {
		expect(textWidth('')).toBe(0);
	});

	it.each(['a', 'i', 'M', 'W', '—', ' ', '.', 'ж', '😀', 'ا'])('is positive for %j', (ch) => {
		expect(textWidth(ch)).toBeGreaterThan(0);
	});

	it.each(titles)('grows with every character added to %j', (title) => {
		const chars = [...title];
		for (let n = 1; n <= chars.length; n++)
			expect(textWidth(chars.slice(0, n).join(''))).toBeGreaterThan(textWidth(chars.slice(0, n - 1).join('')));
	});

	it('is additive: the width of a + b is the width of a plus the width of b', () => {
		expect(textWidth('Trump meets Zelensky')).toBeCloseTo(textWidth('Trump meets') + textWidth(' Zelensky'), 9);
	});

	it('ranks narrow, plain, capital and wide characters', () => {
		expect(textWidth('i')).toBeLessThan(textWidth('a'));
		expect(textWidth('a')).toBeLessThan(textWidth('A'));
		expect(textWidth('A')).toBeLessThan(textWidth('W'));
	});

	it('scales with the font size', () => {
		expect(textWidth('Alaska', 24)).toBeCloseTo(2 * textWidth('Alaska', 12), 9);
		expect(textWidth('Alaska')).toBe(textWidth('Alaska', 12));
	});

	it('counts a character outside the BMP once, not once per UTF-16 unit', () => {
		expect(textWidth('😀')).toBe(12 * advance('😀'));
		expect(textWidth('😀😀')).toBe(2 * textWidth('😀'));
	});

	it('is generous for scripts without a table: capitals, CJK, emoji, combining marks', () => {
		expect(advance('Ж')).toBeGreaterThan(advance('ж'));
		expect(advance('和')).toBe(1);
		expect(advance('😀')).toBeGreaterThan(1);
		expect(advance('\u0301')).toBe(0);
	});
});

describe('fitText', () => {
	it.each(titles)('returns %j unchanged when it fits exactly', (title) => {
		expect(fitText(title, textWidth(title))).toBe(title);
		expect(fitText(title, textWidth(title) + 100)).toBe(title);
	});

	it.each(titles.flatMap((title) => [0.9, 0.6, 0.4].map((f): [string, number] => [title, f])))(
		'cuts %j to an ellipsised prefix within %f of its width',
		(title, fraction) => {
			const max = textWidth(title) * fraction;
			const cut = fitText(title, max);
			expect(cut).not.toBe(title);
			expect(cut.endsWith('…')).toBe(true);
			expect(cut.length).toBeGreaterThan(1);
			expect(title.startsWith(cut.slice(0, -1))).toBe(true);
			expect(textWidth(cut)).toBeLessThanOrEqual(max);
		}
	);

	it('keeps the longest prefix that fits', () => {
		const title = 'Trump meets Zelensky and European leaders';
		const max = 150;
		const cut = fitText(title, max);
		const chars = [...title];
		expect(cut).not.toBe('');
		expect(textWidth(cut)).toBeLessThanOrEqual(max);
		for (let n = [...cut].length; n < chars.length; n++) {
			const longer = chars.slice(0, n).join('').trimEnd() + '…';
			if (longer.length > cut.length) expect(textWidth(longer), longer).toBeGreaterThan(max);
		}
	});

	it('does not leave a space before the ellipsis', () => {
		// Cut just after "Trump " the space is dropped.
		const max = textWidth('Trump…') + 1;
		expect(fitText('Trump meets Zelensky', max)).toBe('Trump…');
	});

	it.each([
		['nothing at all', 0],
		['a negative width', -10],
		['less than one letter and the ellipsis', textWidth('T…') - 0.01]
	])('returns "" when %s fits', (_, max) => {
		expect(fitText('Trump meets Zelensky', max)).toBe('');
	});

	it('returns one letter and the ellipsis when that is all that fits', () => {
		expect(fitText('Trump meets Zelensky', textWidth('T…'))).toBe('T…');
	});

	it('never cuts a character outside the BMP in half', () => {
		const cut = fitText('😀😀😀😀😀😀', textWidth('😀😀…'));
		expect(cut).toBe('😀😀…');
	});

	it('measures with the given font size', () => {
		const title = 'Trump–Putin summit in Alaska';
		expect(fitText(title, textWidth(title, 10), 10)).toBe(title);
		expect(fitText(title, textWidth(title, 10), 12)).not.toBe(title);
	});
});

describe('fitText and advance (the fast paths)', () => {
	/** The plain definition: measure every cut from the start. */
	function reference(text: string, maxWidth: number, fontSize = 12): string {
		if (textWidth(text, fontSize) <= maxWidth) return text;
		const chars = [...text];
		for (let n = chars.length - 1; n > 0; n--) {
			const cut = chars.slice(0, n).join('').trimEnd() + '…';
			if (textWidth(cut, fontSize) <= maxWidth) return cut;
		}
		return '';
	}

	it('cuts exactly where measuring every cut from the start would', () => {
		const samples = [...titles, 'A  B   C    D', 'Talks\u00a0in\tGeneva and then 😀 more', '   leading', 'x'];
		for (const title of samples)
			for (let w = 0; w <= 260; w += 0.5) for (const size of [11, 12]) expect(fitText(title, w, size)).toBe(reference(title, w, size));
	});

	it('gives Latin characters their advance from the table (DejaVu Sans or Liberation Sans, the larger)', () => {
		expect([advance('i'), advance('a'), advance('A'), advance('W'), advance('…'), advance('é'), advance('’')]).toEqual([
			0.28, 0.62, 0.7, 1, 1, 0.62, 0.32
		]);
	});
});
