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
	| 'calendar.manage';

export interface Resource {
	bodyId?: number;
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
