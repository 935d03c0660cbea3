/**
 * A timeline in the page's language: each event's title and summary from its `translations` when
 * there is one for that language, else the original, marked with the timeline's language
 * (`titleLang`, `summaryLang`) so the element that shows it can carry `lang`. Quotes, names and
 * labels are never translated. Pure; the timeline itself is returned when its language is the page's.
 */
import type { Timeline, TimelineEvent } from '../model/model.ts';
import { differs, matchLang, type Lang } from './languages.ts';

type Translation = NonNullable<TimelineEvent['translations']>[string];

/** The translation for `lang`: the exact tag first ("uk"), else any tag of that language ("uk-UA"). */
export function translationFor(event: TimelineEvent, lang: Lang): Translation | null {
	const all = event.translations;
	if (!all) return null;
	if (all[lang]) return all[lang];
	const key = Object.keys(all).find((tag) => matchLang(tag) === lang);
	return key ? all[key]! : null;
}

export function localiseTimeline(timeline: Timeline, lang: Lang): Timeline {
	if (!differs(timeline.language, lang)) return timeline;
	const events = timeline.events.map((e): TimelineEvent => {
		const t = translationFor(e, lang);
		return {
			...e,
			title: t?.title ?? e.title,
			summary: t?.summary ?? e.summary,
			titleLang: t?.title ? undefined : timeline.language,
			summaryLang: t?.summary ? undefined : timeline.language
		};
	});
	return { ...timeline, events };
}
