/**
 * Arabic, loaded only when chosen: the UI strings, date-fns `format` and its `ar` locale (month names
 * يناير … ديسمبر; digits stay Western, 0–9, as date-fns writes them).
 */
import { ar as locale } from 'date-fns/locale/ar';
import { EN_PATTERNS } from '../dates.ts';
import { ar, arSite } from '../ar.ts';
import { dateFnsLocale } from './date-fns.ts';

export const messages = ar;
export const site = arSite;
// Arabic has no short month names: ticks say "18 أغسطس" and "أغسطس 2025".
export const dates = dateFnsLocale(locale, { ...EN_PATTERNS, weekdayDay: 'EEEE d MMMM yyyy', tickDay: 'd MMMM', tickMonth: 'MMMM yyyy' }, ar.dates);
