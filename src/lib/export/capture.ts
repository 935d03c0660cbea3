/**
 * The browser half of the picture export: copies of the chart and legend as they are drawn, with
 * every style they get from app.css written onto the elements as concrete values (getComputedStyle
 * resolves the custom properties and light-dark()), the picture drawn into a canvas for PNG, and
 * files handed to the browser to save. The document itself is assembled by svg.ts.
 */

/** Presentation properties the chart takes from the stylesheet, and their initial values (left out when equal). */
const PROPERTIES: Record<string, string | null> = {
	fill: null,
	'fill-opacity': '1',
	stroke: 'none',
	'stroke-width': '1px',
	'stroke-dasharray': 'none',
	'stroke-opacity': '1',
	// The selected label's stroke is drawn under its fill (app.css).
	'paint-order': 'normal',
	opacity: '1',
	'font-size': null,
	'font-weight': '400',
	'font-style': 'normal',
	'text-decoration-line': 'none',
	'text-anchor': 'start'
};

/** Attributes that only matter on the live page (interaction, accessibility of the live chart). */
const LIVE_ATTRIBUTES = /^(tabindex|role|aria-.*|on.*|style)$/;

/** Paint servers, masks and clips: drawn by reference, with their own attributes; copied as they are. */
const REFERENCED = new Set(['defs', 'clipPath', 'mask', 'linearGradient', 'radialGradient', 'stop', 'pattern', 'marker', 'symbol']);

function inline(source: Element, copy: Element) {
	for (const a of [...copy.attributes]) if (LIVE_ATTRIBUTES.test(a.name)) copy.removeAttribute(a.name);
	if (REFERENCED.has(source.localName)) return;
	const computed = getComputedStyle(source);
	const declarations: string[] = [];
	for (const [name, initial] of Object.entries(PROPERTIES)) {
		const value = computed.getPropertyValue(name);
		if (!value || value === initial) continue;
		// Text decoration is written as the shorthand, which SVG renderers know best.
		declarations.push(`${name === 'text-decoration-line' ? 'text-decoration' : name}:${value}`);
	}
	if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
	const from = source.children;
	const to = copy.children;
	for (let i = from.length - 1; i >= 0; i--) {
		const child = from[i]!;
		// Hidden parts and the (invisible) focus rings are not part of the picture.
		const hidden = !REFERENCED.has(child.localName) && getComputedStyle(child).display === 'none';
		if (hidden || child.classList.contains('focus-ring')) to[i]!.remove();
		else inline(child, to[i]!);
	}
}

/** A standalone copy of a drawn <svg> (the chart, a legend swatch): concrete styles, no live attributes. */
export function captureSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
	const box = svg.viewBox.baseVal;
	const width = box && box.width > 0 ? box.width : svg.width.baseVal.value;
	const height = box && box.height > 0 ? box.height : svg.height.baseVal.value;
	const copy = svg.cloneNode(true) as SVGSVGElement;
	inline(svg, copy);
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	copy.setAttribute('overflow', 'hidden');
	return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

/** The legend's entries: each swatch captured, with its words. */
export function captureLegend(list: Element | null): { swatch: string; text: string }[] {
	if (!list) return [];
	return [...list.querySelectorAll('li')].flatMap((li) => {
		const svg = li.querySelector('svg');
		if (!svg) return [];
		const swatch = captureSvg(svg).markup.replace(/ overflow="hidden"/, ' overflow="visible"');
		return [{ swatch, text: li.textContent?.replace(/\s+/g, ' ').trim() ?? '' }];
	});
}

/** A CSS colour (`var(--muted)`, `light-dark(…)`) as the page currently resolves it: `rgb(…)`. */
export function resolveColour(value: string): string {
	const probe = document.createElement('span');
	probe.style.color = value;
	probe.hidden = true;
	document.body.append(probe);
	const colour = getComputedStyle(probe).color;
	probe.remove();
	return colour;
}

/** Draws an SVG document into a canvas at `scale` times its size, as PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image(width, height);
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw into a canvas');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('the canvas gave no PNG'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Hands a file to the browser to save (a download, not a navigation). */
export function saveFile(data: Blob, filename: string) {
	const url = URL.createObjectURL(data);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started by the next turn; the URL is freed a little later to be safe.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
