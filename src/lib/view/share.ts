/**
 * Links to share: the full page of one event (`?event=`), whatever page it is copied from. From an
 * embed, the link leads to the full page (`/embed/<slug>` → `/t/<slug>`, `/embed?src=` → `/view?src=`),
 * without the options that only make sense inside a frame.
 */

/** Options an embed is given by its host page, not the reader's view. */
const FRAME_ONLY = ['controls', 'theme'];

export function eventLink(current: URL, eventId: string, embedded = false): string {
	const url = new URL(current);
	url.hash = '';
	if (embedded) {
		url.pathname = url.pathname.replace(/\/embed\/([^/]+)\/?$/, '/t/$1').replace(/\/embed\/?$/, '/view');
		for (const name of FRAME_ONLY) url.searchParams.delete(name);
	}
	url.searchParams.set('event', eventId);
	return url.href;
}
