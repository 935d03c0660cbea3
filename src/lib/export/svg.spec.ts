import { describe, expect, it } from 'vitest';
import { textWidth } from '../layout/text.ts';
import { escapeXml, flowLegend, FONT_STACK, PAD, pictureSvg, wrapText } from './svg.ts';

const input = {
	title: 'Talks <and> “quotes” & more',
	chart: { markup: '<svg width="800" height="300" viewBox="0 0 800 300"><g data-event-id="a"/></svg>', width: 800, height: 300 },
	legend: [
		{ swatch: '<svg width="34" height="16"/>', text: 'A day' },
		{ swatch: '<svg width="34" height="16"/>', text: 'Approximate (~): fades at the edges' }
	],
	credits: ['Source: Test Gazette, Leaders meet, https://example.com/a?b=1&c=2'],
	colours: { background: 'rgb(255, 255, 255)', text: 'rgb(28, 33, 40)', muted: 'rgb(85, 95, 107)', rule: 'rgb(213, 219, 225)' }
};

describe('escapeXml', () => {
	it('escapes the five XML specials', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
	});
});

describe('wrapText', () => {
	it('breaks at spaces within the width and keeps every word', () => {
		const text = 'Trump steps back from Russia–Ukraine peace talks, August 2025';
		const lines = wrapText(text, 200, 20);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(200);
		expect(lines.join(' ')).toBe(text);
	});
	it('cuts a word too long for one line (a URL) by characters', () => {
		const url = 'https://www.example.com/' + 'very-long-path/'.repeat(10);
		const lines = wrapText(`Source: ${url}`, 150, 12);
		for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(150);
		expect(lines.join('').replace('Source:', 'Source: ')).toBe(`Source: ${url}`);
	});
});

describe('flowLegend', () => {
	it('starts a new row when an entry would pass the width', () => {
		const places = flowLegend(['A day', 'From one day to another', 'Known only to the month or year'], 260);
		expect(places[0]).toEqual({ x: 0, row: 0 });
		expect(places.at(-1)!.row).toBeGreaterThan(0);
		expect(places.at(-1)!.x).toBe(0);
	});
});

describe('pictureSvg', () => {
	const { svg, width, height } = pictureSvg(input);
	it('is one standalone SVG document sized around the chart', () => {
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(width).toBe(800 + 2 * PAD);
		expect(height).toBeGreaterThan(300 + 2 * PAD);
		expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
		expect(svg).toContain(input.chart.markup);
		expect(svg).toContain(`font-family="${escapeXml(FONT_STACK)}"`);
	});
	it('holds the title, legend and credit as escaped text, with concrete colours only', () => {
		expect(svg).toContain('<title>Talks &lt;and&gt; “quotes” &amp; more</title>');
		expect(svg).toContain('>A day</text>');
		expect(svg).toContain('>Approximate (~): fades at the edges</text>');
		expect(svg).toContain('Source: Test Gazette, Leaders meet, https://example.com/a?b=1&amp;c=2');
		expect(svg).not.toMatch(/var\(|light-dark\(|href=|url\(http/);
	});
});
