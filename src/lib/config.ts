/** The timeline shown at `/`: the one place it is set. */
export const DEFAULT_TIMELINE = 'trump-steps-back-2025-08';

export const SITE_NAME = 'Dateline';
