import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../server/check.ts';
import { coverage, formatCoverage, sentences, timelineCoverage } from './coverage.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('sentences', () => {
	const cut = (text: string, hidden: { start: number; end: number }[] = []) => sentences(text, hidden).map((r) => text.slice(r.start, r.end));

	it.each([
		['One. Two! Three? Four…', ['One.', 'Two!', 'Three?', 'Four…']],
		['He said: “Go.” Then left.', ['He said: “Go.”', 'Then left.']],
		['U.S. forces stay. Next.', ['U.S. forces stay.', 'Next.']],
		['Line one\nLine two', ['Line one', 'Line two']],
		['Version 2.5 is out. Yes.', ['Version 2.5 is out.', 'Yes.']]
	])('splits %j', (text, expected) => {
		expect(cut(text)).toEqual(expected);
	});

	it('leaves hidden ranges out', () => {
		const text = 'Keep this. AD SLOT Keep that.';
		expect(cut(text, [{ start: 11, end: 19 }])).toEqual(['Keep this.', 'Keep that.']);
	});
});

describe('coverage', () => {
	const text = 'Alpha met Beta. Gamma called. Some analysis here. Delta spoke.';
	const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

	it('counts cited, context and open sentences', () => {
		const c = coverage('src', text, [], [at('Alpha met Beta.'), at('Gamma called')], [{ quote: 'Some analysis here.', reason: 'analysis' }]);
		expect(c.sentences.map((s) => s.status)).toEqual(['cited', 'cited', 'context', 'open']);
		expect(c.sentences[2]!.reason).toBe('analysis');
		expect([c.cited, c.context, c.open]).toEqual([2, 1, 1]);
		expect(c.share).toBe(0.75);
	});

	it('does not count a sentence that a citation only grazes', () => {
		const c = coverage('src', text, [], [{ start: at('Gamma called.').start - 2, end: at('Gamma called.').start + 1 }], []);
		expect(c.sentences[1]!.status).toBe('open');
	});

	it('prints a line per sentence with its status', () => {
		const c = coverage('src', text, [], [at('Alpha met Beta.')], []);
		const out = formatCoverage('t', c).split('\n');
		expect(out[0]).toBe('t / src: 1 of 4 sentences accounted for (25%): 1 cited, 0 marked as context, 3 not yet looked at');
		expect(out[1]).toMatch(/^ {2}cited {3} {2}1 {2}Alpha met Beta\.$/);
		expect(out[2]).toMatch(/^ {2}OPEN {4} {2}2 {2}Gamma called\.$/);
	});
});

describe('the article’s timeline', () => {
	it('accounts for every sentence of the article (100%), with the analysis marked as context', () => {
		const { timelines, sources } = checkFiles(root);
		const [c] = timelineCoverage(timelines[0]!, sources);
		expect(c!.sentences.length).toBeGreaterThan(20);
		expect(c!.open).toBe(0);
		expect(c!.share).toBe(1);
		expect(c!.context).toBeGreaterThanOrEqual(1);
		expect(c!.sentences.some((s) => s.text.includes('اضافة اعلان') || s.text.startsWith('Trump Temporarily'))).toBe(false);
	});
});
