/**
 * The interface language of this page: its messages and how it writes dates. English is built in;
 * Ukrainian and Arabic (strings, date-fns and its locale) are loaded with a dynamic import only when
 * chosen, so English pages ship none of it. Prerendered HTML is English; the root layout chooses the
 * language in the browser (`?lang=`, then the browser's languages) and sets `<html lang dir>` once
 * the chosen language is loaded, so the attributes always match the text.
 */
import { EN_DATES, type DateLocale } from './dates.ts';
import { en, type Messages, type SiteMessages } from './en.ts';
import { DEFAULT_LANG, differs, DIRECTION, type Lang } from './languages.ts';

const PACKS: Record<Exclude<Lang, 'en'>, () => Promise<{ messages: Messages; site: SiteMessages; dates: DateLocale }>> = {
	uk: () => import('./packs/uk.ts'),
	ar: () => import('./packs/ar.ts')
};

class Locale {
	lang = $state<Lang>(DEFAULT_LANG);
	m = $state.raw<Messages>(en);
	/** The other pages' strings when the language is not English (see siteMessages in site.ts). */
	site = $state.raw<SiteMessages | null>(null);
	dates = $state.raw<DateLocale>(EN_DATES);
	dir = $derived(DIRECTION[this.lang]);
	/** The language was asked for with `?lang=`: links the app builds keep it (`search`). */
	explicit = $state(false);
	/** `?lang=<lang>` when the language came from the URL, else '': for links within the site. */
	search = $derived(this.explicit ? `?lang=${this.lang}` : '');
	/** The language asked for last; while it is loading, `pending` (the chart waits to say it is rendered). */
	#asked = $state<Lang>(DEFAULT_LANG);
	pending = $derived(this.#asked !== this.lang);

	/** `tag` when text in that language needs its own `lang` attribute on this page, else undefined. */
	foreign(tag: string): string | undefined {
		return differs(tag, this.lang) ? tag : undefined;
	}

	/** Switches to `lang` (loading it first when needed). A later call wins over an earlier one still loading. */
	async set(lang: Lang): Promise<void> {
		this.#asked = lang;
		let pack;
		try {
			pack = lang === 'en' ? { messages: en, site: null, dates: EN_DATES } : await PACKS[lang]();
		} catch (error) {
			// Offline, say: the page stays in the language it has, and is not left waiting.
			if (this.#asked === lang) this.#asked = this.lang;
			console.warn(`Dateline: the ${lang} language could not be loaded, so the page stays in ${this.lang}.`, error);
			return;
		}
		if (this.#asked !== lang) return;
		this.m = pack.messages;
		this.site = pack.site;
		this.dates = pack.dates;
		this.lang = lang;
		if (typeof document !== 'undefined') {
			document.documentElement.lang = lang;
			document.documentElement.dir = DIRECTION[lang];
		}
	}
}

export const locale = new Locale();
