/** The id of an embed page's data: the JSON block scripts/embed-build.js writes in place of SvelteKit's start-up script. */
export const DATA_ID = 'dateline-embed-data';
