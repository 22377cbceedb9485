import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { migrationsFolder } from '$lib/server/db/connect';
import { readiness, readinessResponse } from '$lib/server/lifecycle/health';

// Readiness for the proxy (docs/operations.md, "Production"): 200 when this process should get traffic, else 503
// with the reason (database, migrations, draining).
export const GET: RequestHandler = async ({ locals }) => {
	authorize(locals, 'portal.read');
	let db;
	try {
		db = database();
	} catch {
		db = undefined; // not started (yet)
	}
	return readinessResponse(await readiness(db, { migrationsFolder: migrationsFolder() }));
};
