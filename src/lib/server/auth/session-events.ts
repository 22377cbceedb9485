// Who must hear when a session ends or a user's rights change: today the co-editing server, which closes or
// re-checks that user's open sockets within the second (src/lib/server/collab/app.ts). Domain functions emit
// here after their transaction commits, so they need not know the co-editing server.
import { EventEmitter } from 'node:events';

interface SessionEventMap {
	/** One session ended (signed out). */
	sessionEnded: [sessionId: string];
	/** Every session of the user ended (disabled, password changed elsewhere). */
	userSessionsEnded: [userId: number];
	/** The user's role or memberships changed: open access is to be checked again. */
	userChanged: [userId: number];
}

export const sessionEvents = new EventEmitter<SessionEventMap>();
