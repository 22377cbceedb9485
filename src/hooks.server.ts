import { sequence } from '@sveltejs/kit/hooks';
import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { database, databaseUrl, startDatabase, stopDatabase } from '$lib/server/db';
import { startJobQueue } from '$lib/server/follow-up/queue';
import { reminderDays } from '$lib/server/follow-up/reminders';
import { publicOrigin } from '$lib/server/http/public-origin';
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
	reminderDays();
	const { demo, embedded } = await startDatabase();
	startCollab(database());
	// The job queue (follow-up reminders) lives in the same database; a first run at start catches up on
	// reminders that fell due while no process ran.
	const jobs = await startJobQueue(databaseUrl(), database(), { origin: publicOrigin });
	await jobs.runRemindersNow();
	printBanner(demo, embedded);
	process.once('sveltekit:shutdown', async () => {
		// Every co-edited update stored and the sockets told "going away" before the database stops.
		await stopCollab();
		await jobs.stop();
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
