import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../server/check.ts';
import { readSources } from '../server/files.ts';
import { citationAnchor } from './model.ts';
import { matchPassage } from './passages.ts';
import { readingView, type MarkedRange, type Paragraph, type Range, type Segment } from './reading.ts';

/** A plain segment, to keep the expected values short. */
const seg = (text: string, anchors: string[] = [], opens: string[] = [], closes: string[] = []): Segment => ({
	text,
	start: expect.any(Number),
	anchors,
	opens,
	closes
});

/** The range of `part` in `text` (its only occurrence). */
function at(text: string, part: string, anchor?: string): MarkedRange {
	const start = text.indexOf(part);
	if (start < 0 || text.indexOf(part, start + 1) >= 0) throw new Error(`"${part}" must occur once in "${text}"`);
	return { start, end: start + part.length, anchor: anchor ?? part };
}

/** The text of every segment that carries the anchor, in reading order. */
const textOf = (paragraphs: Paragraph[], anchor: string) =>
	paragraphs
		.flat()
		.filter((s) => s.anchors.includes(anchor))
		.map((s) => s.text)
		.join('');

const plain = (paragraphs: Paragraph[]) => paragraphs.map((p) => p.map((s) => s.text).join(''));

describe('readingView', () => {
	it('gives one plain segment for a text with no breaks, hidden ranges or passages', () => {
		expect(readingView('One paragraph.', [], [])).toEqual([[seg('One paragraph.')]]);
	});

	it('gives nothing for an empty text', () => {
		expect(readingView('', [], [])).toEqual([]);
	});

	it.each([
		['a blank line', 'First.\n\nSecond.', ['First.', 'Second.']],
		['a single new line', 'First.\nSecond.', ['First.', 'Second.']],
		['several blank lines', 'First.\n\n\n\nSecond.', ['First.', 'Second.']],
		['leading and trailing new lines', '\n\nFirst.\nSecond.\n', ['First.', 'Second.']],
		['a line of spaces only', 'First.\n   \nSecond.', ['First.', 'Second.']]
	])('splits paragraphs at new lines: %s', (_, text, expected) => {
		const paragraphs = readingView(text, [], []);
		expect(plain(paragraphs)).toEqual(expected);
		expect(paragraphs.every((p) => p.length === 1)).toBe(true);
	});

	it('hides a hidden range inside a paragraph; the text around it stays in one paragraph', () => {
		const text = 'Before.ADVERT After.';
		// Two segments, so that each keeps its own place in the snapshot.
		expect(readingView(text, [at(text, 'ADVERT')], [])).toEqual([[seg('Before.'), seg(' After.')]]);
	});

	it('drops a paragraph that is all hidden', () => {
		const text = 'Title\nTitle again\nBody.';
		const hidden: Range[] = [{ start: 0, end: text.indexOf('Body.') }];
		expect(plain(readingView(text, hidden, []))).toEqual(['Body.']);
	});

	it('trims the spaces hidden residue leaves at the edges of a paragraph', () => {
		const text = 'AD Body text. AD\nNext.';
		const hidden: Range[] = [
			{ start: 0, end: 2 },
			{ start: text.indexOf(' AD\n') + 1, end: text.indexOf('\n') }
		];
		expect(plain(readingView(text, hidden, []))).toEqual(['Body text.', 'Next.']);
	});

	it('never changes the text it is given', () => {
		const text = 'Some text.ADVERT\n\nMore.';
		const copy = String(text);
		readingView(text, [at(text, 'ADVERT')], [at(text, 'More.', 'm')]);
		expect(text).toBe(copy);
	});

	it('marks a passage: one segment that opens and closes it', () => {
		const text = 'one two three';
		expect(readingView(text, [], [at(text, 'two', 'a')])).toEqual([[seg('one '), seg('two', ['a'], ['a'], ['a']), seg(' three')]]);
	});

	it('marks a passage that is a whole paragraph', () => {
		const text = 'First.\nSecond.';
		expect(readingView(text, [], [at(text, 'Second.', 'a')])).toEqual([[seg('First.')], [seg('Second.', ['a'], ['a'], ['a'])]]);
	});

	it('marks a passage with a hidden range inside as two segments, opening in the first, closing in the last', () => {
		const text = 'Start of it.ADVERT End of it.';
		const paragraphs = readingView(text, [at(text, 'ADVERT')], [{ start: 0, end: text.length, anchor: 'a' }]);
		expect(paragraphs).toEqual([[seg('Start of it.', ['a'], ['a'], []), seg(' End of it.', ['a'], [], ['a'])]]);
	});

	it('handles overlapping passages: the shared part carries both anchors', () => {
		const text = 'abcdefghij';
		const a = { start: 2, end: 6, anchor: 'A' };
		const b = { start: 4, end: 8, anchor: 'B' };
		expect(readingView(text, [], [a, b])).toEqual([
			[seg('ab'), seg('cd', ['A'], ['A'], []), seg('ef', ['A', 'B'], ['B'], ['A']), seg('gh', ['B'], [], ['B']), seg('ij')]
		]);
	});

	it('handles a passage nested inside another', () => {
		const text = 'abcdefghij';
		const outer = { start: 2, end: 8, anchor: 'O' };
		const inner = { start: 4, end: 6, anchor: 'I' };
		expect(readingView(text, [], [outer, inner])).toEqual([
			[seg('ab'), seg('cd', ['O'], ['O'], []), seg('ef', ['O', 'I'], ['I'], ['I']), seg('gh', ['O'], [], ['O']), seg('ij')]
		]);
	});

	it('handles adjacent passages as two segments, the first closing before the second opens', () => {
		const text = 'abcdefgh';
		const a = { start: 2, end: 4, anchor: 'A' };
		const b = { start: 4, end: 6, anchor: 'B' };
		expect(readingView(text, [], [a, b])).toEqual([[seg('ab'), seg('cd', ['A'], ['A'], ['A']), seg('ef', ['B'], ['B'], ['B']), seg('gh')]]);
	});

	it('handles two passages with the same text as one segment that opens and closes both', () => {
		const text = 'abcdef';
		const a = { start: 2, end: 4, anchor: 'A' };
		const b = { start: 2, end: 4, anchor: 'B' };
		expect(readingView(text, [], [a, b])).toEqual([[seg('ab'), seg('cd', ['A', 'B'], ['A', 'B'], ['A', 'B']), seg('ef')]]);
	});

	it('handles passages that start together and end apart', () => {
		const text = 'abcdefgh';
		const a = { start: 2, end: 4, anchor: 'A' };
		const b = { start: 2, end: 6, anchor: 'B' };
		expect(readingView(text, [], [a, b])).toEqual([[seg('ab'), seg('cd', ['A', 'B'], ['A', 'B'], ['A']), seg('ef', ['B'], [], ['B']), seg('gh')]]);
	});

	it('opens a passage across a paragraph break in the first paragraph and closes it in the last', () => {
		const text = 'ab\ncd';
		const paragraphs = readingView(text, [], [{ start: 1, end: 4, anchor: 'A' }]);
		expect(paragraphs).toEqual([[seg('a'), seg('b', ['A'], ['A'], [])], [seg('c', ['A'], [], ['A']), seg('d')]]);
		// The new line is a paragraph break, not text.
		expect(textOf(paragraphs, 'A')).toBe('bc');
	});

	it.each<[string, string, [string, string][]]>([
		['separate passages', 'The quick brown fox jumps over the lazy dog.', [['quick', 'q'], ['lazy dog', 'l']]],
		['overlapping passages', 'The quick brown fox jumps over the lazy dog.', [['quick brown', 'a'], ['brown fox', 'b'], ['fox jumps over', 'c']]],
		['nested passages', 'The quick brown fox jumps over the lazy dog.', [['quick brown fox jumps', 'a'], ['brown', 'b'], ['fox', 'c']]],
		['adjacent passages', 'The quick brown fox jumps over the lazy dog.', [['The quick', 'a'], [' brown fox', 'b'], [' jumps', 'c']]],
		['passages in several paragraphs', 'One, two.\n\nThree, four.\nFive.', [['two', 'a'], ['Three, four.', 'b'], ['four', 'c'], ['Five.', 'd']]]
	])('gives each passage its quote as the text of the segments that carry it (%s)', (_, text, quotes) => {
		const passages = quotes.map(([quote, anchor]) => at(text, quote, anchor));
		const paragraphs = readingView(text, [], passages);
		for (const [quote, anchor] of quotes) {
			expect(textOf(paragraphs, anchor), anchor).toBe(quote);
			const segments = paragraphs.flat();
			expect(segments.filter((s) => s.opens.includes(anchor)), anchor).toHaveLength(1);
			expect(segments.filter((s) => s.closes.includes(anchor)), anchor).toHaveLength(1);
			const first = segments.findIndex((s) => s.anchors.includes(anchor));
			const last = segments.findLastIndex((s) => s.anchors.includes(anchor));
			expect(segments[first]!.opens).toContain(anchor);
			expect(segments[last]!.closes).toContain(anchor);
		}
		// Marking passages never changes the text.
		expect(plain(paragraphs)).toEqual(plain(readingView(text, [], [])));
	});
});

describe('readingView on the real source', () => {
	const root = resolve(import.meta.dirname, '../../..');
	const { timelines } = checkFiles(root);
	const timeline = timelines.find((t) => t.id === 'trump-steps-back-2025-08')!;
	const source = timeline.sources.find((s) => s.id === 'jordannews-trump-steps-back')!;
	const text = readSources(resolve(root, 'data/sources')).get(source.file)!.text;
	const hidden: Range[] = (source.hidden ?? []).map((h) => {
		const [start] = matchPassage(text, h).starts;
		if (start === undefined) throw new Error(`hidden passage not found: ${h.quote}`);
		return { start, end: start + h.quote.length };
	});
	const citations = timeline.events.flatMap((e) => e.citations.map((c, k) => ({ event: e.id, k, ...c }))).filter((c) => c.source === source.id);
	const passages: MarkedRange[] = citations.map((c) => ({ start: c.start, end: c.end, anchor: c.anchor }));
	const paragraphs = readingView(text, hidden, passages);
	const segments = paragraphs.flat();
	const title = 'Trump Temporarily Steps Back from Russia-Ukraine Peace Talks';

	it('has hidden passages and citations to work with', () => {
		expect(hidden.length).toBe(2);
		expect(citations.length).toBeGreaterThan(20);
		expect(text).toContain('اضافة اعلان');
		expect(text.split(title).length - 1).toBe(3);
	});

	it.each(citations.map((c) => [c.anchor, c] as const))('gives %s its quote exactly', (anchor, c) => {
		expect(anchor).toBe(citationAnchor(timeline.id, c.event, c.k));
		expect(textOf(paragraphs, anchor)).toBe(c.quote);
		expect(segments.filter((s) => s.opens.includes(anchor))).toHaveLength(1);
		expect(segments.filter((s) => s.closes.includes(anchor))).toHaveLength(1);
		expect(segments.findIndex((s) => s.opens.includes(anchor))).toBeLessThanOrEqual(segments.findIndex((s) => s.closes.includes(anchor)));
	});

	it('leaves out the advertisement residue', () => {
		for (const p of plain(paragraphs)) expect(p).not.toContain('اضافة اعلان');
		expect(plain(paragraphs).join('\n')).not.toMatch(/[\u0600-\u06ff]/);
	});

	it('leaves out the repeated title lines', () => {
		for (const p of plain(paragraphs)) expect(p).not.toContain(title);
	});

	it('opens with the first sentence of the report, the residue cut from its end', () => {
		const first = plain(paragraphs)[0]!;
		expect(first.startsWith('U.S. President Donald Trump intends to leave Russia and Ukraine')).toBe(true);
		expect(first.endsWith('an end to Russia’s invasion of Ukraine.')).toBe(true);
	});

	it('keeps the rest of the text, paragraph by paragraph', () => {
		let visible = '';
		let from = 0;
		for (const h of [...hidden].sort((a, b) => a.start - b.start)) {
			visible += text.slice(from, h.start);
			from = h.end;
		}
		visible += text.slice(from);
		const expected = visible
			.split(/\n+/)
			.map((p) => p.trim())
			.filter((p) => p !== '');
		expect(plain(paragraphs)).toEqual(expected);
	});

	it('has no empty segments and no paragraph without text', () => {
		for (const p of paragraphs) {
			expect(p.length).toBeGreaterThan(0);
			expect(p.map((s) => s.text).join('').trim()).not.toBe('');
			for (const s of p) expect(s.text).not.toBe('');
		}
	});
});

describe('readingView segment offsets', () => {
	it('give where each segment starts in the snapshot, after hidden text and trimmed space', () => {
		const text = 'HEADER\n\n  Alpha met Beta. AD Gamma called.\nDelta.';
		const hidden = [{ start: 0, end: 8 }, { start: text.indexOf('AD '), end: text.indexOf('AD ') + 3 }];
		const paragraphs = readingView(text, hidden, [at(text, 'Gamma called')]);
		const segments = paragraphs.flat();
		expect(segments.length).toBeGreaterThan(2);
		for (const s of segments) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
		expect(segments[0]!.text.startsWith('Alpha')).toBe(true);
	});

	it('do not join text across a hidden gap', () => {
		const text = 'Keep this. AD SLOT Keep that.';
		const paragraphs = readingView(text, [{ start: 11, end: 19 }], []);
		expect(paragraphs.flat().map((s) => s.text).join('')).toBe('Keep this. Keep that.');
		for (const s of paragraphs.flat()) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
	});
});
