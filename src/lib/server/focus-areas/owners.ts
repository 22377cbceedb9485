// The owners (tovholdere) of a focus area over time: a municipality or a body, from a day to a day. The secretariat
// adds an owner and ends an owner's period; nothing is overwritten, so a reader sees who owned it when.
import { and, eq } from 'drizzle-orm';
import { bodies, focusAreaBodyOwners, focusAreaOwners, focusAreas, municipalities } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { parseDateInput } from '../calendar/deadline-rules';
import { logger } from '../log';
import { m } from '$lib/paraglide/messages';

const log = logger.child({ part: 'focus-areas' });

export interface OwnerInput {
	kind: string;
	id: string;
	validFrom: string;
	validTo: string;
}

export type OwnerOutcome = { ok: true } | { ok: false; status: 400 | 404 | 409; errors: Record<string, string> };

function dates(input: Pick<OwnerInput, 'validFrom' | 'validTo'>, errors: Record<string, string>) {
	const out: { validFrom: string | null; validTo: string | null } = { validFrom: null, validTo: null };
	for (const key of ['validFrom', 'validTo'] as const) {
		if (!input[key].trim()) continue;
		const day = parseDateInput(input[key]);
		if (!day) errors[key] = m.initiative_error_date();
		else out[key] = day;
	}
	if (out.validFrom && out.validTo && out.validTo < out.validFrom) errors['validTo'] = m.focus_owner_error_period();
	return out;
}

async function areaId(db: Db, slug: string) {
	return (await db.select({ id: focusAreas.id }).from(focusAreas).where(eq(focusAreas.slug, slug)))[0]?.id ?? null;
}

/** Adds a municipality or a body as owner for a period; the same owner twice is refused (end the period instead). */
export async function addOwner(db: Db, actor: SessionUser, slug: string, input: OwnerInput): Promise<OwnerOutcome> {
	const focusAreaId = await areaId(db, slug);
	if (!focusAreaId) return { ok: false, status: 404, errors: { form: m.error_not_found() } };
	const errors: Record<string, string> = {};
	const kind = input.kind === 'municipality' || input.kind === 'body' ? input.kind : null;
	const id = /^[1-9]\d{0,9}$/.test(input.id.trim()) ? Number(input.id.trim()) : null;
	if (!kind) errors['kind'] = m.initiative_error_choice();
	else if (id === null) errors[`id-${kind}`] = m.initiative_error_owner();
	else {
		const table = kind === 'municipality' ? municipalities : bodies;
		const [found] = await db.select({ id: table.id }).from(table).where(eq(table.id, id));
		if (!found) errors[`id-${kind}`] = m.initiative_error_owner();
	}
	const period = dates(input, errors);
	if (Object.keys(errors).length || !kind || id === null) return { ok: false, status: 400, errors };
	const inserted =
		kind === 'municipality'
			? await db.insert(focusAreaOwners).values({ focusAreaId, municipalityId: id, ...period }).onConflictDoNothing().returning()
			: await db.insert(focusAreaBodyOwners).values({ focusAreaId, bodyId: id, ...period }).onConflictDoNothing().returning();
	if (inserted.length === 0) return { ok: false, status: 409, errors: { form: m.focus_owner_error_exists() } };
	log.info({ userId: actor.id, focusAreaId, kind, id }, 'tovholder for fokusområde tilføjet');
	return { ok: true };
}

/** Ends an owner's period on a day (not before it began). */
export async function endOwner(db: Db, actor: SessionUser, slug: string, input: Pick<OwnerInput, 'kind' | 'id' | 'validTo'>): Promise<OwnerOutcome> {
	const focusAreaId = await areaId(db, slug);
	if (!focusAreaId) return { ok: false, status: 404, errors: { form: m.error_not_found() } };
	const field = `end-${input.kind}-${input.id}`;
	const validTo = parseDateInput(input.validTo);
	if (!validTo) return { ok: false, status: 400, errors: { [field]: m.initiative_error_date() } };
	const id = /^[1-9]\d{0,9}$/.test(input.id) ? Number(input.id) : -1;
	const table = input.kind === 'municipality' ? focusAreaOwners : input.kind === 'body' ? focusAreaBodyOwners : null;
	if (!table) return { ok: false, status: 404, errors: { form: m.error_not_found() } };
	const owner = input.kind === 'municipality' ? eq(focusAreaOwners.municipalityId, id) : eq(focusAreaBodyOwners.bodyId, id);
	const where = and(eq(table.focusAreaId, focusAreaId), owner);
	const [row] = await db.select({ validFrom: table.validFrom }).from(table).where(where);
	if (!row) return { ok: false, status: 404, errors: { form: m.error_not_found() } };
	if (row.validFrom && row.validFrom > validTo) return { ok: false, status: 400, errors: { [field]: m.focus_owner_error_period() } };
	await db.update(table).set({ validTo }).where(where);
	log.info({ userId: actor.id, focusAreaId, kind: input.kind, id }, 'tovholders periode for fokusområde afsluttet');
	return { ok: true };
}
