import { getLocale } from '$lib/paraglide/runtime';
import type { DateLocale } from './date';

/** The current UI locale as the date formatters take it. */
export const dateLocale = (): DateLocale => (getLocale() === 'en' ? 'en' : 'da');
