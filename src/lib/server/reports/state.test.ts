// The life of an annual report as a state machine: which step applies in which status.
import { describe, expect, it } from 'vitest';
import { isEditable, nextStatus, reportState, type ReportEvent, type ReportStatus } from './state';

describe('the state machine of a report', () => {
	it('allows exactly these steps', () => {
		const statuses: ReportStatus[] = ['draft', 'submitted', 'sent_back', 'approved', 'on_agenda'];
		const events: ReportEvent[] = ['submit', 'approve', 'sendBack', 'putOnAgenda'];
		const table = Object.fromEntries(statuses.map((s) => [s, Object.fromEntries(events.map((e) => [e, nextStatus(s, e)]))]));
		expect(table).toEqual({
			draft: { submit: 'submitted', approve: null, sendBack: null, putOnAgenda: null },
			submitted: { submit: null, approve: 'approved', sendBack: 'sent_back', putOnAgenda: null },
			sent_back: { submit: 'submitted', approve: null, sendBack: null, putOnAgenda: null },
			approved: { submit: null, approve: null, sendBack: null, putOnAgenda: 'on_agenda' },
			on_agenda: { submit: null, approve: null, sendBack: null, putOnAgenda: null }
		});
	});

	it('is drafted only as a draft or when sent back', () => {
		expect(['draft', 'submitted', 'sent_back', 'approved', 'on_agenda'].filter((s) => isEditable(s as ReportStatus))).toEqual(['draft', 'sent_back']);
	});

	it('shows "not started" without a report and "published" once the SG minutes are published', () => {
		expect(reportState(null, false)).toBe('not_started');
		expect(reportState('on_agenda', false)).toBe('on_agenda');
		expect(reportState('on_agenda', true)).toBe('published');
		// Only a report on the agenda is published with the minutes.
		expect(reportState('approved', true)).toBe('approved');
	});
});
