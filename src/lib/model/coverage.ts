/**
 * How much of each source the timeline accounts for: the source is cut into sentences (hidden
 * residue left out), and each sentence is either cited by some event, marked as context in
 * `uncited[]` (with a reason), or not yet looked at.
 */
import { matchPassage } from './passages.ts';
import type { Range } from './reading.ts';
import type { Timeline } from './model.ts';
import type { PassageSelector } from './schema.ts';

export interface Sentence extends Range {
	text: string;
	status: 'cited' | 'context' | 'open';
	/** For context sentences: the reason given. */
	reason?: string;
}

export interface SourceCoverage {
	source: string;
	sentences: Sentence[];
	cited: number;
	context: number;
	open: number;
	/** Share of sentences cited or marked as context, 0..1. */
	share: number;
}

/**
 * Sentences of `text` outside `hidden`: split at line breaks and after . ! ? or … followed by space,
 * unless the full stop ends an abbreviation such as "U.S." (a capital letter and a stop).
 */
export function sentences(text: string, hidden: readonly Range[]): Range[] {
	const visible = (i: number) => !hidden.some((h) => h.start <= i && i < h.end);
	const out: Range[] = [];
	let start = -1;
	const close = (end: number) => {
		if (start < 0) return;
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s]!)) s++;
		while (e > s && /\s/.test(text[e - 1]!)) e--;
		if (e > s) out.push({ start: s, end: e });
		start = -1;
	};
	for (let i = 0; i < text.length; i++) {
		if (!visible(i) || text[i] === '\n') {
			close(i);
			continue;
		}
		if (start < 0) {
			if (/\s/.test(text[i]!)) continue;
			start = i;
		}
		const ch = text[i]!;
		if (/[.!?…]/.test(ch)) {
			let j = i + 1;
			while (j < text.length && /["”’)]/.test(text[j]!)) j++;
			const abbreviation = ch === '.' && /(^|[\s.])[A-Z]$/.test(text.slice(Math.max(0, i - 2), i));
			if (!abbreviation && (j >= text.length || /\s/.test(text[j]!))) {
				close(j);
				i = j - 1;
			}
		}
	}
	close(text.length);
	return out;
}

const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function coverage(
	source: string,
	text: string,
	hidden: readonly Range[],
	cited: readonly Range[],
	context: readonly (PassageSelector & { reason: string })[]
): SourceCoverage {
	const contextRanges = context.flatMap((c) => {
		const at = matchPassage(text, c).starts;
		return at.length === 1 ? [{ start: at[0]!, end: at[0]! + c.quote.length, reason: c.reason }] : [];
	});
	const list: Sentence[] = sentences(text, hidden).map((r) => {
		const t = text.slice(r.start, r.end);
		const length = r.end - r.start;
		// A sentence is cited when citations cover at least half of it, or it is short and touched.
		const covered = cited.reduce((n, c) => n + overlap(r, c), 0);
		if (covered >= Math.min(length / 2, 40)) return { ...r, text: t, status: 'cited' as const };
		const ctx = contextRanges.find((c) => overlap(r, c) >= Math.min(length / 2, 40));
		if (ctx) return { ...r, text: t, status: 'context' as const, reason: ctx.reason };
		return { ...r, text: t, status: 'open' as const };
	});
	const count = (s: Sentence['status']) => list.filter((x) => x.status === s).length;
	const c = count('cited');
	const x = count('context');
	return { source, sentences: list, cited: c, context: x, open: count('open'), share: list.length ? (c + x) / list.length : 1 };
}

/** Coverage of every source of a validated timeline. */
export function timelineCoverage(
	timeline: Pick<Timeline, 'sources' | 'events' | 'uncited'>,
	texts: ReadonlyMap<string, { text: string }>
): SourceCoverage[] {
	return timeline.sources.flatMap((s) => {
		const text = texts.get(s.file)?.text;
		if (text === undefined) return [];
		const hidden = (s.hidden ?? []).flatMap((h) => {
			const at = matchPassage(text, h).starts;
			return at.length === 1 ? [{ start: at[0]!, end: at[0]! + h.quote.length }] : [];
		});
		const cited = timeline.events.flatMap((e) => e.citations.filter((c) => c.source === s.id && c.verified));
		const context = (timeline.uncited ?? []).filter((u) => u.source === s.id);
		return [coverage(s.id, text, hidden, cited, context)];
	});
}

export function formatCoverage(timelineId: string, c: SourceCoverage): string {
	const total = c.sentences.length;
	const lines = [
		`${timelineId} / ${c.source}: ${c.cited + c.context} of ${total} sentences accounted for (${Math.floor(c.share * 1000) / 10}%): ${c.cited} cited, ${c.context} marked as context, ${c.open} not yet looked at`
	];
	c.sentences.forEach((s, i) => {
		const mark = s.status === 'cited' ? 'cited  ' : s.status === 'context' ? 'context' : 'OPEN   ';
		const tail = s.reason ? `  (${s.reason})` : '';
		lines.push(`  ${mark} ${String(i + 1).padStart(3)}  ${s.text.length > 100 ? s.text.slice(0, 99) + '…' : s.text}${tail}`);
	});
	return lines.join('\n');
}
