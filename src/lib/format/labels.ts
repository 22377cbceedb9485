// Danish (and English) labels for the domain's enum values, from messages/. One place, so that every page says
// "Anbefalet og videresendt" the same way.
import { m } from '$lib/paraglide/messages';
import type { MeetingStatus, AgendaItemKind, DecisionKind, ActionStatus } from '$lib/server/meetings/meetings';
import type { OfferCategory, OfferCoverage, OfferStatus } from '$lib/server/offers/offers';
import type { FocusAreaStatus } from '$lib/server/focus-areas/focus-areas';
import type { InitiativeStatus } from '$lib/server/plan/plan';
import type { AnnualReportStatus } from '$lib/server/network-groups/network-groups';
import type { BodyKind, MembershipRole } from '$lib/server/bodies/bodies';

type Labels<K extends string> = Record<K, () => string>;

const meetingStatus: Labels<MeetingStatus> = {
	planned: m.portal_label_meeting_status_planned,
	agenda_published: m.portal_label_meeting_status_agenda_published,
	held: m.portal_label_meeting_status_held,
	minutes_published: m.portal_label_meeting_status_minutes_published,
	cancelled: m.portal_label_meeting_status_cancelled
};

const itemKind: Labels<AgendaItemKind> = {
	formal: m.portal_label_item_kind_formal,
	decision: m.portal_label_item_kind_decision,
	discussion: m.portal_label_item_kind_discussion,
	orientation: m.portal_label_item_kind_orientation,
	other: m.portal_label_item_kind_other
};

const decisionKind: Labels<DecisionKind> = {
	noted: m.portal_label_decision_kind_noted,
	discussed: m.portal_label_decision_kind_discussed,
	approved: m.portal_label_decision_kind_approved,
	recommended: m.portal_label_decision_kind_recommended,
	postponed: m.portal_label_decision_kind_postponed,
	rejected: m.portal_label_decision_kind_rejected
};

const actionStatus: Labels<ActionStatus> = {
	open: m.portal_label_action_status_open,
	done: m.portal_label_action_status_done,
	cancelled: m.portal_label_action_status_cancelled,
	unknown: m.portal_label_action_status_unknown
};

const offerStatus: Labels<OfferStatus> = {
	active: m.portal_label_offer_status_active,
	closing: m.portal_label_offer_status_closing,
	closed: m.portal_label_offer_status_closed,
	planned: m.portal_label_offer_status_planned
};

const offerCategory: Labels<OfferCategory> = {
	local: m.portal_label_offer_category_local,
	cluster: m.portal_label_offer_category_cluster,
	regional: m.portal_label_offer_category_regional
};

const offerCoverage: Labels<OfferCoverage> = {
	national: m.portal_label_offer_coverage_national,
	regional: m.portal_label_offer_coverage_regional
};

const focusAreaStatus: Labels<FocusAreaStatus> = {
	active: m.portal_label_focus_status_active,
	prioritised: m.portal_label_focus_status_prioritised,
	postponed: m.portal_label_focus_status_postponed,
	completed: m.portal_label_focus_status_completed
};

const initiativeStatus: Labels<InitiativeStatus> = {
	planned: m.portal_label_initiative_status_planned,
	in_progress: m.portal_label_initiative_status_in_progress,
	done: m.portal_label_initiative_status_done,
	paused: m.portal_label_initiative_status_paused,
	stopped: m.portal_label_initiative_status_stopped
};

const reportStatus: Labels<AnnualReportStatus> = {
	draft: m.portal_label_report_status_draft,
	submitted: m.portal_label_report_status_submitted,
	approved: m.portal_label_report_status_approved,
	sent_back: m.portal_label_report_status_sent_back,
	on_agenda: m.portal_label_report_status_on_agenda
};

const initiativeDecisionRole: Labels<'approved' | 'started' | 'changed' | 'paused' | 'stopped' | 'closed'> = {
	approved: m.initiative_role_approved,
	started: m.initiative_role_started,
	changed: m.initiative_role_changed,
	paused: m.initiative_role_paused,
	stopped: m.initiative_role_stopped,
	closed: m.initiative_role_closed
};

/** What the reports overview shows: the stored status, or none yet, or published with the SG minutes. */
const reportState: Labels<AnnualReportStatus | 'not_started' | 'published'> = {
	...reportStatus,
	not_started: m.portal_label_report_status_not_started,
	published: m.portal_label_report_status_published
};

const bodyKind: Labels<BodyKind> = {
	political: m.portal_label_body_kind_political,
	administrative: m.portal_label_body_kind_administrative,
	network_group: m.portal_label_body_kind_network_group,
	external: m.portal_label_body_kind_external
};

const membershipRole: Labels<MembershipRole> = {
	chair: m.portal_label_role_chair,
	vice_chair: m.portal_label_role_vice_chair,
	member: m.portal_label_role_member,
	secretary: m.portal_label_role_secretary,
	lead: m.portal_label_role_lead,
	contact: m.portal_label_role_contact,
	municipality: m.portal_label_role_municipality
};

export const labels = {
	meetingStatus: (v: MeetingStatus) => meetingStatus[v](),
	itemKind: (v: AgendaItemKind) => itemKind[v](),
	decisionKind: (v: DecisionKind) => decisionKind[v](),
	actionStatus: (v: ActionStatus) => actionStatus[v](),
	offerStatus: (v: OfferStatus) => offerStatus[v](),
	offerCategory: (v: OfferCategory) => offerCategory[v](),
	offerCoverage: (v: OfferCoverage) => offerCoverage[v](),
	focusAreaStatus: (v: FocusAreaStatus) => focusAreaStatus[v](),
	initiativeStatus: (v: InitiativeStatus) => initiativeStatus[v](),
	reportStatus: (v: AnnualReportStatus) => reportStatus[v](),
	initiativeDecisionRole: (v: keyof typeof initiativeDecisionRole) => initiativeDecisionRole[v](),
	reportState: (v: AnnualReportStatus | 'not_started' | 'published') => reportState[v](),
	bodyKind: (v: BodyKind) => bodyKind[v](),
	membershipRole: (v: MembershipRole) => membershipRole[v]()
};
