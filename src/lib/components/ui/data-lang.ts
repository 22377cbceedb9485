import { getLocale } from '$lib/paraglide/runtime';

/**
 * The `lang` attribute for content from the data (titles, decision texts, offer and body names, Markdown from the
 * database): it is Danish whatever language the interface is in, so it says so when the interface is not Danish
 * (WCAG 3.1.2), and screen readers switch to Danish pronunciation. Use it as `lang={dataLang()}`: in Danish it gives
 * no attribute, as the page is already `lang="da"`. Where an element shows either data or a UI fallback
 * (`{offer.operator ?? m.offers_unknown()}`), pass the data: `lang={dataLang(offer.operator)}` marks it only when
 * there is some.
 */
export const dataLang = (data: unknown = true): 'da' | undefined =>
	getLocale() === 'da' || data === null || data === undefined || data === false || data === '' ? undefined : 'da';

/**
 * A UI message with one value from the data in it, as parts, so the value can carry `lang`: call it with a message
 * that takes the value as a parameter, e.g. `dataParts((body) => m.meeting_title({ body, date }), meeting.body.name)`.
 */
export function dataParts(message: (value: string) => string, value: string): { text: string; data: boolean }[] {
	const marker = '\u{E000}';
	return message(marker)
		.split(/(\u{E000})/u)
		.filter((part) => part !== '')
		.map((part) => (part === marker ? { text: value, data: true } : { text: part, data: false }));
}
