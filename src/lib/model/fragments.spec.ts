import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	codePointOffsets,
	countFolded,
	foldForMatch,
	fragmentUrl,
	textFragment,
	textFragmentOrAmbiguity,
	utf16Offsets
} from './fragments.ts';
import { matchPassage } from './passages.ts';

/** The decoded terms of a text directive, checking its shape on the way. */
function termsOf(fragment: string): { prefix?: string; start: string; end?: string; suffix?: string } {
	expect(fragment).toMatch(/^:~:text=[^#&\s]+$/);
	const parts = fragment.slice(':~:text='.length).split(',');
	const prefix = parts[0]!.endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : undefined;
	const suffix = parts[parts.length - 1]!.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : undefined;
	// Every '-' left is inside a term, where it must be encoded.
	for (const part of parts) expect(part).not.toMatch(/-/);
	expect(parts.length === 1 || parts.length === 2).toBe(true);
	const [start, end] = parts.map(decodeURIComponent);
	return { prefix, start: start!, end, suffix };
}

/** The range of `part` in `text`, which must hold it once. */
function rangeOf(text: string, part: string, from = 0): [string, number, number] {
	const start = text.indexOf(part, from);
	if (start < 0) throw new Error(`"${part}" is not in the text`);
	return [text, start, start + part.length];
}

describe('foldForMatch', () => {
	it.each([
		['ZELENSKYY Met Putin', 'zelenskyy met putin'],
		['Zélenskyy', 'zelenskyy'],
		['Ze\u0301lenskyy', 'zelenskyy'],
		['Ångström naïve façade', 'angstrom naive facade'],
		['İstanbul', 'istanbul'],
		['ﬁne', 'fine'],
		['𝐀𝐁', 'ab'],
		['ΟΔΟΣ οδος', 'οδοσ οδοσ'],
		['a \t\n\r  b', 'a b'],
		['a\u00a0b\u00a0 \u2003c', 'a b c'],
		['  padded  ', ' padded ']
	])('folds %j to %j', (input, folded) => {
		expect(foldForMatch(input)).toBe(folded);
	});

	it('folds case and accents the same way on both sides', () => {
		expect(foldForMatch('Zélenskyy')).toBe(foldForMatch('ZELENSKYY'));
		expect(foldForMatch('Zelenskyy')).not.toBe(foldForMatch('Zelensky'));
	});

	it('keeps curly quotes, straight quotes and dashes apart, as browsers do', () => {
		expect(foldForMatch('Trump’s “wait” — now')).toBe('trump’s “wait” — now');
		expect(foldForMatch('Trump’s')).not.toBe(foldForMatch("Trump's"));
		expect(foldForMatch('“a”')).not.toBe(foldForMatch('"a"'));
		expect(foldForMatch('a—b')).not.toBe(foldForMatch('a-b'));
	});

	it('leaves Arabic letters and other scripts in place', () => {
		expect(foldForMatch('اضافة اعلان')).toBe('اضافة اعلان');
	});
});

describe('countFolded', () => {
	it('finds every place, ignoring case and accents, and returns indexes into the original', () => {
		const text = 'Zélenskyy met ZELENSKYY and zelenskyy.';
		expect(countFolded(text, { quote: 'Zelenskyy' })).toEqual([0, 14, 28]);
		expect(countFolded(text, { quote: 'Zelensky y' })).toEqual([]);
	});

	it('maps back through characters whose folding is longer or shorter than they are', () => {
		// ﬁ folds to two units, e + U+0301 to one, 𝐀 (two units) to one.
		const text = 'ﬁne Cafe\u0301 𝐀 café talk';
		expect(countFolded(text, { quote: 'fine' })).toEqual([0]);
		expect(countFolded(text, { quote: 'café' })).toEqual([4, 13]);
		expect(countFolded(text, { quote: 'talk' })).toEqual([text.indexOf('talk')]);
		expect(countFolded(text, { quote: 'a café' })).toEqual([10]);
	});

	it('matches across runs of whitespace, NBSP and line breaks', () => {
		const text = 'said   the\u00a0officials\n  today';
		expect(countFolded(text, { quote: 'said the officials today' })).toEqual([0]);
		expect(countFolded(text, { quote: 'the  officials' })).toEqual([7]);
	});

	it('counts overlapping matches', () => {
		expect(countFolded('aAaa', { quote: 'aa' })).toEqual([0, 1, 2]);
	});

	it('does not fold quote marks', () => {
		expect(countFolded('Trump’s stance', { quote: "Trump's" })).toEqual([]);
		expect(countFolded('Trump’s stance', { quote: 'TRUMP’S' })).toEqual([0]);
	});

	it('narrows with a prefix, adjacent or separated by whitespace, and returns the start of the quote', () => {
		const text = 'one talk. two  talk. three\ntalk. x-talk';
		expect(countFolded(text, { quote: 'talk' })).toEqual([4, 15, 27, 35]);
		expect(countFolded(text, { quote: 'talk', prefix: 'TWO' })).toEqual([15]);
		expect(countFolded(text, { quote: 'talk', prefix: 'two ' })).toEqual([15]);
		expect(countFolded(text, { quote: 'talk', prefix: 'three' })).toEqual([27]);
		expect(countFolded(text, { quote: 'talk', prefix: 'x-' })).toEqual([35]);
		expect(countFolded(text, { quote: 'x-talk', prefix: 'talk.' })).toEqual([33]);
		// The prefix must end right before the quote: other words in between do not do.
		expect(countFolded(text, { quote: 'two', prefix: 'one' })).toEqual([]);
		expect(countFolded(text, { quote: 'talk', prefix: 'four' })).toEqual([]);
	});

	it('narrows with a suffix, and with both', () => {
		const text = 'they met. They met again. they met  Again!';
		expect(countFolded(text, { quote: 'they met' })).toEqual([0, 10, 26]);
		expect(countFolded(text, { quote: 'they met', suffix: 'again' })).toEqual([10, 26]);
		expect(countFolded(text, { quote: 'they met', suffix: 'again!' })).toEqual([26]);
		expect(countFolded(text, { quote: 'they met', suffix: '.' })).toEqual([0]);
		expect(countFolded(text, { quote: 'they met', prefix: 'met.', suffix: 'again' })).toEqual([10]);
		expect(countFolded(text, { quote: 'they met', prefix: 'met.', suffix: 'again!' })).toEqual([]);
	});

	it('matches nothing for a quote that is only whitespace', () => {
		expect(countFolded('a b', { quote: ' ' })).toEqual([]);
	});
});

describe('code point offsets', () => {
	const text = '𝐀 Putin met 👍🏽 Zelensky';

	it('counts an astral character as one code point', () => {
		const start = text.indexOf('Putin');
		expect(start).toBe(3);
		expect(codePointOffsets(text, start, start + 'Putin'.length)).toEqual({ startCodePoint: 2, endCodePoint: 7 });
		const z = text.indexOf('Zelensky');
		expect(z).toBe(18);
		expect(codePointOffsets(text, z, text.length)).toEqual({ startCodePoint: 15, endCodePoint: 23 });
		expect(codePointOffsets(text, 0, 2)).toEqual({ startCodePoint: 0, endCodePoint: 1 });
		expect(codePointOffsets(text, 5, 5)).toEqual({ startCodePoint: 4, endCodePoint: 4 });
	});

	it('converts back to UTF-16 offsets', () => {
		expect(utf16Offsets(text, 2, 7)).toEqual({ start: 3, end: 8 });
		expect(utf16Offsets(text, 15, 23)).toEqual({ start: 18, end: 26 });
		expect(utf16Offsets(text, 0, 1)).toEqual({ start: 0, end: 2 });
		expect(utf16Offsets(text, 4, 4)).toEqual({ start: 5, end: 5 });
		expect(utf16Offsets(text, 23, 23)).toEqual({ start: 26, end: 26 });
	});

	it('round-trips every range that does not split a surrogate pair', () => {
		const boundaries = [...text].reduce((at, ch) => [...at, at[at.length - 1]! + ch.length], [0]);
		for (const start of boundaries) {
			for (const end of boundaries.filter((b) => b >= start)) {
				const { startCodePoint, endCodePoint } = codePointOffsets(text, start, end);
				expect(utf16Offsets(text, startCodePoint, endCodePoint)).toEqual({ start, end });
			}
		}
	});

	it('rejects ranges outside the text, reversed, or inside a surrogate pair', () => {
		expect(() => codePointOffsets(text, 1, 3)).toThrow(RangeError);
		expect(() => codePointOffsets(text, 0, 1)).toThrow(RangeError);
		expect(() => codePointOffsets(text, 4, 3)).toThrow(RangeError);
		expect(() => codePointOffsets(text, 0, text.length + 1)).toThrow(RangeError);
		expect(() => utf16Offsets(text, 0, 24)).toThrow(RangeError);
		expect(() => utf16Offsets(text, -1, 2)).toThrow(RangeError);
	});
});

describe('textFragment', () => {
	it('is the whole passage, percent-encoded, with no leading #', () => {
		expect(textFragment('He said hello world to them.', 8, 19)).toBe(':~:text=hello%20world');
	});

	it('encodes "-", "," and "&" inside terms', () => {
		expect(encodeURIComponent('-')).toBe('-');
		expect(encodeURIComponent(',')).toBe('%2C');
		expect(encodeURIComponent('&')).toBe('%26');
		const text = 'A “wait-and-see” approach to a Putin-Zelensky meeting, Q&A to follow.';
		const start = text.indexOf('wait');
		const fragment = textFragment(text, start, text.length);
		expect(fragment).toBe(
			':~:text=wait%2Dand%2Dsee%E2%80%9D%20approach%20to%20a%20Putin%2DZelensky%20meeting%2C%20Q%26A%20to%20follow.'
		);
		expect(termsOf(fragment)).toEqual({ start: text.slice(start) });
	});

	it('strips whitespace around the passage and keeps its punctuation', () => {
		const text = 'First.  \n The talks failed!  \nSecond.';
		expect(textFragment(text, 6, text.indexOf('Second'))).toBe(':~:text=The%20talks%20failed!');
	});

	it('uses textStart alone for a passage of up to 300 characters', () => {
		const passage = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ') + '.';
		expect(passage.length).toBeLessThanOrEqual(300);
		const text = `Before. ${passage} After.`;
		expect(termsOf(textFragment(...rangeOf(text, passage)))).toEqual({ start: passage });
	});

	it('uses the first and last 5 words as textStart and textEnd for a longer passage', () => {
		const passage = Array.from({ length: 60 }, (_, i) => `word-${i}`).join(' ') + '.';
		expect(passage.length).toBeGreaterThan(300);
		const text = `Before. ${passage} After.`;
		const fragment = textFragment(...rangeOf(text, passage));
		expect(fragment).toBe(':~:text=word%2D0%20word%2D1%20word%2D2%20word%2D3%20word%2D4,word%2D55%20word%2D56%20word%2D57%20word%2D58%20word%2D59.');
		expect(termsOf(fragment)).toEqual({ start: 'word-0 word-1 word-2 word-3 word-4', end: 'word-55 word-56 word-57 word-58 word-59.' });
	});

	it('keeps a passage of more than 300 characters whole when it has 10 words or fewer', () => {
		const passage = Array.from({ length: 10 }, (_, i) => `${'x'.repeat(40)}${i}`).join(' ');
		expect(passage.length).toBeGreaterThan(300);
		expect(termsOf(textFragment(...rangeOf(`A ${passage} B`, passage)))).toEqual({ start: passage });
	});

	it('uses a range for a passage across a line break, each end on its own line', () => {
		const text = 'Intro.\nThe talks failed on Monday.\n\nThey resumed on Friday with new hope.\nEnd.';
		const fragment = textFragment(...rangeOf(text, 'The talks failed on Monday.\n\nThey resumed on Friday with new hope.'));
		expect(termsOf(fragment)).toEqual({ start: 'The talks failed on Monday.', end: 'on Friday with new hope.' });
		const short = textFragment(...rangeOf(text, 'Monday.\n\nThey'));
		expect(termsOf(short)).toEqual({ start: 'Monday.', end: 'They' });
	});

	it('adds no context to a passage that occurs once', () => {
		const text = 'Alpha said no. The talks failed. Beta said yes. The talks failed. Gamma waited.';
		expect(textFragmentOrAmbiguity(...rangeOf(text, 'Beta said yes.'))).toEqual({ fragment: ':~:text=Beta%20said%20yes.', unique: true });
	});

	it('adds a prefix, one word at a time, only to a passage that occurs more than once', () => {
		const text = 'Alpha said no. The talks failed. Beta said yes. The talks failed. Gamma waited.';
		expect(textFragmentOrAmbiguity(...rangeOf(text, 'The talks failed.'))).toEqual({ fragment: ':~:text=no.-,The%20talks%20failed.', unique: true });
		const second = text.indexOf('The talks failed.', 20);
		expect(textFragmentOrAmbiguity(text, second, second + 17)).toEqual({ fragment: ':~:text=yes.-,The%20talks%20failed.', unique: true });
		const longer = 'He said no. The talks failed. She said no. The talks failed.';
		expect(textFragment(...rangeOf(longer, 'The talks failed.', 20))).toBe(':~:text=She%20said%20no.-,The%20talks%20failed.');
	});

	it('takes a prefix only from the same line, and otherwise a suffix', () => {
		const text = 'The talks failed. Then Alpha left.\nThe talks failed. Then Beta left.';
		expect(textFragment(...rangeOf(text, 'The talks failed.'))).toBe(':~:text=The%20talks%20failed.,-Then%20Alpha');
		expect(textFragment(...rangeOf(text, 'The talks failed.', 20))).toBe(':~:text=The%20talks%20failed.,-Then%20Beta');
	});

	it('adds both a prefix and a suffix when neither alone is enough', () => {
		const text = 'a X b. c X d. a X d.';
		expect(textFragmentOrAmbiguity(text, 16, 17)).toEqual({ fragment: ':~:text=a-,X,-d.', unique: true });
		expect(textFragmentOrAmbiguity(text, 2, 3)).toEqual({ fragment: ':~:text=X,-b.', unique: true });
	});

	it('matches context and passage under folding when deciding what is unique', () => {
		// "ZÉLENSKYY" and "zelenskyy" are the same to a browser, so the first needs a suffix.
		const text = 'ZÉLENSKYY spoke. Later zelenskyy left.';
		expect(textFragment(text, 0, 9)).toBe(':~:text=Z%C3%89LENSKYY,-spoke.');
	});

	it('finds a textEnd followed by the suffix, as browsers do, when textEnd also occurs inside the passage', () => {
		const filler = Array.from({ length: 30 }, (_, i) => `filler${i}`).join(' ');
		const passage = `It began at dawn. ${filler} at the end of the day. ${filler} and more at the end of the day.`;
		const text = `${passage} Then it was over.`;
		const { fragment, unique } = textFragmentOrAmbiguity(...rangeOf(text, passage));
		expect(unique).toBe(true);
		// Without the suffix the range would stop at the first "at the end of the day."
		expect(termsOf(fragment)).toEqual({ start: 'It began at dawn. filler0', end: 'the end of the day.', suffix: 'Then' });
	});

	it('adds a prefix to a long passage that occurs twice', () => {
		const passage = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ') + ' and a few more words to pass three hundred characters in all of this.';
		expect(passage.length).toBeGreaterThan(300);
		const text = `One: ${passage} Two: ${passage}`;
		const second = text.lastIndexOf(passage);
		const { fragment, unique } = textFragmentOrAmbiguity(text, second, second + passage.length);
		expect(unique).toBe(true);
		expect(termsOf(fragment)).toEqual({ prefix: 'Two:', start: 'w0 w1 w2 w3 w4', end: 'characters in all of this.' });
	});

	it('reports a passage that no context up to 5 words makes unique, and still finds it', () => {
		const text = Array.from({ length: 13 }, () => 'echo.').join(' ');
		const start = 6 * 'echo. '.length;
		const result = textFragmentOrAmbiguity(text, start, start + 5);
		expect(result.unique).toBe(false);
		expect(termsOf(result.fragment)).toEqual({ prefix: 'echo. echo. echo. echo. echo.', start: 'echo.', suffix: 'echo. echo. echo. echo. echo.' });
		expect(textFragment(text, start, start + 5)).toBe(result.fragment);
		// At the very end of the text it has no suffix, and 5 words of prefix are not enough either.
		expect(textFragmentOrAmbiguity(text, text.length - 5, text.length).unique).toBe(false);
		expect(textFragmentOrAmbiguity(`Start ${text}`, 0, 5)).toEqual({ fragment: ':~:text=Start', unique: true });
	});

	it('rejects an empty or whitespace-only passage and ranges outside the text', () => {
		expect(() => textFragment('a   b', 1, 4)).toThrow(RangeError);
		expect(() => textFragment('a b', 2, 2)).toThrow(RangeError);
		expect(() => textFragment('a b', 0, 4)).toThrow(RangeError);
		expect(() => textFragment('a b', 2, 1)).toThrow(RangeError);
	});
});

describe('fragmentUrl', () => {
	const fragment = ':~:text=hello%2Dworld';

	it.each([
		['https://example.com/a?b=1', 'https://example.com/a?b=1#:~:text=hello%2Dworld'],
		['http://example.com/', 'http://example.com/#:~:text=hello%2Dworld'],
		['https://example.com/a#top', 'https://example.com/a#:~:text=hello%2Dworld'],
		['https://example.com/a#:~:text=old', 'https://example.com/a#:~:text=hello%2Dworld'],
		['HTTPS://example.com/a', 'HTTPS://example.com/a#:~:text=hello%2Dworld']
	])('appends the fragment to %j', (page, url) => {
		expect(fragmentUrl(page, fragment)).toBe(url);
	});

	it.each(['ftp://example.com/a', 'mailto:a@example.com', 'javascript:alert(1)', 'file:///etc/hosts', '/relative/path', 'not a url', ''])(
		'returns null for %j',
		(page) => {
			expect(fragmentUrl(page, fragment)).toBeNull();
		}
	);
});

describe('text fragments for the real citations', () => {
	const root = resolve(import.meta.dirname, '../../..');
	const source = readFileSync(resolve(root, 'data/sources/jordannews-trump-steps-back.txt'), 'utf8');
	const timeline = JSON.parse(readFileSync(resolve(root, 'data/timelines/trump-steps-back-2025-08.json'), 'utf8')) as {
		events: { id: string; citations: { source: string; quote: string; prefix?: string; suffix?: string }[] }[];
	};
	const citations = timeline.events.flatMap((e) =>
		e.citations.filter((c) => c.source === 'jordannews-trump-steps-back').map((c, k) => ({ name: `${e.id} #${k}`, ...c }))
	);

	it('has citations to check, in a source with curly quotes, a dash and Arabic', () => {
		expect(citations.length).toBeGreaterThanOrEqual(30);
		expect(source).toMatch(/[’“”]/);
		expect(source).toContain('—');
		expect(source).toMatch(/\p{Script=Arabic}/u);
	});

	it.each(citations)('$name is cited by a unique fragment made of source text', (citation) => {
		const starts = matchPassage(source, citation).starts;
		expect(starts).toHaveLength(1);
		const start = starts[0]!;
		const end = start + citation.quote.length;
		const { fragment, unique } = textFragmentOrAmbiguity(source, start, end);
		expect(unique).toBe(true);
		const terms = termsOf(fragment);
		for (const term of [terms.prefix, terms.start, terms.end, terms.suffix]) {
			if (term !== undefined) expect(source).toContain(term);
		}
		if (terms.end === undefined) {
			// Independently of the fragment matcher: the terms find this passage, and only it.
			expect(countFolded(source, { quote: terms.start, prefix: terms.prefix, suffix: terms.suffix })).toEqual([start]);
			expect(terms.start).toBe(citation.quote.trim());
		}
		expect(fragmentUrl('https://www.jordannews.jo/Section-24/Europe/x-44244', fragment)).toBe(
			`https://www.jordannews.jo/Section-24/Europe/x-44244#${fragment}`
		);
	});
});
