// The life of an annual report: draft → submitted → approved → on the SG agenda; submitted → sent back → submitted.
// "Published" is not a stored status: it is a report on an SG agenda whose minutes are published.
import type { annualReportStatus } from '../db/schema';

export type ReportStatus = (typeof annualReportStatus.enumValues)[number];
export type ReportEvent = 'submit' | 'approve' | 'sendBack' | 'putOnAgenda';
/** What the overview shows for a group's year: the stored status, or none yet, or published. */
export type ReportState = ReportStatus | 'not_started' | 'published';

const TRANSITIONS: Record<ReportStatus, Partial<Record<ReportEvent, ReportStatus>>> = {
	draft: { submit: 'submitted' },
	sent_back: { submit: 'submitted' },
	submitted: { approve: 'approved', sendBack: 'sent_back' },
	approved: { putOnAgenda: 'on_agenda' },
	on_agenda: {}
};

/** The status after `event`, or null when the event does not apply to a report in `status`. */
export function nextStatus(status: ReportStatus, event: ReportEvent): ReportStatus | null {
	return TRANSITIONS[status][event] ?? null;
}

/** The group drafts in these statuses; otherwise the document is read-only for everyone. */
export const isEditable = (status: ReportStatus) => status === 'draft' || status === 'sent_back';

export function reportState(status: ReportStatus | null, minutesPublished: boolean): ReportState {
	if (status === null) return 'not_started';
	if (status === 'on_agenda' && minutesPublished) return 'published';
	return status;
}

/** The order states are listed in (the overview's filter and legend). */
export const REPORT_STATES: ReportState[] = ['not_started', 'draft', 'submitted', 'sent_back', 'approved', 'on_agenda', 'published'];
