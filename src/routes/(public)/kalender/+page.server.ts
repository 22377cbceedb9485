import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can, requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getGovernanceCalendar } from '$lib/server/calendar/calendar';
import { getListView, getMonthView, parseCalendarQuery } from '$lib/server/calendar/views';

export const load: PageServerLoad = async ({ locals, url }) => {
	let viewer = authorize(locals, 'portal.read');
	const parsed = parseCalendarQuery(url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const { query } = parsed;
	// "Mine møder" needs to know who is asking.
	if (query.mine) viewer = requireUser(locals, 'account.manage', undefined, url);
	const db = database();
	const common = {
		query,
		signedIn: viewer !== null,
		mayManage: can(viewer, 'calendar.manage'),
		feedUrl: `${url.origin}/kalender.ics`
	};
	if (query.view === 'kaeder') return { ...common, view: 'kaeder' as const, chains: await getGovernanceCalendar(db, viewer) };
	const result =
		query.view === 'maaned'
			? { view: 'maaned' as const, month: await getMonthView(db, viewer, query) }
			: { view: 'liste' as const, list: await getListView(db, viewer, query) };
	const filter = result.view === 'maaned' ? result.month : result.list;
	return { ...common, ...result, unknownBody: query.body !== null && !filter.selectedBody };
};
