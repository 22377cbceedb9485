// Plain-language summaries: the secretariat writes, changes and removes them; bad input writes nothing; only a
// public decision gets one; the list of decisions lacking one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { decisions } from '../db/schema';
import { plantClosedItem, sgMeeting, viewer } from '../meetings/test-fixtures';
import { secretariat } from '../calendar/test-actor';
import type { SessionUser } from '../auth/session';
import { decisionsWithoutSummary, saveSummary, SUMMARY_MAX } from './plain-summary';
import { decisionPage } from './decision-page';

let t: TestDb;
let staff: SessionUser;
let publicId: number;
let closedId: number;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	staff = await secretariat(t.db);
	const sg = await sgMeeting(t.db);
	({ decisionId: closedId } = await plantClosedItem(t.db, sg.id, 'LUKKET-resume'));
	const { rows } = await decisionsWithoutSummary(t.db, 1);
	publicId = rows[0].id;
});
afterAll(async () => {
	await t?.close();
});

const row = async (id: number) => (await t.db.select().from(decisions).where(eq(decisions.id, id)))[0];

describe('plain-language summaries', () => {
	it('are written by the secretariat, shown first on the decision page, and leave the list of those lacking one', async () => {
		const before = await decisionsWithoutSummary(t.db, 1);
		const result = await saveSummary(t.db, staff, publicId, '  Styregruppen siger ja.\r\nTilbuddet fortsætter.  ');
		expect(result).toEqual({ ok: true, cleared: false });
		const saved = await row(publicId);
		expect(saved.plainSummary).toBe('Styregruppen siger ja.\nTilbuddet fortsætter.');
		expect(saved.plainSummaryBy).toBe(staff.id);
		expect(saved.updatedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
		expect((await decisionPage(t.db, null, publicId))?.plainSummary).toBe('Styregruppen siger ja.\nTilbuddet fortsætter.');
		const after = await decisionsWithoutSummary(t.db, 1);
		expect(after.total).toBe(before.total - 1);
		expect(after.rows.map((r) => r.id)).not.toContain(publicId);
	});

	it('are removed by saving an empty text', async () => {
		expect(await saveSummary(t.db, staff, publicId, '   ')).toEqual({ ok: true, cleared: true });
		const cleared = await row(publicId);
		expect(cleared.plainSummary).toBe('');
		expect(cleared.plainSummaryBy).toBeNull();
	});

	it('refuse a text too long or with markup, anyone but staff, and a decision the public cannot read; nothing is written', async () => {
		const long = await saveSummary(t.db, staff, publicId, 'a'.repeat(SUMMARY_MAX + 1));
		expect(long).toMatchObject({ ok: false, status: 400 });
		expect(long.ok || long.message).toContain(`højst ${SUMMARY_MAX} tegn`);
		expect(await saveSummary(t.db, staff, publicId, 'Se <script>')).toMatchObject({ ok: false, status: 400 });
		expect(await saveSummary(t.db, viewer('member'), publicId, 'Kort')).toMatchObject({ ok: false, status: 403 });
		expect((await row(publicId)).plainSummary).toBe('');
		// The list and the summary are about what the public reads; a closed item's decision is not among them.
		expect((await decisionsWithoutSummary(t.db, 1)).rows.map((r) => r.id)).not.toContain(closedId);
	});

	it('are searched above the decision’s own words', async () => {
		await saveSummary(t.db, staff, publicId, 'Kvækkefrøen er et ord kun resuméet har.');
		const [hit] = await t.db.execute<{ id: number }>(
			(await import('drizzle-orm')).sql`select id from decisions where search_vector @@ websearch_to_tsquery('danish', 'kvækkefrøen')`
		);
		expect(Number(hit.id)).toBe(publicId);
	});
});
