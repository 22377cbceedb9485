import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { livenessResponse } from '$lib/server/lifecycle/health';

// Liveness for the process manager and the proxy: answers while the process runs, without touching the database.
export const GET: RequestHandler = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return livenessResponse();
};
