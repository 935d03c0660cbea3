/**
 * The strings of the site's pages other than the timeline itself (the full page's notes, the source
 * reader, the export and embed dialogs, the theme switch, the 404 page, timelines from elsewhere), in
 * the page's language. English comes from here and not from the locale, so an embed's script, which
 * never shows them, holds none of them.
 */
import { enSite, type SiteMessages } from './en.ts';
import { locale } from './locale.svelte.ts';

/** Reactive: read in a component's template or a `$derived`, it follows the language. */
export function siteMessages(): SiteMessages {
	return locale.site ?? enSite;
}
