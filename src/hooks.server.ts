import { sequence } from '@sveltejs/kit/hooks';
import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { database, startDatabase, stopDatabase } from '$lib/server/db';
import { startCollab, stopCollab } from '$lib/server/collab/app';
import { loggablePath, logger } from '$lib/server/log';
import { printBanner } from '$lib/server/banner';
import { checkClosedDaysSetting } from '$lib/server/calendar/holidays';
import { i18n } from './hooks/i18n';
import { session } from './hooks/session';
import { securityHeaders } from './hooks/security-headers';
import { originCheck } from './hooks/origin-check';
import { m } from '$lib/paraglide/messages';

/** Runs once before the server takes requests: database up, migrated, reference data loaded. */
export const init: ServerInit = async () => {
	// A malformed CALENDAR_CLOSED_DAYS stops the start with a message naming it, not the first calendar page.
	checkClosedDaysSetting();
	const { demo, embedded } = await startDatabase();
	startCollab(database());
	printBanner(demo, embedded);
	process.once('sveltekit:shutdown', async () => {
		// Every co-edited update stored and the sockets told "going away" before the database stops.
		await stopCollab();
		await stopDatabase();
		logger.info('database stoppet');
	});
};

export const handle = sequence(securityHeaders, i18n, originCheck, session);

/** Unexpected errors: the detail goes to the log, the user gets a Danish sentence and a reference. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) return { message: m.error_not_found() };
	// An address whose %-escapes do not decode (e.g. /tilbud/%E0%A4%A): SvelteKit answers 400 "Malformed URI".
	// The address is wrong, not the app, so no "unexpected error" and nothing to log.
	if (status === 400 && message === 'Malformed URI') return { message: m.error_malformed_address() };
	const reference = crypto.randomUUID().slice(0, 8);
	logger.error({ err: error, path: loggablePath(event.url.pathname), reference, status }, message);
	return { message: m.error_unexpected({ reference }) };
};
