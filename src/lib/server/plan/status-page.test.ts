// The public status page's data: filters by principle, status and municipality (unknown values named in Danish),
// progress and decisions per initiative, and the Atom feed of status changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { decisions, effortAreas, municipalities } from '../db/schema';
import type { SessionUser } from '../auth/session';
import { secretariat } from '../calendar/test-actor';
import { emptyInput } from './initiative-form';
import { addMilestone, completeMilestone, getInitiative, saveInitiative } from './initiatives';
import { getImplementationPlan } from './plan';
import { parsePlanFilters } from './filters';
import { statusFeed } from './status-feed';

let t: TestDb;
let staff: SessionUser;
let initiativeId: number;
let decisionId: number;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	staff = await secretariat(t.db);
	[{ id: decisionId }] = await t.db.select({ id: decisions.id }).from(decisions).orderBy(asc(decisions.id)).limit(1);
	const [area] = await t.db.select({ id: effortAreas.id }).from(effortAreas).where(eq(effortAreas.number, 6));
	const [faxe] = await t.db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, 'faxe'));
	const saved = await saveInitiative(t.db, staff, null, {
		...emptyInput(),
		title: 'Fælles botilbud i Faxe',
		effortAreaId: String(area.id),
		ownerKind: 'municipality',
		ownerId: String(faxe.id),
		status: 'planned',
		decisionId: String(decisionId),
		decisionRole: 'approved'
	});
	if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
	initiativeId = saved.id;
	await addMilestone(t.db, staff, initiativeId, { title: 'Behov afdækket', dueOn: '2026-03-01' });
	await addMilestone(t.db, staff, initiativeId, { title: 'Aftale indgået', dueOn: '2026-09-01' });
	const [first] = (await getInitiative(t.db, staff, initiativeId))!.milestones;
	await completeMilestone(t.db, staff, initiativeId, first.id, '2026-02-20');
	const again = await saveInitiative(t.db, staff, initiativeId, {
		...emptyInput(),
		title: 'Fælles botilbud i Faxe',
		effortAreaId: String(area.id),
		ownerKind: 'municipality',
		ownerId: String(faxe.id),
		status: 'in_progress',
		version: '1'
	});
	if (!again.ok) throw new Error(JSON.stringify(again.errors));
});
afterAll(async () => {
	await t?.close();
});

const titles = (plan: Awaited<ReturnType<typeof getImplementationPlan>>) =>
	plan.principles.flatMap((p) => p.effortAreas.flatMap((a) => a.initiatives.map((i) => i.title))).concat(plan.generalInitiatives.map((i) => i.title));

describe('the status page', () => {
	it('shows an initiative with its owner, progress and the decision behind it', async () => {
		const plan = await getImplementationPlan(t.db, null);
		const initiative = plan.principles[2].effortAreas.find((a) => a.number === 6)!.initiatives.find((i) => i.id === initiativeId)!;
		expect(initiative).toMatchObject({ owner: 'Faxe', status: 'in_progress', milestones: { done: 1, total: 2 } });
		expect(initiative.decisions).toMatchObject([{ id: decisionId, role: 'approved' }]);
	});

	it('filters by principle, status and municipality, together', async () => {
		const only3 = await getImplementationPlan(t.db, null, { principle: 3 });
		expect(only3.principles.map((p) => p.number)).toEqual([3]);
		expect(only3.generalInitiatives).toEqual([]);
		expect(titles(await getImplementationPlan(t.db, null, { status: 'in_progress' }))).toContain('Fælles botilbud i Faxe');
		expect(titles(await getImplementationPlan(t.db, null, { status: 'done' }))).not.toContain('Fælles botilbud i Faxe');
		expect(titles(await getImplementationPlan(t.db, null, { municipality: 'faxe' }))).toEqual(['Fælles botilbud i Faxe']);
		expect(titles(await getImplementationPlan(t.db, null, { municipality: 'koge', status: 'in_progress' }))).toEqual([]);
	});

	it('reads the filters from the address and names an unknown value in Danish', async () => {
		expect(await parsePlanFilters(t.db, new URLSearchParams('princip=2&status=paused&kommune=faxe'))).toEqual({
			ok: true,
			filters: { principle: 2, status: 'paused', municipality: 'faxe' }
		});
		expect(await parsePlanFilters(t.db, new URLSearchParams('status=maaske'))).toEqual({ ok: false, message: 'Ukendt Status: »maaske«.' });
		expect(await parsePlanFilters(t.db, new URLSearchParams('princip=9'))).toMatchObject({ ok: false });
		expect(await parsePlanFilters(t.db, new URLSearchParams('kommune=atlantis'))).toEqual({ ok: false, message: 'Ukendt Kommune: »atlantis«.' });
	});

	it('has an Atom feed of status changes, newest first', async () => {
		const atom = await statusFeed(t.db, 'https://rammeaftale.example');
		expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
		const first = atom.indexOf('Fælles botilbud i Faxe: Planlagt → I gang');
		const created = atom.indexOf('Fælles botilbud i Faxe: Planlagt]]>');
		expect(first).toBeGreaterThan(0);
		expect(created).toBeGreaterThan(first);
		expect(atom).toContain(`https://rammeaftale.example/implementeringsplan/initiativer/${initiativeId}`);
		// A milestone is not a status change.
		expect(atom).not.toContain('Behov afdækket');
	});
});
