import { describe, expect, it } from 'vitest';
import type { Timeline } from '../model/model.ts';
import { parseDate } from '../model/dates.ts';
import { describePrecision, formatSpan } from '../model/format.ts';
import { gapWords, layoutVertical } from '../layout/vertical.ts';
import { windowText } from '../layout/overview.ts';
import { tickFormat } from '../layout/ticks.ts';
import { ar, arSite } from './ar.ts';
import { EN_DATES } from './dates.ts';
import { en, enSite, type Messages, type SiteMessages } from './en.ts';
import { differs, matchLang, resolveLang } from './languages.ts';
import { localiseTimeline, translationFor } from './localise.ts';
import { dates as arDates } from './packs/ar.ts';
import { dates as ukDates } from './packs/uk.ts';
import { uk, ukSite } from './uk.ts';

/** Each language's strings: the timeline's (Messages) and the other pages' (SiteMessages), as one. */
const CATALOGUES: Record<string, { m: Messages; site: SiteMessages }> = { uk: { m: uk, site: ukSite }, ar: { m: ar, site: arSite } };
const EN = { m: en, site: enSite };

/**
 * Catalogue values allowed to equal the English one (proper names, symbols). Empty today: every
 * string of the interface is translated. Add a key path here only for text that is the same in
 * every language.
 */
const SAME_AS_ENGLISH = new Set<string>([]);

/** Every leaf of a catalogue as [path, text]; a function is called with sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (typeof value === 'function') {
		const args = [3, 7, 22].slice(0, value.length);
		return [[path, String(value(...args))]];
	}
	if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
	return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const shape = (value: unknown): unknown =>
	typeof value === 'function'
		? `function/${value.length}`
		: typeof value === 'object' && value !== null
			? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
			: typeof value;

describe('message catalogues', () => {
	for (const [lang, messages] of Object.entries(CATALOGUES)) {
		it(`${lang} has every key of English, with the same parameters`, () => {
			expect(shape(messages)).toEqual(shape(EN));
		});

		it(`${lang} translates every string (none left in English)`, () => {
			const english = new Map(leaves(EN));
			const same = leaves(messages).filter(([path, text]) => !SAME_AS_ENGLISH.has(path) && text === english.get(path));
			expect(same).toEqual([]);
			for (const [path, text] of leaves(messages)) expect(text.trim(), path).not.toBe('');
		});
	}

	it('writes plurals in Ukrainian and Arabic', () => {
		expect(uk.dates.gap(2)).toBe('через 2 дні');
		expect(uk.dates.gap(5)).toBe('через 5 днів');
		expect(uk.dates.gap(21)).toBe('через 3 тижні');
		expect(ar.dates.gap(2)).toBe('بعد يومين');
		expect(ar.dates.gap(3)).toBe('بعد 3 أيام');
		expect(ar.dates.gap(11)).toBe('بعد 11 يومًا');
	});
});

describe('siteMessages', () => {
	it('follows the language: English built in, the others from their packs', async () => {
		const { locale } = await import('./locale.svelte.ts');
		const { siteMessages } = await import('./site.ts');
		expect(siteMessages()).toBe(enSite);
		await locale.set('uk');
		expect(siteMessages()).toBe(ukSite);
		expect(locale.m).toBe(uk);
		await locale.set('ar');
		expect(siteMessages()).toBe(arSite);
		await locale.set('en');
		expect(siteMessages()).toBe(enSite);
		expect(locale.m).toBe(en);
	});
});

describe('locale.pending', () => {
	it('is true from the moment another language is asked for until it is in, and for the last asked only', async () => {
		const { locale } = await import('./locale.svelte.ts');
		await locale.set('en');
		expect(locale.pending).toBe(false);
		const uk = locale.set('uk');
		expect(locale.pending).toBe(true);
		expect(locale.lang).toBe('en');
		const ar = locale.set('ar');
		// Whichever pack comes in first, the last language asked for is the one the page ends in.
		await Promise.all([uk, ar]);
		expect(locale.lang).toBe('ar');
		expect(locale.pending).toBe(false);
		await locale.set('en');
		expect(locale.pending).toBe(false);
	});
});

describe('resolveLang', () => {
	it('takes ?lang= first', () => {
		expect(resolveLang('ar', ['uk-UA', 'en'])).toEqual({ lang: 'ar', ignored: null });
		expect(resolveLang('uk-UA', [])).toEqual({ lang: 'uk', ignored: null });
	});
	it('then the browser languages in order', () => {
		expect(resolveLang(null, ['de-DE', 'uk', 'en-US'])).toEqual({ lang: 'uk', ignored: null });
		expect(resolveLang(null, ['ar-EG'])).toEqual({ lang: 'ar', ignored: null });
		expect(resolveLang(null, ['en-US', 'ar'])).toEqual({ lang: 'en', ignored: null });
	});
	it('falls back to English, and reports an unknown ?lang= as ignored', () => {
		expect(resolveLang(null, ['de', 'fr'])).toEqual({ lang: 'en', ignored: null });
		expect(resolveLang('xx', ['en-US'])).toEqual({ lang: 'en', ignored: 'xx' });
		expect(resolveLang('xx', [])).toEqual({ lang: 'en', ignored: 'xx' });
		expect(resolveLang('', [])).toEqual({ lang: 'en', ignored: null });
		expect(resolveLang('<script>', ['uk'])).toEqual({ lang: 'uk', ignored: '<script>' });
	});
	it('matches primary subtags only', () => {
		expect(matchLang('AR-sa')).toBe('ar');
		expect(matchLang('ukr')).toBeNull();
		expect(matchLang('english')).toBeNull();
		expect(differs('en-GB', 'en')).toBe(false);
		expect(differs('en', 'uk')).toBe(true);
	});
});

describe('dates in Ukrainian and Arabic', () => {
	const span = (edtf: string) => parseDate(edtf);

	it('writes a day with the genitive month in Ukrainian and the month name in Arabic', () => {
		expect(formatSpan(span('2025-08-18'), ukDates)).toBe('18 серпня 2025');
		expect(formatSpan(span('2025-08-18'), arDates)).toBe('18 أغسطس 2025');
		expect(formatSpan(span('2025-08-18'), EN_DATES)).toBe('18 August 2025');
	});

	it('writes a month standing alone in the nominative in Ukrainian', () => {
		expect(formatSpan(span('2025-08'), ukDates)).toBe('серпень 2025');
		expect(formatSpan(span('2025-08'), arDates)).toBe('أغسطس 2025');
	});

	it('translates the words of approximate, uncertain, open and unscheduled dates', () => {
		expect(formatSpan(span('2025-08~'), ukDates)).toBe('приблизно серпень 2025');
		expect(formatSpan(span('2025-08-18?'), ukDates)).toBe('18 серпня 2025 (непевно)');
		expect(formatSpan(span('2025-08-18%'), arDates)).toBe('نحو 18 أغسطس 2025 (غير مؤكد)');
		expect(formatSpan(span('2022-02-24/..'), ukDates)).toBe('від 24 лютого 2022 і далі');
		expect(formatSpan(span('2022-02-24/..'), arDates)).toBe('من 24 فبراير 2022 فصاعدًا');
		expect(formatSpan({ type: 'unscheduled', edtf: null }, ukDates)).toBe('дату не призначено');
		expect(formatSpan({ type: 'unscheduled', edtf: null }, arDates)).toBe('لم يُحدَّد موعد');
	});

	it('writes ranges the way each language does', () => {
		expect(formatSpan(span('2025-08-18/2025-08-21'), ukDates)).toBe('18 – 21 серпня 2025');
		expect(formatSpan(span('2025-07-30/2025-08-02'), arDates)).toBe('30 يوليو إلى 2 أغسطس 2025');
		expect(windowText([Date.UTC(2025, 7, 13), Date.UTC(2025, 7, 23)], ukDates)).toBe('13 – 22 серпня 2025');
	});

	it('localises the precision sentence, the axis ticks and the phone layout', () => {
		expect(describePrecision(span('2025-08-18'), arDates)).toBe('معروف باليوم.');
		expect(describePrecision(span('2024'), ukDates)).toBe('Відомо лише рік: 2024.');
		const days = [new Date(Date.UTC(2025, 7, 14)), new Date(Date.UTC(2025, 7, 16))];
		expect(tickFormat(days, ukDates)(days[0]!)).toBe('14 серп.');
		expect(tickFormat(days, arDates)(days[0]!)).toBe('14 أغسطس');
		expect(tickFormat(days)(days[0]!)).toBe('14 Aug');
		expect(gapWords(3, arDates)).toBe('بعد 3 أيام');
		const event = { span: span('2025-08-18') } as Timeline['events'][number];
		expect(layoutVertical([event], ukDates).groups[0]!.label).toBe('пн, 18 серп. 2025');
		expect(layoutVertical([event], arDates).groups[0]!.label).toBe('الاثنين 18 أغسطس 2025');
	});
});

describe('localiseTimeline', () => {
	const event = (id: string, translations?: Record<string, { title?: string; summary?: string }>) =>
		({ id, title: `Title ${id}`, summary: `Summary ${id}`, translations }) as unknown as Timeline['events'][number];
	const timeline = {
		language: 'en',
		events: [event('a', { uk: { title: 'Заголовок', summary: 'Підсумок' } }), event('b', { 'uk-UA': { title: 'Лише заголовок' } }), event('c')]
	} as unknown as Timeline;

	it('leaves a timeline in the page language as it is', () => {
		expect(localiseTimeline(timeline, 'en')).toBe(timeline);
	});

	it('uses translations, and marks what falls back with the timeline language', () => {
		const [a, b, c] = localiseTimeline(timeline, 'uk').events;
		expect([a!.title, a!.titleLang, a!.summary, a!.summaryLang]).toEqual(['Заголовок', undefined, 'Підсумок', undefined]);
		expect([b!.title, b!.titleLang, b!.summary, b!.summaryLang]).toEqual(['Лише заголовок', undefined, 'Summary b', 'en']);
		expect([c!.title, c!.titleLang, c!.summaryLang]).toEqual(['Title c', 'en', 'en']);
		expect(localiseTimeline(timeline, 'ar').events.every((e) => e.titleLang === 'en')).toBe(true);
	});

	it('finds a translation by exact tag first, then by language', () => {
		expect(translationFor(timeline.events[1]!, 'uk')?.title).toBe('Лише заголовок');
		expect(translationFor(timeline.events[2]!, 'uk')).toBeNull();
	});
});
