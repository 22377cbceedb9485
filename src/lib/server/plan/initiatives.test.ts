// Initiatives kept by the secretariat on the real database: created and changed with history and the decisions
// behind them, optimistic locking, bad input refused with nothing written, milestones, and a closed item's decision
// never shown to the public on an initiative's page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { bodies, decisions, effortAreas, initiativeHistory, initiatives, municipalities } from '../db/schema';
import type { SessionUser } from '../auth/session';
import { secretariat } from '../calendar/test-actor';
import { plantClosedItem, sgMeeting } from '../meetings/test-fixtures';
import { emptyInput } from './initiative-form';
import { addMilestone, completeMilestone, getInitiative, saveInitiative } from './initiatives';

let t: TestDb;
let staff: SessionUser;
let decisionId: number;
let closedDecisionId: number;
let area: number;
let forum: number;
let faxe: number;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	staff = await secretariat(t.db);
	[{ id: decisionId }] = await t.db.select({ id: decisions.id }).from(decisions).orderBy(asc(decisions.id)).limit(1);
	({ decisionId: closedDecisionId } = await plantClosedItem(t.db, (await sgMeeting(t.db)).id, `lukket-${Date.now()}`));
	[{ id: area }] = await t.db.select({ id: effortAreas.id }).from(effortAreas).where(eq(effortAreas.number, 1));
	[{ id: forum }] = await t.db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, 'direktoer-og-chefforum'));
	[{ id: faxe }] = await t.db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, 'faxe'));
});
afterAll(async () => {
	await t?.close();
});

const input = (over: Partial<ReturnType<typeof emptyInput>> = {}) => ({ ...emptyInput(), ...over });

describe('an initiative', () => {
	it('is created with its owner, dates, focus areas and the decision that approved it, all in its history', async () => {
		const saved = await saveInitiative(
			t.db,
			staff,
			null,
			input({
				title: 'Fælles skabelon for standardkontrakter',
				effortAreaId: String(area),
				ownerKind: 'body',
				ownerId: String(forum),
				startsOn: '2026-01-05',
				deadline: '31.12.2026',
				status: 'planned',
				decisionId: String(decisionId),
				decisionRole: 'approved'
			})
		);
		if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
		const view = (await getInitiative(t.db, null, saved.id))!;
		expect(view).toMatchObject({
			title: 'Fælles skabelon for standardkontrakter',
			effortArea: { number: 1 },
			ownerLabel: 'Direktør- og Chefforum',
			startsOn: '2026-01-05',
			deadline: '2026-12-31',
			status: 'planned',
			version: 1
		});
		expect(view.decisions).toMatchObject([{ id: decisionId, role: 'approved' }]);
		expect(view.history).toHaveLength(1);
		expect(view.history[0].changes).toMatchObject({ title: { from: null, to: 'Fælles skabelon for standardkontrakter' }, status: { from: null, to: 'planned' } });
		expect(view.history[0].decision?.id).toBe(decisionId);
	});

	it('keeps each change old → new, refuses a stale save with what changed meanwhile, and a save that changes nothing', async () => {
		const created = await saveInitiative(t.db, staff, null, input({ title: 'Praksisfællesskab for visitatorer', status: 'planned' }));
		if (!created.ok) throw new Error('not created');
		const first = await saveInitiative(t.db, staff, created.id, input({ title: 'Praksisfællesskab for visitatorer', status: 'in_progress', ownerKind: 'municipality', ownerId: String(faxe), version: '1' }));
		expect(first).toEqual({ ok: true, id: created.id });
		// A second secretary still has the form of version 1 open.
		const stale = await saveInitiative(t.db, staff, created.id, input({ title: 'Praksisfællesskab for visitatorer', status: 'paused', version: '1' }));
		expect(stale).toMatchObject({ ok: false, status: 409 });
		if (!stale.ok) expect(stale.meanwhile?.[0].changes).toMatchObject({ status: { from: 'planned', to: 'in_progress' }, owner: { from: null, to: 'Faxe' } });
		const same = await saveInitiative(t.db, staff, created.id, input({ title: 'Praksisfællesskab for visitatorer', status: 'in_progress', ownerKind: 'municipality', ownerId: String(faxe), version: '2' }));
		expect(same).toMatchObject({ ok: false, status: 400 });
		const view = (await getInitiative(t.db, null, created.id))!;
		expect(view).toMatchObject({ status: 'in_progress', ownerLabel: 'Faxe', version: 2 });
		expect(view.history.map((h) => Object.keys(h.changes).sort())).toEqual([['owner', 'status'], ['status', 'title']]);
	});

	it('refuses bad input in Danish and writes nothing', async () => {
		const count = (await t.db.select().from(initiatives)).length;
		const history = (await t.db.select().from(initiativeHistory)).length;
		const refused = await saveInitiative(
			t.db,
			staff,
			null,
			input({ title: ' ', startsOn: '2026-05-01', deadline: '2026-04-01', status: 'maybe', ownerKind: 'body', ownerId: '999999', decisionId: '999999', effortAreaId: 'x' })
		);
		expect(refused).toMatchObject({
			ok: false,
			status: 400,
			errors: {
				title: 'Skriv initiativets titel.',
				deadline: 'Fristen kan ikke ligge før starten.',
				status: 'Vælg fra listen.',
				ownerId: 'Vælg ejeren fra listen.',
				decisionId: 'Den valgte beslutning findes ikke i beslutningsregistret.',
				effortAreaId: 'Vælg fra listen.'
			}
		});
		expect(await saveInitiative(t.db, staff, null, input({ title: 'X', deadline: '31.02.2026' }))).toMatchObject({ ok: false, errors: { deadline: expect.stringContaining('dato') } });
		expect((await t.db.select().from(initiatives)).length).toBe(count);
		expect((await t.db.select().from(initiativeHistory)).length).toBe(history);
	});

	it('never cites a closed item’s decision to the public, and lets only those who may see it pick it', async () => {
		const created = await saveInitiative(t.db, staff, null, input({ title: 'Lukket sag følges op', decisionId: String(closedDecisionId), decisionRole: 'started' }));
		if (!created.ok) throw new Error(JSON.stringify(created.errors));
		expect((await getInitiative(t.db, staff, created.id))!.decisions.map((d) => d.id)).toEqual([closedDecisionId]);
		const publicView = (await getInitiative(t.db, null, created.id))!;
		expect(publicView.decisions).toEqual([]);
		expect(publicView.history.every((h) => h.decision === null)).toBe(true);
	});

	it('has milestones with dates, reached ones marked, each in the history', async () => {
		const created = await saveInitiative(t.db, staff, null, input({ title: 'Temamøde om kontrakter' }));
		if (!created.ok) throw new Error('not created');
		expect(await addMilestone(t.db, staff, created.id, { title: '', dueOn: 'i morgen' })).toMatchObject({ ok: false, status: 400 });
		expect(await addMilestone(t.db, staff, created.id, { title: 'Invitation sendt', dueOn: '2026-08-15' })).toEqual({ ok: true });
		const [milestone] = (await getInitiative(t.db, null, created.id))!.milestones;
		expect(await completeMilestone(t.db, staff, created.id, milestone.id, '2026-08-14')).toEqual({ ok: true });
		const view = (await getInitiative(t.db, null, created.id))!;
		expect(view.milestones).toEqual([{ id: milestone.id, title: 'Invitation sendt', dueOn: '2026-08-15', doneOn: '2026-08-14' }]);
		expect(view.history.map((h) => Object.keys(h.changes)[0])).toEqual(['milestoneDone', 'milestone', 'title']);
	});
});
