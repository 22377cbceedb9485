// What /healthz and /readyz answer. Liveness needs nothing (a process that can answer is alive); readiness asks
// whether this process should get traffic now: the database answers, every migration this build ships is applied,
// and the process is not draining (SIGTERM). A load balancer takes a process out of rotation on a 503.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import { isDraining } from './draining';

export type Readiness = { ready: true } | { ready: false; reason: string; detail?: string };

/** A probe must answer fast even when the database hangs: the proxy's own timeout is a few seconds. */
export const DB_TIMEOUT_MS = 2_000;

export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: intet svar inden for ${ms} ms`)), ms);
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const journals = new Map<string, number[]>();

/**
 * The `when` of each migration in drizzle/meta/_journal.json: drizzle stores it as `created_at` of the row it
 * writes per applied migration. Read once per process: what matters is the migrations this build expects.
 */
export function expectedMigrations(folder: string): number[] {
	let found = journals.get(folder);
	if (!found) {
		const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
			entries: { when: number }[];
		};
		found = journal.entries.map((e) => e.when);
		journals.set(folder, found);
	}
	return found;
}

/**
 * How many of the expected migrations the database lacks. A database migrated further by a newer build (during a
 * rolling upgrade) still counts as ready for this one: only missing migrations matter.
 */
export async function missingMigrations(db: Db, expected: number[]): Promise<number> {
	const rows = (await db.execute(sql`
		select created_at::text as created_at from drizzle.__drizzle_migrations
	`)) as unknown as { created_at: string }[];
	const applied = new Set(rows.map((r) => Number(r.created_at)));
	return expected.filter((when) => !applied.has(when)).length;
}

export async function readiness(
	db: Db | undefined,
	{ migrationsFolder, timeoutMs = DB_TIMEOUT_MS }: { migrationsFolder: string; timeoutMs?: number }
): Promise<Readiness> {
	// Draining first: a process shutting down must leave the rotation even if its database is fine.
	if (isDraining()) return { ready: false, reason: 'draining' };
	if (!db) return { ready: false, reason: 'database', detail: 'ikke startet' };
	try {
		await withTimeout(db.execute(sql`select 1`), timeoutMs, 'select 1');
	} catch (e) {
		return { ready: false, reason: 'database', detail: (e as Error).message };
	}
	try {
		const missing = await withTimeout(missingMigrations(db, expectedMigrations(migrationsFolder)), timeoutMs, 'migreringer');
		if (missing > 0) return { ready: false, reason: 'migrations', detail: `${missing} migrering(er) mangler` };
	} catch (e) {
		// No drizzle table yet: nothing is migrated.
		return { ready: false, reason: 'migrations', detail: (e as Error).message };
	}
	return { ready: true };
}

const NO_STORE = { 'cache-control': 'no-store', 'content-type': 'application/json' };

export function livenessResponse(): Response {
	return new Response(JSON.stringify({ status: 'ok' }), { status: 200, headers: NO_STORE });
}

export function readinessResponse(result: Readiness): Response {
	const body = result.ready
		? { status: 'ok' }
		: { status: 'unavailable', reason: result.reason, ...(result.detail && { detail: result.detail }) };
	return new Response(JSON.stringify(body), { status: result.ready ? 200 : 503, headers: NO_STORE });
}
