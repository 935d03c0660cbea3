/**
 * The languages of the interface and how one is chosen: `?lang=` first (an unknown value is
 * ignored), then the browser's preferred languages in order, then English. Pure.
 */

export const LANGUAGES = ['en', 'uk', 'ar'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const DEFAULT_LANG: Lang = 'en';

/** Writing direction per language. */
export const DIRECTION: Record<Lang, 'ltr' | 'rtl'> = { en: 'ltr', uk: 'ltr', ar: 'rtl' };

/** The interface language for a BCP 47 tag ("uk-UA" → uk, "ar-EG" → ar), or null when there is none. */
export function matchLang(tag: string): Lang | null {
	const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
	return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Lang) : null;
}

export interface LangChoice {
	lang: Lang;
	/** `?lang=` held a value that is not a supported language (it was ignored). */
	ignored: string | null;
}

export function resolveLang(param: string | null, preferred: readonly string[]): LangChoice {
	const fromParam = param === null ? null : matchLang(param);
	if (fromParam) return { lang: fromParam, ignored: null };
	const ignored = param === null || param === '' ? null : param;
	for (const tag of preferred) {
		const lang = matchLang(tag);
		if (lang) return { lang, ignored };
	}
	return { lang: DEFAULT_LANG, ignored };
}

/** Whether text in language `tag` needs its own `lang` attribute inside a page in `lang`. */
export function differs(tag: string, lang: Lang): boolean {
	return matchLang(tag) !== lang;
}
