/**
 * The picture export as one standalone SVG document: the title, the chart as it is shown, the
 * legend and the source credit, on the page's background. Everything it needs is inside: colours
 * are concrete values (the caller resolves the page's custom properties and light-dark()), the font
 * is a generic system stack, and there are no links to other files. Text widths are estimated
 * (layout/text.ts), on the generous side, since the file may be drawn where the page's fonts differ.
 */
import { textWidth } from '../layout/text.ts';

export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/** Space around the picture and between its parts, px. */
export const PAD = 16;
const TITLE_SIZE = 20;
const TITLE_LINE = 26;
const TEXT_SIZE = 12;
const LEGEND_ROW = 22;
const CREDIT_LINE = 17;
/** Legend swatches are drawn at this size (as in Legend.svelte). */
export const SWATCH = { width: 34, height: 16 } as const;

export interface PictureInput {
	title: string;
	/** The chart as one serialised <svg> element (styles inlined), and its size in px. */
	chart: { markup: string; width: number; height: number };
	/** Legend entries: a serialised swatch (<svg> of SWATCH size) and its words. */
	legend: { swatch: string; text: string }[];
	/** Lines of credit under the legend ("Source: publisher, title, url"). */
	credits: string[];
	/** Concrete CSS colours (no custom properties). */
	colours: { background: string; text: string; muted: string; rule: string };
}

export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Cuts text into lines no wider than maxWidth: at spaces, and inside a word (a URL) only when it alone is too wide. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (textWidth(candidate, fontSize) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		// A word too long for a line of its own is cut by characters.
		let rest = word;
		while (textWidth(rest, fontSize) > maxWidth) {
			const chars = [...rest];
			let n = chars.length - 1;
			while (n > 1 && textWidth(chars.slice(0, n).join(''), fontSize) > maxWidth) n--;
			lines.push(chars.slice(0, n).join(''));
			rest = chars.slice(n).join('');
		}
		line = rest;
	}
	if (line) lines.push(line);
	return lines;
}

/** Legend entries flowed into rows that fit the width: each entry's x and row. */
export function flowLegend(texts: string[], maxWidth: number): { x: number; row: number }[] {
	const out: { x: number; row: number }[] = [];
	let x = 0;
	let row = 0;
	for (const text of texts) {
		const w = SWATCH.width + 6 + textWidth(text, TEXT_SIZE);
		if (x > 0 && x + w > maxWidth) {
			x = 0;
			row++;
		}
		out.push({ x, row });
		x += w + 18;
	}
	return out;
}

export function pictureSvg(input: PictureInput): { svg: string; width: number; height: number } {
	const { colours } = input;
	const width = Math.ceil(input.chart.width + 2 * PAD);
	const inner = width - 2 * PAD;
	const parts: string[] = [];
	let y = PAD;

	const titleLines = wrapText(input.title, inner, TITLE_SIZE);
	titleLines.forEach((line, i) =>
		parts.push(`<text x="${PAD}" y="${y + i * TITLE_LINE + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="700" fill="${escapeXml(colours.text)}">${escapeXml(line)}</text>`)
	);
	y += titleLines.length * TITLE_LINE + 8;

	parts.push(`<g class="chart" transform="translate(${PAD} ${y})">${input.chart.markup}</g>`);
	parts.push(
		`<rect x="${PAD - 0.5}" y="${y - 0.5}" width="${input.chart.width + 1}" height="${input.chart.height + 1}" rx="8" fill="none" stroke="${escapeXml(colours.rule)}"/>`
	);
	y += input.chart.height + 14;

	const places = flowLegend(
		input.legend.map((l) => l.text),
		inner
	);
	const legend = input.legend.map((item, i) => {
		const { x, row } = places[i]!;
		const top = y + row * LEGEND_ROW;
		return (
			`<g class="legend-item" transform="translate(${PAD + x} ${top})">${item.swatch}` +
			`<text x="${SWATCH.width + 6}" y="12" font-size="${TEXT_SIZE}" fill="${escapeXml(colours.muted)}">${escapeXml(item.text)}</text></g>`
		);
	});
	parts.push(`<g class="legend">${legend.join('')}</g>`);
	if (places.length > 0) y += (places.at(-1)!.row + 1) * LEGEND_ROW + 6;

	const creditLines = input.credits.flatMap((c) => wrapText(c, inner, TEXT_SIZE));
	parts.push(
		`<g class="credit" font-size="${TEXT_SIZE}" fill="${escapeXml(colours.muted)}">` +
			creditLines.map((line, i) => `<text x="${PAD}" y="${y + i * CREDIT_LINE + TEXT_SIZE}">${escapeXml(line)}</text>`).join('') +
			'</g>'
	);
	y += creditLines.length * CREDIT_LINE + PAD;

	const height = Math.ceil(y);
	const svg =
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">` +
		`<title>${escapeXml(input.title)}</title>` +
		`<rect width="100%" height="100%" fill="${escapeXml(colours.background)}"/>` +
		parts.join('') +
		'</svg>\n';
	return { svg, width, height };
}
