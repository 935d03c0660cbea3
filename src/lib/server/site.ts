/**
 * The public origin of the deployed site, for the few outputs that must hold absolute URLs
 * (oEmbed). Set DATELINE_ORIGIN when building for a real host; local builds use the preview server.
 */
export const SITE_ORIGIN = (process.env.DATELINE_ORIGIN ?? 'http://localhost:4173').replace(/\/+$/, '');
