import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, can, requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listDeadlines } from '$lib/server/calendar/deadlines';
import { getNetworkReportDeadlines, setNetworkReportDeadline } from '$lib/server/calendar/network-reports';
import { formatDate, isoDateInCopenhagen } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';
import { m } from '$lib/paraglide/messages';

const YEARS = { min: 2000, max: 2100 } as const;

/** `?aar=2026`, else the current year in Copenhagen; anything else is a 400 in words. */
function yearFrom(url: URL): number {
	const raw = url.searchParams.get('aar');
	if (raw === null || raw === '') return Number(isoDateInCopenhagen(new Date()).slice(0, 4));
	const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
	if (!(year >= YEARS.min && year <= YEARS.max)) error(400, m.deadlines_error_year(YEARS));
	return year;
}

// The deadlines of a year generated from the rules, each with its rule, source and who must act. Staff set the
// network groups' report deadline for the year here.
export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const year = yearFrom(url);
	const db = database();
	const [deadlines, network] = await Promise.all([
		listDeadlines(db, { from: `${year}-01-01`, to: `${year}-12-31` }),
		getNetworkReportDeadlines(db)
	]);
	return {
		year,
		previous: year > YEARS.min ? year - 1 : null,
		next: year < YEARS.max ? year + 1 : null,
		deadlines,
		canEdit: can(viewer, 'calendar.manage'),
		networkDueOn: network.find((n) => n.year === year)?.dueOn ?? null
	};
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const actor = requireUser(locals, 'calendar.manage', undefined, url);
		const form = await request.formData();
		const year = String(form.get('year') ?? '');
		const dueOn = String(form.get('dueOn') ?? '');
		const outcome = await setNetworkReportDeadline(database(), actor, year, dueOn);
		if (!outcome.ok) {
			// The year is a hidden field: its error belongs to the form as a whole.
			const { year: yearError, ...fields } = outcome.errors;
			return fail(400, { errors: yearError ? { ...fields, form: yearError } : fields, dueOn });
		}
		const { value } = outcome;
		return { saved: m.network_reports_saved({ year: value.year, date: formatDate(value.dueOn, dateLocale()) }) };
	}
};
