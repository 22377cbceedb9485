// Follow-up actions in the product: created on a decision with an owner, listed overdue first, an owner's own list,
// edits by owners limited to status and note, bad input refused with nothing written; owners read from text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { decisions, followUpActions, municipalities, users } from '../db/schema';
import { secretariat } from '../calendar/test-actor';
import type { SessionUser } from '../auth/session';
import { addDays } from '../tariffs/calculators/dates';
import { actionOverview, createAction, myActions, updateAction, type ActionInput } from './actions';
import { ownerFromNames } from './owners';
import { isoDateInCopenhagen } from '$lib/format/date';

let t: TestDb;
let staff: SessionUser;
let member: SessionUser;
let decisionId: number;
const today = isoDateInCopenhagen(new Date());

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	staff = await secretariat(t.db);
	const [u] = await t.db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.email, 'medlem@rammeaftale.example'));
	member = { ...u, role: 'member', municipalityId: null, bodyIds: [] };
	[{ id: decisionId }] = await t.db.select({ id: decisions.id }).from(decisions).orderBy(asc(decisions.id)).limit(1);
});
afterAll(async () => {
	await t?.close();
});

const input = (over: Partial<ActionInput> = {}): ActionInput => ({
	what: 'Send notatet til K17',
	ownerKind: 'person',
	ownerUserId: String(member.id),
	ownerMunicipalityId: '',
	dueOn: addDays(today, -2),
	status: 'open',
	note: '',
	...over
});

describe('follow-up actions', () => {
	it('reads the owner from the minutes’ words', () => {
		const list = [
			{ id: 1, name: 'Greve' },
			{ id: 2, name: 'Region Sjælland' },
			{ id: 3, name: 'Sorø' }
		];
		expect(ownerFromNames('Sekretariatet', list)).toEqual({ ownerKind: 'secretariat', ownerMunicipalityId: null });
		expect(ownerFromNames('Greve Kommune', list)).toEqual({ ownerKind: 'municipality', ownerMunicipalityId: 1 });
		expect(ownerFromNames('Region Sjælland', list)).toEqual({ ownerKind: 'municipality', ownerMunicipalityId: 2 });
		expect(ownerFromNames('Styregruppen', list)).toEqual({ ownerKind: null, ownerMunicipalityId: null });
	});

	it('gives the seeded actions of the 2022 minutes an owner kind where the words allow', async () => {
		const rows = await t.db.select({ owner: followUpActions.owner, kind: followUpActions.ownerKind }).from(followUpActions);
		expect(rows.filter((r) => /sekretariat/i.test(r.owner)).every((r) => r.kind === 'secretariat')).toBe(true);
	});

	it('creates an action for a person, lists it overdue first and in the person’s own list', async () => {
		const result = await createAction(t.db, staff, decisionId, input());
		expect(result.ok).toBe(true);
		const overview = await actionOverview(t.db, {});
		expect(overview[0]).toMatchObject({ what: 'Send notatet til K17', overdue: true, ownerLabel: member.name });
		expect((await myActions(t.db, member)).map((a) => a.what)).toContain('Send notatet til K17');
	});

	it('lets an owner change status and note only; done sets the completion time', async () => {
		const created = await createAction(t.db, staff, decisionId, input({ what: 'Ejerens opgave' }));
		if (!created.ok) throw new Error('not created');
		expect(await updateAction(t.db, member, created.id, { status: 'done', note: 'Sendt', what: 'Forsøg på at ændre teksten' } as never)).toEqual({ ok: true, id: created.id });
		const [row] = await t.db.select().from(followUpActions).where(eq(followUpActions.id, created.id));
		expect(row).toMatchObject({ what: 'Ejerens opgave', status: 'done', note: 'Sendt', updatedBy: member.id });
		expect(row.completedAt).not.toBeNull();
	});

	it('refuses bad input in Danish and writes nothing', async () => {
		const before = (await t.db.select().from(followUpActions)).length;
		const [greve] = await t.db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, 'greve'));
		expect(await createAction(t.db, staff, decisionId, input({ what: ' ', ownerKind: 'nobody', dueOn: '2026-02-30' }))).toEqual({
			ok: false,
			status: 400,
			errors: { what: 'Skriv, hvad der skal gøres.', ownerKind: 'Vælg, hvem der ejer opgaven.', dueOn: 'Fristen skal være en dato (åååå-mm-dd).' }
		});
		expect(await createAction(t.db, staff, decisionId, input({ ownerKind: 'municipality', ownerMunicipalityId: String(greve.id + 999) }))).toMatchObject({
			errors: { ownerMunicipalityId: 'Vælg en kommune fra listen.' }
		});
		expect(await createAction(t.db, staff, 987654, input())).toMatchObject({ ok: false, status: 404 });
		expect((await t.db.select().from(followUpActions)).length).toBe(before);
	});
});
