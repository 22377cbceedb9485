// The one place that says who may do what. Every load, action, endpoint and WebSocket join asks here first
// (test/unit/route-guards.test.ts fails when one does not).
import { error, redirect } from '@sveltejs/kit';
import type { SessionUser, Role } from './session';
import { m } from '$lib/paraglide/messages';

export type Action =
	/** The public portal: published meetings, offers, tariff rules, focus areas, network groups, bodies. */
	| 'portal.read'
	/** The sign-in form and password links. */
	| 'auth.signIn'
	/** Own account: change password, sign out. */
	| 'account.manage'
	/**
	 * Meetings that are not (yet) public, of the given body: staff see all, members and network-group leads those
	 * of the bodies they sit in (a network group is a body; its lead sits in it with the role `lead`).
	 */
	| 'meeting.readUnpublished'
	/** The content of a closed item (lukket punkt) of a meeting of the given body. */
	| 'agendaItem.readClosed'
	/** User administration: create, invite, roles, memberships, disable. */
	| 'admin.users'
	/**
	 * A meeting's live agenda document (draft and minutes): edit it together, send versions, publish, send an item
	 * on to the next body. Nobody else sees a draft.
	 */
	| 'agenda.edit'
	/** Sent versions of an agenda (udsendt) of a meeting of the given body, and what changed between them. */
	| 'agenda.readSent'
	/**
	 * The governance calendar: create, edit, reschedule and cancel meetings; the planner; the 18-approval tracker;
	 * deadlines the secretariat sets.
	 */
	| 'calendar.manage'
	/** Correct a published decision's kind and links (each correction logged with who and when). */
	| 'decision.correct'
	/** Write or change a published decision's plain-language summary (let-læst) and see which decisions lack one. */
	| 'decision.summarize'
	/** Follow-up actions of every owner: create, edit, assign, the overview with overdue actions first. */
	| 'followUp.manage'
	/** The signed-in user's own follow-up actions ("Mine opgaver"). */
	| 'followUp.readOwn'
	/**
	 * Change the status and note of one follow-up action: staff any; a person the actions they own; a municipal
	 * contact those its municipality owns.
	 */
	| 'followUp.update'
	/** Create and edit offers (tilbud): their facts, category and buyers, each change kept in the offer's history. */
	| 'offer.edit'
	/** Add a new version of a tariff rule (takstregel), naming the decision it follows from. */
	| 'tariffRule.edit'
	/**
	 * The network groups' annual reports as the secretariat runs them: the template, the due date, the overview,
	 * reviewing (approve or send back) and putting an approved report on a steering-group agenda.
	 */
	| 'report.manage'
	/**
	 * Open and draft one network group's annual report: staff, and the group's leads and members whose membership
	 * covers the report's year (the domain says so in `memberInPeriod`), never another group's or another year's.
	 */
	| 'report.edit'
	/** The reports area: staff, and the roles that may sit in a network group (each then sees only their own groups). */
	| 'report.list'
	/** The supply-and-demand survey as the secretariat runs it: open, reopen, who answered, reminders, aggregate. */
	| 'survey.manage'
	/** Answer the survey for one municipality: its municipal contacts only. */
	| 'survey.answer'
	/**
	 * The implementation plan as the secretariat keeps it: initiatives (with milestones, decisions and their history),
	 * focus areas' owners, indicators' definitions, who has reported, reminders and imports of many values.
	 */
	| 'plan.manage'
	/** Report an indicator's value for one municipality: its municipal contacts (staff report through the import). */
	| 'indicator.report';

export interface Resource {
	bodyId?: number;
	/** For `followUp.update`: the action's owner. */
	ownerUserId?: number | null;
	ownerMunicipalityId?: number | null;
	/** For `report.edit`: whether the user sat in the report's network group (lead or member) during its year. */
	memberInPeriod?: boolean;
	/** For `survey.answer` and `indicator.report`: the municipality answered or reported for. */
	municipalityId?: number;
}

const staff: Role[] = ['admin', 'secretariat'];

export function can(user: SessionUser | null, action: Action, resource: Resource = {}): boolean {
	switch (action) {
		case 'portal.read':
		case 'auth.signIn':
			return true;
		case 'account.manage':
			return user !== null;
		case 'meeting.readUnpublished':
			if (!user) return false;
			if (staff.includes(user.role)) return true;
			return (
				(user.role === 'member' || user.role === 'network_lead') &&
				resource.bodyId !== undefined &&
				user.bodyIds.includes(resource.bodyId)
			);
		case 'agendaItem.readClosed':
			if (!user) return false;
			if (staff.includes(user.role)) return true;
			return user.role === 'member' && resource.bodyId !== undefined && user.bodyIds.includes(resource.bodyId);
		case 'admin.users':
			return user?.role === 'admin';
		case 'agenda.edit':
			return user !== null && staff.includes(user.role);
		case 'calendar.manage':
			return user !== null && staff.includes(user.role);
		case 'agenda.readSent':
			if (!user) return false;
			if (staff.includes(user.role)) return true;
			return user.role === 'member' && resource.bodyId !== undefined && user.bodyIds.includes(resource.bodyId);
		case 'decision.correct':
		case 'decision.summarize':
		case 'followUp.manage':
		case 'offer.edit':
		case 'tariffRule.edit':
			return user !== null && staff.includes(user.role);
		case 'report.manage':
		case 'survey.manage':
		case 'plan.manage':
			return user !== null && staff.includes(user.role);
		case 'report.list':
			return user !== null && [...staff, 'network_lead', 'member'].includes(user.role);
		case 'report.edit':
			if (!user) return false;
			if (staff.includes(user.role)) return true;
			return (user.role === 'network_lead' || user.role === 'member') && resource.memberInPeriod === true;
		case 'survey.answer':
		case 'indicator.report':
			return (
				user?.role === 'municipal_contact' &&
				resource.municipalityId !== undefined &&
				user.municipalityId === resource.municipalityId
			);
		case 'followUp.readOwn':
			return user !== null;
		case 'followUp.update':
			if (!user) return false;
			if (staff.includes(user.role)) return true;
			if (resource.ownerUserId != null && resource.ownerUserId === user.id) return true;
			return (
				user.role === 'municipal_contact' &&
				resource.ownerMunicipalityId != null &&
				user.municipalityId === resource.ownerMunicipalityId
			);
	}
}

/**
 * Guard for server entry points: returns the user (or null where anonymous is allowed), sends an anonymous
 * visitor to the sign-in page, and answers 403 to a signed-in user without the permission.
 */
export function authorize(
	locals: App.Locals,
	action: Action,
	resource?: Resource,
	from?: URL
): SessionUser | null {
	if (can(locals.user, action, resource)) return locals.user;
	if (!locals.user) {
		const target = from ? `?redirectTo=${encodeURIComponent(from.pathname + from.search)}` : '';
		redirect(303, `/log-ind${target}`);
	}
	error(403, m.error_forbidden());
}

/** Like `authorize`, for actions that need a signed-in user; narrows the type. */
export function requireUser(locals: App.Locals, action: Action, resource?: Resource, from?: URL): SessionUser {
	const user = authorize(locals, action, resource, from);
	if (!user) redirect(303, '/log-ind');
	return user;
}
