/** The id of a page's data: the JSON block scripts/client-build.js writes in place of SvelteKit's start-up script. */
export const DATA_ID = 'dateline-page-data';
