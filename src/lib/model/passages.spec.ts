import { describe, expect, it } from 'vitest';
import { fold, matchPassage, nearMatch } from './passages';

describe('matchPassage', () => {
	it.each([
		['abc', 'abc', [0]],
		['xabcx', 'abc', [1]],
		['abcabc', 'bc', [1, 4]],
		['aaa', 'aa', [0, 1]],
		['aaaa', 'aa', [0, 1, 2]],
		['abc', 'abd', []],
		['abc', 'ABC', []]
	])('finds every start of the quote in %j (quote %j)', (text, quote, starts) => {
		expect(matchPassage(text, { quote }).starts).toEqual(starts);
	});

	it('narrows with a prefix and returns the start of the quote, not of the prefix', () => {
		const text = 'one talk. two talk. three talk.';
		expect(matchPassage(text, { quote: 'talk' }).starts).toEqual([4, 14, 26]);
		expect(matchPassage(text, { quote: 'talk', prefix: 'two ' }).starts).toEqual([14]);
		expect(matchPassage(text, { quote: 'talk', prefix: 'four ' }).starts).toEqual([]);
	});

	it('narrows with a suffix', () => {
		const text = 'they met. they met again.';
		expect(matchPassage(text, { quote: 'they met', suffix: ' again' }).starts).toEqual([10]);
		expect(matchPassage(text, { quote: 'they met', suffix: '.' }).starts).toEqual([0]);
	});

	it('narrows with a prefix and a suffix together', () => {
		const text = 'a-x-b a-x-c c-x-b';
		expect(matchPassage(text, { quote: 'x' }).starts).toEqual([2, 8, 14]);
		expect(matchPassage(text, { quote: 'x', prefix: 'a-' }).starts).toEqual([2, 8]);
		expect(matchPassage(text, { quote: 'x', prefix: 'a-', suffix: '-c' }).starts).toEqual([8]);
	});

	it('counts overlapping matches of prefix + quote', () => {
		expect(matchPassage('aaaa', { quote: 'a', prefix: 'a' }).starts).toEqual([1, 2, 3]);
	});

	it('gives UTF-16 offsets, so text.slice(start, start + quote.length) is the quote', () => {
		const text = '👍 “Russia’s” view';
		const quote = 'Russia’s';
		const [start] = matchPassage(text, { quote }).starts;
		expect(start).toBe(4);
		expect(text.slice(start, start! + quote.length)).toBe(quote);
	});
});

describe('fold', () => {
	it('lower-cases', () => {
		expect(fold('The White House')).toBe('the white house');
	});

	it.each([
		['‘', "'"],
		['’', "'"],
		['‚', "'"],
		['‛', "'"],
		['′', "'"],
		['“', '"'],
		['”', '"'],
		['„', '"'],
		['‟', '"'],
		['″', '"'],
		['‐', '-'],
		['‑', '-'],
		['‒', '-'],
		['–', '-'],
		['—', '-'],
		['―', '-']
	])('folds %s to %s', (from, to) => {
		expect(fold(`a${from}b`)).toBe(`a${to}b`);
	});

	it('collapses runs of white space, including new lines, tabs and no-break spaces, to one space', () => {
		expect(fold('a \n\t\u00a0 b')).toBe('a b');
		expect(fold('a\n\nb')).toBe('a b');
	});

	it('folds a whole sentence', () => {
		expect(fold('Russia’s “Article 5–like”\n  GUARANTEES')).toBe('russia\'s "article 5-like" guarantees');
	});
});

describe('nearMatch', () => {
	const text = 'Leaders met.\n\nRussia’s foreign minister—Sergei Lavrov—said “no”.\nThe talks lasted about an hour. The talks lasted about an hour.';

	it('finds a quote that differs only in curly vs straight apostrophe, returning the source’s text', () => {
		expect(nearMatch(text, "Russia's foreign minister")).toBe('Russia’s foreign minister');
	});

	it('finds a quote that differs in case, dashes and quote marks', () => {
		expect(nearMatch(text, 'MINISTER-Sergei Lavrov-said "no"')).toBe('minister—Sergei Lavrov—said “no”');
	});

	it('finds a quote that differs in white space, returning the source’s white space', () => {
		expect(nearMatch(text, 'Leaders met. Russia’s')).toBe('Leaders met.\n\nRussia’s');
		expect(nearMatch(text, 'Russia’s   foreign\tminister')).toBe('Russia’s foreign minister');
	});

	it('ignores white space around the quote', () => {
		expect(nearMatch(text, '  Leaders met. ')).toBe('Leaders met.');
	});

	it('is null when the folded quote occurs more than once', () => {
		expect(nearMatch(text, 'THE TALKS LASTED')).toBeNull();
	});

	it('is null when nothing matches even after folding', () => {
		expect(nearMatch(text, 'Russia’s defence minister')).toBeNull();
	});

	it('is null for quotes shorter than four characters after folding', () => {
		expect(nearMatch('Leaders met.', 'MET')).toBeNull();
		expect(nearMatch('Leaders met.', '  me  ')).toBeNull();
		expect(nearMatch('Leaders met.', 'MET.')).toBe('met.');
	});

	it('maps back correctly after a character whose lower case is longer (İ)', () => {
		// 'İ'.toLowerCase() is two UTF-16 units; the returned slice must still be the matching text.
		expect(nearMatch('İstanbul talks on Monday ended', 'TALKS ON MONDAY')).toBe('talks on Monday');
	});
});
