/**
 * Export: every download is taken and read back. The SVG parses and holds the view as shown, the
 * PNG is twice its size, the CSV has a row per event and round-trips awkward text, the calendar
 * passes ical.js with the right days, and Copy link puts the event's address on the clipboard.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { HOST, SLUG, chartReady, expect, expectNoAxeViolations, test, timeline } from './fixtures';

const PAGE = `/t/${SLUG}`;
const raw = readFileSync(resolve(import.meta.dirname, '..', 'data/timelines', `${SLUG}.json`), 'utf8');

async function openExport(page: Page) {
	await chartReady(page);
	const toggle = page.getByRole('button', { name: 'Export' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Clicks a control of the export menu and reads the file it downloads. */
async function take(page: Page, name: string, role: 'button' | 'link' = 'button'): Promise<{ download: Download; body: Buffer }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole(role, { name }).click()]);
	const path = await download.path();
	return { download, body: readFileSync(path) };
}

/** A strict RFC 4180 reader (the test's own, not the site's). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === ',') row.push(field), (field = '');
		else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
		else if (c === '"' || c === '\r' || c === '\n') throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
		else field += c;
	}
	if (quoted || field !== '' || row.length > 0) throw new Error('the file does not end with a complete row');
	return rows;
}

/** The first day an EDTF date of the test data can mean (its start, unqualified, filled to a day). */
function firstDay(edtf: string): string {
	const start = edtf.split('/')[0]!.replace(/[~?%]/g, '');
	return start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
}

/** Parses an SVG document in the page (the browser's own XML parser) and reports what it holds. */
function readSvg(page: Page, text: string) {
	return page.evaluate((svg) => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			error: doc.getElementsByTagName('parsererror').length > 0,
			root: root.localName,
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			title: root.querySelector(':scope > title')?.textContent ?? '',
			ids: [...root.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id')!),
			legend: [...root.querySelectorAll('.legend text')].map((t) => t.textContent!),
			credit: [...root.querySelectorAll('.credit text')].map((t) => t.textContent!).join(''),
			background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? ''
		};
	}, text);
}

test.describe('export', () => {
	test('the menu opens and closes by keyboard and passes axe while open', async ({ page }) => {
		await page.goto(PAGE);
		await openExport(page);
		for (const name of ['Picture (SVG)', 'Picture (PNG, 2×)', 'Table (CSV)', 'Calendar (.ics)'])
			await expect(page.getByRole('button', { name })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Data (JSON, format v1)' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Table (CSV)' }).focus();
		await page.keyboard.press('Escape');
		const toggle = page.getByRole('button', { name: 'Export' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(toggle).toBeFocused();
		await expect(page.getByRole('button', { name: 'Table (CSV)' })).toBeHidden();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	});

	test('SVG: a standalone document of the view as shown, with title, legend and credit', async ({ page }) => {
		// A filtered view with a selection: the picture shows what the page shows.
		await page.goto(`${PAGE}?parties=russia,ukraine&event=trump-putin-call`);
		await openExport(page);
		const shown = await page.locator('.chart > svg [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
		expect(shown.length).toBeGreaterThan(5);
		expect(shown.length).toBeLessThan(timeline.events.length);
		const { download, body } = await take(page, 'Picture (SVG)');
		expect(download.suggestedFilename()).toBe(`${SLUG}.svg`);
		await expect(page.getByRole('status').filter({ hasText: `Downloading ${SLUG}.svg` })).toBeVisible();
		const text = body.toString('utf8');
		const svg = await readSvg(page, text);
		expect(svg.error).toBe(false);
		expect(svg.root).toBe('svg');
		expect(svg.title).toBe(timeline.title);
		expect([...svg.ids].sort()).toEqual([...shown].sort());
		const legend = await page.locator('.legend li').allTextContents();
		expect(svg.legend).toEqual(legend.map((t) => t.replace(/\s+/g, ' ').trim()));
		const source = JSON.parse(raw).sources[0];
		const squash = (s: string) => s.replace(/\s+/g, '');
		expect(squash(svg.credit)).toContain(squash(`Source: ${source.publisher}, ${source.title}, ${source.url}`));
		// Concrete colours and a generic font stack; nothing that needs the page or another file.
		expect(text).not.toMatch(/var\(--|light-dark\(|@import|url\(["']?(https?:|\/)|(xlink:)?href=/);
		expect(text).toMatch(/font-family="system-ui,[^"]*sans-serif"/);
		expect(svg.background).toBe('rgb(255, 255, 255)');
	});

	test('SVG in the dark theme resolves the dark colours', async ({ page }) => {
		await page.goto(`${PAGE}?theme=dark`);
		await openExport(page);
		const svg = await readSvg(page, (await take(page, 'Picture (SVG)')).body.toString('utf8'));
		expect(svg.background).toBe('rgb(20, 23, 27)');
	});

	test('PNG: the same picture at twice its size', async ({ page }) => {
		await page.goto(PAGE);
		await openExport(page);
		const chartWidth = Number(await page.locator('.chart > svg').getAttribute('width'));
		const svg = await readSvg(page, (await take(page, 'Picture (SVG)')).body.toString('utf8'));
		expect(svg.width).toBe(Math.ceil(chartWidth + 32));
		const { download, body } = await take(page, 'Picture (PNG, 2×)');
		expect(download.suggestedFilename()).toBe(`${SLUG}.png`);
		expect(body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
		expect({ width: body.readUInt32BE(16), height: body.readUInt32BE(20) }).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
	});

	test('the picture needs the wide chart, and says so on a narrow screen', async ({ page }) => {
		await page.setViewportSize({ width: 420, height: 800 });
		await page.goto(PAGE);
		await openExport(page);
		await page.getByRole('button', { name: 'Picture (SVG)' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'at least 640 pixels wide' })).toBeVisible();
	});

	test('JSON: the timeline file as written (format v1)', async ({ page }) => {
		await page.goto(PAGE);
		await openExport(page);
		const { download, body } = await take(page, 'Data (JSON, format v1)', 'link');
		expect(download.suggestedFilename()).toBe(`${SLUG}.json`);
		const { $schema, ...data } = JSON.parse(body.toString('utf8'));
		const { $schema: _, ...expected } = JSON.parse(raw);
		expect($schema).toBe('/schema/timeline-v1.json');
		expect(data).toEqual(expected);
		expect(data.version).toBe(1);
	});

	test('CSV: one row per event, in UTF-8 with a byte order mark', async ({ page }) => {
		await page.goto(PAGE);
		await openExport(page);
		const { download, body } = await take(page, 'Table (CSV)');
		expect(download.suggestedFilename()).toBe(`${SLUG}.csv`);
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(body.toString('utf8').slice(1));
		expect(rows[0]).toEqual(['id', 'title', 'date', 'earliest', 'latest', 'precision', 'parties', 'actors', 'status', 'first_quote', 'source_url']);
		expect(rows.length).toBe(timeline.events.length + 1);
		const byId = new Map(rows.slice(1).map((r) => [r[0]!, r]));
		for (const e of timeline.events) {
			const row = byId.get(e.id)!;
			expect(row, e.id).toBeDefined();
			expect(row.length).toBe(11);
			expect(row[1]).toBe(e.title);
			expect(row[2]).toBe(e.date ?? '');
			if (e.date) expect(row[3], e.id).toBe(firstDay(e.date));
			expect(row[9]).toBe(e.citations[0]!.quote);
		}
		expect(byId.get('alaska-summit')!.slice(3, 6)).toEqual(['2025-08-15', '2025-08-15', 'day']);
	});

	test('CSV round-trips commas, quotes and line breaks', async ({ page }) => {
		const data = JSON.parse(raw);
		const awkward = { title: 'Summit, “Alaska” and "quotes",\nover two lines', quote: 'He said, "no deal";\r\nthen, "maybe".' };
		data.events[0].title = awkward.title;
		data.events[0].citations[0].quote = awkward.quote;
		const remote = `${HOST}remote/export-awkward.json`;
		await page.route(remote, (route) => route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' }, body: JSON.stringify(data) }));
		await page.goto(`/view?src=${encodeURIComponent(remote)}`);
		await openExport(page);
		const rows = parseCsv((await take(page, 'Table (CSV)')).body.toString('utf8').slice(1));
		expect(rows.length).toBe(data.events.length + 1);
		const row = rows.find((r) => r[0] === data.events[0].id)!;
		expect(row[1]).toBe(awkward.title);
		expect(row[9]).toBe(awkward.quote);
	});

	test('iCalendar: parses, one all-day event per dated event on its first day, the others counted', async ({ page }) => {
		await page.goto(PAGE);
		await openExport(page);
		const { download, body } = await take(page, 'Calendar (.ics)');
		expect(download.suggestedFilename()).toBe(`${SLUG}.ics`);
		const text = body.toString('utf8');
		for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		const calendar = new ICAL.Component(ICAL.parse(text));
		const dated = timeline.events.filter((e) => e.date !== null);
		const unscheduled = timeline.events.length - dated.length;
		expect(calendar.getFirstPropertyValue('x-dateline-omitted')).toBe(`${unscheduled} unscheduled events`);
		const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(vevents.length).toBe(dated.length);
		expect(new Set(vevents.map((v) => v.uid)).size).toBe(dated.length);
		for (const e of dated) {
			const v = vevents.find((x) => x.uid.startsWith(`${SLUG}--${e.id}@`))!;
			expect(v, e.id).toBeDefined();
			expect(v.summary).toBe(e.title);
			expect(v.startDate.isDate, e.id).toBe(true);
			expect(v.startDate.toString(), e.id).toBe(firstDay(e.date!));
			expect(v.endDate.compare(v.startDate), e.id).toBe(1);
			if (/[~%]/.test(e.date!)) expect(v.description, e.id).toContain('Approximate');
			if (/[?%]/.test(e.date!)) expect(v.description, e.id).toContain('Uncertain');
		}
		const call = vevents.find((v) => v.uid.startsWith(`${SLUG}--trump-putin-call@`))!;
		expect([call.startDate.toString(), call.endDate.toString()]).toEqual(['2025-08-18', '2025-08-19']);
		expect(call.component.getFirstPropertyValue('url')).toMatch(new RegExp(`/t/${SLUG}\\?event=trump-putin-call$`));
	});
});

test.describe('copy link', () => {
	test('copies the full address of the selected event and says so', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto(`${PAGE}?event=trump-putin-call`);
		await chartReady(page);
		await page.locator('#details').getByRole('button', { name: 'Copy link to this event' }).click();
		await expect(page.locator('#details').getByRole('status')).toHaveText('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${baseURL}${PAGE}?event=trump-putin-call`);
		await expectNoAxeViolations(page);
	});

	test('from an embed, copies the full page address', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto(`/embed/${SLUG}?event=alaska-summit&theme=dark`);
		await chartReady(page);
		await page.getByRole('button', { name: 'Copy link to this event' }).click();
		await expect(page.locator('#details').getByRole('status')).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PAGE}?event=alaska-summit`);
	});

	test('when the clipboard is refused, the link is shown selected to copy by hand', async ({ page, baseURL }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
		});
		await page.goto(`${PAGE}?event=alaska-summit`);
		await chartReady(page);
		await page.getByRole('button', { name: 'Copy link to this event' }).click();
		const field = page.getByRole('textbox', { name: 'Link to this event' });
		await expect(field).toHaveValue(`${baseURL}${PAGE}?event=alaska-summit`);
		await expect(field).toBeFocused();
		expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, `${baseURL}${PAGE}?event=alaska-summit`.length]);
		await expect(page.locator('#details').getByRole('status')).toContainText('Copying was not allowed');
		await expectNoAxeViolations(page);
	});
});
