/**
 * A source snapshot prepared for reading: hidden passages (scraping residue) left out, split into
 * paragraphs, and cut into segments so each cited passage can be marked, even where passages overlap.
 * The snapshot itself is never changed.
 */

export interface Range {
	start: number;
	end: number;
}

export interface MarkedRange extends Range {
	anchor: string;
}

export interface Segment {
	text: string;
	/** Where `text` starts in the snapshot (UTF-16 offset). */
	start: number;
	/** Anchors of the cited passages this segment belongs to. */
	anchors: string[];
	/** Passages that begin with this segment (it carries their anchor id). */
	opens: string[];
	/** Passages that end with this segment (their links back follow it). */
	closes: string[];
}

export type Paragraph = Segment[];

export function readingView(text: string, hidden: readonly Range[], passages: readonly MarkedRange[]): Paragraph[] {
	const cuts = new Set<number>([0, text.length]);
	for (const r of [...hidden, ...passages]) cuts.add(r.start).add(r.end);
	for (const m of text.matchAll(/\n+/g)) cuts.add(m.index).add(m.index + m[0].length);
	const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);

	const paragraphs: Paragraph[] = [];
	let current: Paragraph = [];
	const breakParagraph = () => {
		if (current.some((s) => s.text.trim() !== '')) paragraphs.push(current);
		current = [];
	};
	for (let k = 0; k < points.length - 1; k++) {
		const a = points[k]!;
		const b = points[k + 1]!;
		if (hidden.some((h) => h.start <= a && b <= h.end)) continue;
		const piece = text.slice(a, b);
		if (/^\n+$/.test(piece)) {
			breakParagraph();
			continue;
		}
		const covering = passages.filter((p) => p.start <= a && b <= p.end);
		const anchors = covering.map((p) => p.anchor);
		const opens = covering.filter((p) => p.start === a).map((p) => p.anchor);
		const closes = covering.filter((p) => p.end === b).map((p) => p.anchor);
		const prev = current.at(-1);
		// Merge with the previous segment only where the two are contiguous in the snapshot.
		const contiguous = prev !== undefined && prev.start + prev.text.length === a;
		if (prev && contiguous && opens.length === 0 && prev.closes.length === 0 && sameSet(prev.anchors, anchors)) {
			prev.text += piece;
			prev.closes = closes;
		} else current.push({ text: piece, start: a, anchors, opens, closes });
	}
	breakParagraph();
	return paragraphs.map(trimParagraph);
}

function sameSet(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((x) => b.includes(x));
}

/** Hidden residue can leave stray spaces at a paragraph's edges; they are not content. */
function trimParagraph(p: Paragraph): Paragraph {
	const out = p.map((s) => ({ ...s }));
	if (out[0] && out[0].anchors.length === 0) {
		const trimmed = out[0].text.trimStart();
		out[0].start += out[0].text.length - trimmed.length;
		out[0].text = trimmed;
	}
	const last = out.at(-1);
	if (last && last.anchors.length === 0) last.text = last.text.trimEnd();
	return out.filter((s) => s.text !== '' || s.opens.length > 0 || s.closes.length > 0);
}
