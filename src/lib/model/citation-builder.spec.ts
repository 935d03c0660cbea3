import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationFor } from './citation-builder.ts';
import { matchPassage } from './passages.ts';

const article = readFileSync(resolve(import.meta.dirname, '../../../data/sources/jordannews-trump-steps-back.txt'), 'utf8');

describe('citationFor', () => {
	it('gives the quote alone, with code point offsets, when it is unique', () => {
		const q = 'Trump spoke with Putin in a call lasting about 40 minutes';
		const at = article.indexOf(q);
		const c = citationFor(article, at, at + q.length, 'src');
		expect(c).toEqual({ source: 'src', quote: q, startCodePoint: [...article.slice(0, at)].length, endCodePoint: [...article.slice(0, at + q.length)].length });
	});

	it('trims whitespace at the edges of the selection', () => {
		const q = 'Trump does not plan to intervene in the process.';
		const at = article.indexOf(q);
		expect(citationFor(article, at - 1, at + q.length + 2, 'src')!.quote).toBe(q);
	});

	it('adds the shortest prefix or suffix that makes a repeated quote unique', () => {
		const q = 'Following White House meetings';
		const second = article.indexOf(q, article.indexOf(q) + 1);
		const c = citationFor(article, second, second + q.length, 'src')!;
		// Both occurrences start a paragraph, so the text after tells them apart: ", Z(elensky)".
		expect(c.prefix).toBeUndefined();
		expect(c.suffix).toBe(', Z');
		expect(matchPassage(article, c).starts).toEqual([second]);
	});

	it('uses a suffix when no prefix exists', () => {
		const text = 'Talks ended. Talks ended again.';
		const c = citationFor(text, 0, 'Talks ended'.length, 'src')!;
		expect(c.prefix).toBeUndefined();
		expect(c.suffix).toBe('.');
		expect(matchPassage(text, c).starts).toEqual([0]);
	});

	it('gives nothing for an empty selection', () => {
		expect(citationFor(article, 10, 10, 'src')).toBeNull();
		expect(citationFor('a   b', 1, 4, 'src')).toBeNull();
	});
});
