// The app's one co-editing server: created at start-up by the `init` hook with the app's database, and reached
// by the HTTP entry (server/index.js) and the dev server (vite.config.ts) through a global symbol, because they
// live outside the SvelteKit bundle. Domain code reaches it through `collab()`.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Db } from '../db/types';
import { CollabServer, type DocumentRegistry } from './server';
import { cookieAuthenticator, originChecker } from './authenticate';
import { sessionEvents } from '../auth/session-events';
import { meetingDocumentAccess, parseDocumentName, seedMeetingDocument } from '../agenda/document';
import { parseReportDocumentName, reportDocumentAccess, seedReportDocument } from '../reports/document';

const KEY = Symbol.for('rammeaftale.collab');

interface UpgradeTarget {
	handles(req: IncomingMessage): boolean;
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void>;
}

type WithCollab = typeof globalThis & { [KEY]?: UpgradeTarget };

export function documentRegistry(db: Db): DocumentRegistry {
	return {
		// A meeting's agenda (`meeting-<id>`) or a network group's annual report (`report-<id>`).
		async access(user, name) {
			const report = parseReportDocumentName(name);
			if (report) return reportDocumentAccess(db, user, report);
			const parsed = parseDocumentName(name);
			if (!parsed) return 'not-found';
			return meetingDocumentAccess(db, user, parsed.id);
		},
		async seed(name) {
			const report = parseReportDocumentName(name);
			if (report) return seedReportDocument(db, report);
			const parsed = parseDocumentName(name);
			return parsed ? seedMeetingDocument(db, parsed.id) : null;
		}
	};
}

let instance: CollabServer | undefined;

export function startCollab(db: Db, env: Record<string, string | undefined> = process.env): CollabServer {
	instance = new CollabServer({
		db,
		documents: documentRegistry(db),
		authenticate: cookieAuthenticator(db),
		originAllowed: originChecker(env.ORIGIN, env.PROTOCOL_HEADER)
	});
	const server = instance;
	sessionEvents.on('sessionEnded', (id) => server.closeSession(id));
	sessionEvents.on('userSessionsEnded', (id) => server.closeUser(id));
	sessionEvents.on('userChanged', (id) => void server.reauthorize({ userId: id }));
	(globalThis as WithCollab)[KEY] = server;
	return server;
}

export async function stopCollab() {
	sessionEvents.removeAllListeners();
	await instance?.close();
	instance = undefined;
	delete (globalThis as WithCollab)[KEY];
}

/** The running co-editing server (domain code changes documents through it). */
export function collab(): CollabServer {
	if (!instance) throw new Error('Samredigeringsserveren er ikke startet');
	return instance;
}
