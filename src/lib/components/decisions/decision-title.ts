import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';

/** A decision named by where it was taken ("SG 12. august 2022, punkt 7"): its page, its correction and summary forms. */
export function decisionTitle(page: { body: { name: string; shortName: string | null }; meeting: { startsAt: Date }; item: { number: string } }) {
	return m.register_decision_title({
		body: page.body.shortName ?? page.body.name,
		date: formatDate(page.meeting.startsAt, dateLocale()),
		number: page.item.number
	});
}
