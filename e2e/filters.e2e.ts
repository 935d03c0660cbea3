import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { SLUG, chartEvent, chartReady, expect, expectNoAxeViolations, holdScripts, test } from './fixtures';

// The data as the tests count it, straight from the file: an event's parties are its actors' parties.
const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'data/timelines', `${SLUG}.json`), 'utf8')) as {
	parties: { id: string; label: string }[];
	actors: { id: string; party: string }[];
	events: { id: string; kind: string; actors: string[] }[];
};
const partyOf = new Map(data.actors.map((a) => [a.id, a.party]));
const partiesOf = (e: (typeof data.events)[number]) => new Set(e.actors.map((a) => partyOf.get(a)!));
const label = (party: string) => data.parties.find((p) => p.id === party)!.label;
const kindWords = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1).replace(/-/g, ' ');
const expected = (parties: string[], kinds: string[]) =>
	data.events.filter((e) => kinds.includes(e.kind) && [...partiesOf(e)].some((p) => parties.includes(p))).map((e) => e.id).sort();
const allParties = data.parties.map((p) => p.id);
const allKinds = [...new Set(data.events.map((e) => e.kind))];

const filters = (page: Page) => page.getByRole('group', { name: 'Filter events' });
const partyBox = (page: Page, party: string) => filters(page).getByRole('group', { name: 'Parties' }).getByRole('checkbox', { name: new RegExp(`^${label(party)} \\(`) });
const kindBox = (page: Page, kind: string) => filters(page).getByRole('group', { name: 'Kinds' }).getByRole('checkbox', { name: new RegExp(`^${kindWords(kind)} \\(`) });
const chartIds = async (page: Page) => (await page.locator('svg [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!))).sort();
const listIds = async (page: Page) => (await page.locator('#event-list li[data-list-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')!))).sort();

/** The chart and the list both show exactly these events. */
async function expectShown(page: Page, ids: string[]) {
	await expect.poll(() => chartIds(page)).toEqual(ids);
	expect(await listIds(page)).toEqual(ids);
	await expect(filters(page).getByRole('status')).toHaveText(`Showing ${ids.length} of ${data.events.length} events`);
}

test.describe('filters by party and by kind', () => {
	test('every box is labelled with its count from the data file, facet-style', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		for (const p of allParties) {
			const n = data.events.filter((e) => partiesOf(e).has(p)).length;
			await expect(partyBox(page, p)).toHaveAccessibleName(`${label(p)} (${n})`);
			await expect(partyBox(page, p)).toBeChecked();
		}
		for (const k of allKinds) {
			const n = data.events.filter((e) => e.kind === k).length;
			await expect(kindBox(page, k)).toHaveAccessibleName(`${kindWords(k)} (${n})`);
		}
		// Kinds not in the data get no box.
		await expect(filters(page).getByRole('checkbox')).toHaveCount(allParties.length + allKinds.length);

		// Party counts are counted within the ticked kinds, kind counts within the ticked parties.
		await page.goto('/?kinds=statement,call&parties=russia');
		for (const p of allParties) {
			const n = data.events.filter((e) => ['statement', 'call'].includes(e.kind) && partiesOf(e).has(p)).length;
			await expect(partyBox(page, p)).toHaveAccessibleName(`${label(p)} (${n})`);
		}
		for (const k of allKinds) {
			const n = data.events.filter((e) => e.kind === k && partiesOf(e).has('russia')).length;
			await expect(kindBox(page, k)).toHaveAccessibleName(`${kindWords(k)} (${n})`);
		}
		await expect(partyBox(page, 'russia')).toBeChecked();
		await expect(partyBox(page, 'ukraine')).not.toBeChecked();
		await expect(kindBox(page, 'meeting')).not.toBeChecked();
	});

	// /t/<slug> and the embed run their own small client in place of SvelteKit's
	// (scripts/client-build.js), with its own history handling: all three pages are held to the same behaviour.
	for (const path of ['/', `/t/${SLUG}`, `/embed/${SLUG}`])
	test(`ticking and unticking change the chart, the list and the URL; reload keeps it; back restores (${path})`, async ({ page }) => {
		await page.goto(path);
		await chartReady(page);
		await expectShown(page, expected(allParties, allKinds));

		// Untick Russia: the other three lanes, their events, in the URL.
		await partyBox(page, 'russia').uncheck();
		const noRussia = allParties.filter((p) => p !== 'russia');
		await expect(page).toHaveURL(new RegExp(`\\?parties=${noRussia.join('%2C')}$`));
		await expectShown(page, expected(noRussia, allKinds));
		await expect(page.locator('.lane-label')).toHaveText(noRussia.map(label));
		await expect(partyBox(page, 'russia')).toBeFocused();

		// Untick the statements too: both filters at once.
		await kindBox(page, 'statement').uncheck();
		const noStatements = allKinds.filter((k) => k !== 'statement');
		await expect(page).toHaveURL(/&kinds=/);
		expect(new URL(page.url()).searchParams.get('kinds')!.split(',').sort()).toEqual(noStatements.sort());
		await expectShown(page, expected(noRussia, noStatements));
		// Russia's count now leaves out its statements, though Russia itself is unticked.
		const russiaWithout = data.events.filter((e) => e.kind !== 'statement' && partiesOf(e).has('russia')).length;
		await expect(partyBox(page, 'russia')).toHaveAccessibleName(`Russia (${russiaWithout})`);

		// A reload (a deep link) shows the same.
		const url = page.url();
		await page.reload();
		await chartReady(page);
		expect(page.url()).toBe(url);
		await expectShown(page, expected(noRussia, noStatements));
		await expect(partyBox(page, 'russia')).not.toBeChecked();
		await expect(kindBox(page, 'statement')).not.toBeChecked();

		// Back: the statements return; back again: everything.
		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`\\?parties=${noRussia.join('%2C')}$`));
		await expectShown(page, expected(noRussia, allKinds));
		await expect(kindBox(page, 'statement')).toBeChecked();
		await page.goBack();
		await expect.poll(() => page.url()).toMatch(new RegExp(`${path}$`));
		await expectShown(page, expected(allParties, allKinds));
		await page.goForward();
		await expectShown(page, expected(noRussia, allKinds));

		// Ticking Russia again means "all parties": no parameter at all.
		await partyBox(page, 'russia').check();
		await expect.poll(() => page.url()).toMatch(new RegExp(`${path}$`));
		await expectShown(page, expected(allParties, allKinds));
		await expectNoAxeViolations(page);
	});

	for (const path of ['/', `/embed/${SLUG}`])
	test(`boxes changed before the scripts have run are kept, all of them, once they run (${path})`, async ({ page }) => {
		// The prerendered boxes can be clicked before the page hydrates (a slow network, or a large
		// timeline's page waiting for its model.json). Hold every script back, change two boxes, let go.
		const release = await holdScripts(page);
		await page.goto(path, { waitUntil: 'commit' });
		await partyBox(page, 'russia').uncheck();
		await kindBox(page, 'statement').uncheck();
		expect(await page.evaluate(() => performance.getEntriesByName('timeline:rendered').length)).toBe(0);
		release();
		await chartReady(page);

		const noRussia = allParties.filter((p) => p !== 'russia');
		const noStatements = allKinds.filter((k) => k !== 'statement');
		await expect(page).toHaveURL(/[?&]parties=/);
		const url = new URL(page.url());
		expect(url.searchParams.get('parties')?.split(',').sort()).toEqual([...noRussia].sort());
		expect(url.searchParams.get('kinds')?.split(',').sort()).toEqual([...noStatements].sort());
		await expectShown(page, expected(noRussia, noStatements));
		await expect(partyBox(page, 'russia')).not.toBeChecked();
		await expect(kindBox(page, 'statement')).not.toBeChecked();
		await expect(partyBox(page, 'ukraine')).toBeChecked();
	});

	test('a party keeps its colour when another is filtered out', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		const colours = () =>
			page.locator('.chart .lanes .lane-key').evaluateAll((els) =>
				els.map((el): [string, string] => [el.nextElementSibling?.textContent ?? '', [...el.classList].find((c) => /^lane-\d$/.test(c)) ?? ''])
			);
		const before = new Map(await colours());
		expect(before.size).toBe(allParties.length);
		await partyBox(page, allParties[0]!).uncheck();
		await expect(page.locator('.chart .lanes .lane-key')).toHaveCount(allParties.length - 1);
		const after = await colours();
		for (const [name, colour] of after) expect(colour, name).toBe(before.get(name));
	});

	test('the selected event stays selected while it is shown, and is dropped once filtered out', async ({ page }) => {
		await page.goto('/?event=trump-putin-call');
		await expect(page.locator('#details h2')).toHaveText('Trump–Putin phone call');
		await partyBox(page, 'ukraine').uncheck();
		await expect(page).toHaveURL(/event=trump-putin-call/);
		await expect(chartEvent(page, 'trump-putin-call')).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('#details h2')).toHaveText('Trump–Putin phone call');
		// The call is between the United States and Russia: without both, it is gone.
		await partyBox(page, 'russia').uncheck();
		await expect(page).toHaveURL(/event=trump-putin-call/);
		await partyBox(page, 'united-states').uncheck();
		await expect(page).not.toHaveURL(/event=/);
		await expect(page.locator('#details h2')).toHaveCount(0);
		await expect(chartEvent(page, 'trump-putin-call')).toHaveCount(0);
	});

	test('unticking everything says that nothing matches, with a way back, never a blank chart', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		for (const p of allParties) await partyBox(page, p).uncheck();
		await expect(page).toHaveURL(/\?parties=$/);
		const message = page.locator('.chart-section').getByText('No events match these filters.');
		await expect(message).toBeVisible();
		await expect(page.locator('.chart svg')).toHaveCount(0);
		await expect(page.locator('#event-list li[data-list-event-id]')).toHaveCount(0);
		await expect(filters(page).getByRole('status')).toHaveText(`Showing 0 of ${data.events.length} events`);
		await expectNoAxeViolations(page);

		// The same state from a link, then reset.
		await page.reload();
		await expect(message).toBeVisible();
		await page.locator('.chart-section').getByRole('button', { name: 'Clear filters' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expectShown(page, expected(allParties, allKinds));
		await expect(partyBox(page, allParties[0]!)).toBeFocused();

		// A combination that matches nothing is reported the same way.
		await page.goto('/?parties=europe-nato&kinds=call');
		await expect(message).toBeVisible();
	});

	test('the reset beside the filters clears both and keeps focus in the filters', async ({ page }) => {
		await page.goto('/?parties=russia&kinds=statement');
		await expectShown(page, expected(['russia'], ['statement']));
		await filters(page).getByRole('button', { name: 'Clear filters' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expectShown(page, expected(allParties, allKinds));
		await expect(filters(page).getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
		await expect(partyBox(page, allParties[0]!)).toBeFocused();
	});

	test('the embed has the filters while its controls are on, and its snippets follow them', async ({ page }) => {
		await page.goto(`/embed/${SLUG}`);
		await chartReady(page);
		await kindBox(page, 'meeting').uncheck();
		await expect(page).toHaveURL(/\?kinds=/);
		await expectShown(page, expected(allParties, allKinds.filter((k) => k !== 'meeting')));
		await expect(page.getByRole('link', { name: /Open the full timeline/ })).toHaveAttribute('href', /kinds=/);
		await expectNoAxeViolations(page);
		await page.goto(`/embed/${SLUG}?controls=0`);
		await chartReady(page);
		await expect(filters(page)).toHaveCount(0);
	});
});
