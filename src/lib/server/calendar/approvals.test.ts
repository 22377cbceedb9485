import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { agreementApprovals, municipalities } from '../db/schema';
import { getApprovalTracker, listApprovalPeriods, saveApprovals, type ApprovalInput } from './approvals';
import { secretariat } from './test-actor';

let t: TestDb;
let ids: Record<string, number>;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	const rows = await t.db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities);
	ids = Object.fromEntries(rows.map((r) => [r.name, r.id]));
});

afterAll(async () => {
	await t?.close();
});

const NOW = new Date('2022-11-20T12:00:00Z');
const row = (name: string, plannedOn = '', approvedOn = '', note = ''): ApprovalInput => ({
	municipalityId: ids[name],
	plannedOn,
	approvedOn,
	note
});
const periodId = async () => (await getApprovalTracker(t.db, '2023-24', NOW))!.period.id;

describe('getApprovalTracker', () => {
	it('lists the 17 councils and regionsrådet for 2023-24 against 1 December 2022, all missing at first', async () => {
		const tracker = await getApprovalTracker(t.db, '2023-24', NOW);
		expect(tracker).toMatchObject({ deadline: '2022-12-01', deadlineStated: true, highlightFrom: '2022-11-24' });
		expect(tracker?.rows).toHaveLength(18);
		expect(tracker?.rows.filter((r) => r.kind === 'kommune')).toHaveLength(17);
		expect(tracker?.rows.at(-1)).toMatchObject({ name: 'Region Sjælland', kind: 'region' });
		expect(tracker?.rows[0].name).toBe('Faxe');
		expect(tracker?.counts).toMatchObject({ missing: 18, approved: 0, total: 18 });
		expect(tracker?.rows.some((r) => r.overdueSoon || r.overdue)).toBe(false);
	});

	it('highlights approvals still missing from a week before the deadline, and overdue after it', async () => {
		const soon = await getApprovalTracker(t.db, '2023-24', new Date('2022-11-24T08:00:00Z'));
		expect(soon?.rows.every((r) => r.overdueSoon && !r.overdue)).toBe(true);
		const after = await getApprovalTracker(t.db, '2023-24', new Date('2022-12-01T23:30:00Z')); // 2 December in Copenhagen
		expect(after?.rows.every((r) => r.overdue && !r.overdueSoon)).toBe(true);
	});

	it('knows no tracker for a period that is not in the database', async () => {
		expect(await getApprovalTracker(t.db, '2027-28')).toBeNull();
		expect(await getApprovalTracker(t.db, 'x')).toBeNull();
	});
});

describe('saveApprovals', () => {
	it('saves planned and approval dates and tells on time from late', async () => {
		const actor = await secretariat(t.db);
		const id = await periodId();
		const outcome = await saveApprovals(
			t.db,
			actor,
			id,
			[
				row('Faxe', '2022-11-24'),
				row('Greve', '2022-10-25', '26.10.2022', 'Byrådet 26/10'),
				row('Køge', '2022-12-14'),
				row('Region Sjælland', '', '')
			],
			NOW
		);
		expect(outcome).toEqual({ ok: true, changed: 3 });
		const tracker = await getApprovalTracker(t.db, '2023-24', new Date('2022-11-25T12:00:00Z'));
		const by = (name: string) => tracker!.rows.find((r) => r.name === name)!;
		expect(by('Faxe')).toMatchObject({ state: 'planned_on_time', plannedOn: '2022-11-24', overdueSoon: true });
		expect(by('Greve')).toMatchObject({ state: 'approved_on_time', approvedOn: '2022-10-26', note: 'Byrådet 26/10', overdueSoon: false });
		expect(by('Køge')).toMatchObject({ state: 'planned_late' });
		expect(by('Region Sjælland')).toMatchObject({ state: 'missing' });
		expect(tracker?.counts).toMatchObject({ approved_on_time: 1, planned_on_time: 1, planned_late: 1, missing: 15, approved: 1 });
		const [saved] = await t.db.select().from(agreementApprovals).where(eq(agreementApprovals.municipalityId, ids.Greve));
		expect(saved.updatedBy).toBe(actor.id);
		expect(await listApprovalPeriods(t.db)).toEqual([
			{ label: '2025-26', deadline: '2024-12-01', deadlineStated: false, approved: 0, total: 18 },
			{ label: '2023-24', deadline: '2022-12-01', deadlineStated: true, approved: 1, total: 18 },
			{ label: '2021-22', deadline: '2020-12-01', deadlineStated: true, approved: 0, total: 18 }
		]);
	});

	it('marks an approval after the deadline as late, leaves unchanged rows alone and removes an emptied one', async () => {
		const actor = await secretariat(t.db);
		const id = await periodId();
		const [greveBefore] = await t.db.select().from(agreementApprovals).where(eq(agreementApprovals.municipalityId, ids.Greve));
		const later = new Date('2022-12-20T12:00:00Z');
		const outcome = await saveApprovals(
			t.db,
			actor,
			id,
			[row('Greve', '2022-10-25', '2022-10-26', 'Byrådet 26/10'), row('Køge', '2022-12-14', '2022-12-14'), row('Faxe')],
			later
		);
		expect(outcome).toEqual({ ok: true, changed: 2 });
		const tracker = await getApprovalTracker(t.db, '2023-24', later);
		expect(tracker?.rows.find((r) => r.name === 'Køge')).toMatchObject({ state: 'approved_late', overdue: false });
		expect(tracker?.rows.find((r) => r.name === 'Faxe')).toMatchObject({ state: 'missing', overdue: true });
		const [greveAfter] = await t.db.select().from(agreementApprovals).where(eq(agreementApprovals.municipalityId, ids.Greve));
		expect(greveAfter.updatedAt).toEqual(greveBefore.updatedAt);
		expect(await t.db.select().from(agreementApprovals).where(eq(agreementApprovals.municipalityId, ids.Faxe))).toEqual([]);
	});

	it('refuses impossible dates, approvals in the future and long notes, naming the municipality, saving nothing', async () => {
		const actor = await secretariat(t.db);
		const id = await periodId();
		const before = await t.db.select().from(agreementApprovals);
		const outcome = await saveApprovals(
			t.db,
			actor,
			id,
			[
				row('Holbæk', '2022-11-24'),
				row('Lejre', '2022-02-30'),
				row('Sorø', '', '2022-11-21'),
				row('Stevns', '', '', 'x'.repeat(501)),
				row('Ringsted', '', 'snart')
			],
			NOW
		);
		expect(outcome).toEqual({
			ok: false,
			errors: {
				[`planned-${ids.Lejre}`]: 'Lejre: »2022-02-30« er ikke en gyldig dato for den planlagte godkendelse.',
				[`approved-${ids['Sorø']}`]: 'Sorø: Godkendelsesdatoen ligger i fremtiden. Skriv den som planlagt dato i stedet.',
				[`note-${ids.Stevns}`]: 'Stevns: Noten må højst være 500 tegn.',
				[`approved-${ids.Ringsted}`]: 'Ringsted: »snart« er ikke en gyldig dato for godkendelsen.'
			}
		});
		expect(await t.db.select().from(agreementApprovals)).toEqual(before);
	});

	it('refuses an unknown municipality or period', async () => {
		const actor = await secretariat(t.db);
		const id = await periodId();
		expect(await saveApprovals(t.db, actor, id, [{ municipalityId: 999_999, plannedOn: '', approvedOn: '', note: '' }], NOW)).toMatchObject({
			ok: false,
			errors: { form: expect.stringContaining('Intet er gemt') }
		});
		expect(await saveApprovals(t.db, actor, 999_999, [row('Faxe', '2022-11-24')], NOW)).toMatchObject({ ok: false, notFound: true });
	});
});
