// The subscription mails, in Danish, plain text: the confirmation (double opt-in), "you already subscribe", one new
// decision (instant) and the daily digest. Every mail carries the unsubscribe link, in the text and in the
// List-Unsubscribe headers (RFC 2369, one-click per RFC 8058).
import type { OutgoingMail } from '../mail/mailer';
import type { PublishedDecision } from '../feeds/published-decisions';
import { decisionHeadline } from '../feeds/decisions-feed';
import type { Topic } from './topics';
import { formatDate, formatMeetingTime } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

const da = { locale: 'da' as const };

export type Frequency = 'instant' | 'daily';

export const unsubscribeUrl = (origin: string, token: string) => `${origin}/abonnement/afmeld/${token}`;
export const confirmUrl = (origin: string, token: string) => `${origin}/abonnement/bekraeft/${token}`;

/** The headers mail clients show an "unsubscribe" button for; a POST of `List-Unsubscribe=One-Click` to the link unsubscribes. */
export function unsubscribeHeaders(link: string): Record<string, string> {
	return { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** "alle nye beslutninger" or "nye beslutninger om tilbuddet Kildebo"; Danish unless a page asks for its reader's language. */
export function topicLabel(topic: Topic, locale: 'da' | 'en' | undefined = 'da'): string {
	const o = locale ? { locale } : undefined;
	const name = topic.name ?? '';
	switch (topic.kind) {
		case 'all':
			return m.subscription_topic_all({}, o);
		case 'body':
			return m.subscription_topic_body({ name }, o);
		case 'offer':
			return m.subscription_topic_offer({ name }, o);
		case 'focus_area':
			return m.subscription_topic_focus_area({ name }, o);
	}
}

const frequencyLabel = (f: Frequency) => (f === 'instant' ? m.subscription_frequency_instant({}, da) : m.subscription_frequency_daily({}, da));

function footer(topic: Topic, link: string): string[] {
	return ['', '—', m.subscription_mail_why({ topic: topicLabel(topic) }, da), m.subscription_mail_unsubscribe({ link }, da), '', m.mail_automatic({}, da)];
}

export function confirmationMail(to: string, o: { topic: Topic; frequency: Frequency; confirmLink: string; unsubscribeLink: string; expiresAt: Date }): OutgoingMail {
	return {
		to,
		subject: m.subscription_confirm_subject({}, da),
		text: [
			m.subscription_confirm_text({ topic: topicLabel(o.topic), frequency: frequencyLabel(o.frequency) }, da),
			'',
			m.subscription_confirm_action({ link: o.confirmLink }, da),
			'',
			m.subscription_confirm_expires({ expires: formatMeetingTime(o.expiresAt, null) }, da),
			'',
			m.subscription_confirm_not_you({ link: o.unsubscribeLink }, da),
			'',
			m.mail_automatic({}, da)
		].join('\n'),
		headers: unsubscribeHeaders(o.unsubscribeLink)
	};
}

export function alreadySubscribedMail(to: string, o: { topic: Topic; frequency: Frequency; unsubscribeLink: string }): OutgoingMail {
	return {
		to,
		subject: m.subscription_already_subject({}, da),
		text: [
			m.subscription_already_text({ topic: topicLabel(o.topic), frequency: frequencyLabel(o.frequency) }, da),
			...footer(o.topic, o.unsubscribeLink)
		].join('\n'),
		headers: unsubscribeHeaders(o.unsubscribeLink)
	};
}

/** One decision as the mails show it: headline, the plain-language summary first, the decision, where, the link. */
function decisionBlock(d: PublishedDecision, origin: string): string[] {
	const lines = [decisionHeadline(d), ''];
	if (d.plainSummary.trim()) lines.push(m.subscription_summary_label({}, da), d.plainSummary.trim(), '');
	if (d.plainSummary.trim()) lines.push(m.subscription_decision_label({}, da));
	lines.push(d.text.trim(), '');
	lines.push(m.subscription_decision_source({ body: d.body.name, date: formatDate(d.meetingStartsAt), number: d.item.number }, da));
	lines.push(m.subscription_decision_link({ link: `${origin}/beslutninger/${d.id}` }, da));
	return lines;
}

export function instantMail(to: string, o: { decision: PublishedDecision; topic: Topic; origin: string; unsubscribeLink: string }): OutgoingMail {
	return {
		to,
		subject: m.subscription_instant_subject({ headline: decisionHeadline(o.decision) }, da),
		text: [...decisionBlock(o.decision, o.origin), ...footer(o.topic, o.unsubscribeLink)].join('\n'),
		headers: unsubscribeHeaders(o.unsubscribeLink)
	};
}

export function digestMail(to: string, o: { decisions: PublishedDecision[]; topic: Topic; day: string; origin: string; unsubscribeLink: string }): OutgoingMail {
	const blocks = o.decisions.flatMap((d, i) => [...(i ? ['', '* * *', ''] : []), ...decisionBlock(d, o.origin)]);
	return {
		to,
		subject: m.subscription_digest_subject({ count: o.decisions.length, date: formatDate(o.day) }, da),
		text: [m.subscription_digest_intro({ count: o.decisions.length, topic: topicLabel(o.topic) }, da), '', ...blocks, ...footer(o.topic, o.unsubscribeLink)].join('\n'),
		headers: unsubscribeHeaders(o.unsubscribeLink)
	};
}
