// Publishing the minutes again rewrites decisions, links and actions from the agenda document; it keeps what the
// secretariat did in the product since: a corrected decision's kind and links, and follow-up actions managed there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { decisionOffers, decisions, followUpActions, offers } from '../db/schema';
import type { CollabServer } from '../collab/server';
import { toPlain } from '$lib/collab/agenda/plain';
import { meetingDocumentName } from '../agenda/document';
import { writeAgendaRows } from '../agenda/rows';
import { testCollab } from '../agenda/test-setup';
import { sgMeeting } from '../meetings/test-fixtures';
import { secretariat } from '../calendar/test-actor';
import { correctDecision } from './corrections';
import { decisionPage } from './decision-page';
import { createAction } from '../follow-up/actions';

let t: TestDb;
let collab: CollabServer;
beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	collab = testCollab(t.db);
});
afterAll(async () => {
	await collab.close();
	await t.close();
});

describe('publishing the minutes again', () => {
	it('keeps a correction and the actions the secretariat manages in the product', async () => {
		const sg = await sgMeeting(t.db);
		const staff = await secretariat(t.db);
		const [row] = await t.db
			.select({ id: decisionOffers.decisionId })
			.from(decisionOffers)
			.innerJoin(offers, eq(offers.id, decisionOffers.offerId))
			.where(eq(offers.slug, 'slagelse-tilbud-udviklingshaemmede-59-pladser'));
		const noLinks = { tariffRules: [], focusAreas: [], networkGroups: [] };
		expect(
			await correctDecision(t.db, staff, row.id, {
				kind: 'postponed',
				links: { ...noLinks, offers: ['slagelse-tilbud-udviklingshaemmede-59-pladser', 'kildebo'], municipalities: ['soro'] },
				note: ''
			})
		).toEqual({ ok: true });
		const action = await createAction(t.db, staff, row.id, {
			what: 'Følg op på lukningen',
			ownerKind: 'secretariat',
			ownerUserId: '',
			ownerMunicipalityId: '',
			dueOn: '',
			status: 'open',
			note: ''
		});
		expect(action.ok).toBe(true);

		const plain = await collab.read(meetingDocumentName(sg.id), toPlain);
		await t.db.transaction((tx) => writeAgendaRows(tx, sg.id, plain, { minutes: true }));

		const view = (await decisionPage(t.db, staff, row.id))!;
		expect(view.decision.kind).toBe('postponed');
		expect(view.decision.offers.map((o) => o.slug).sort()).toEqual(['kildebo', 'slagelse-tilbud-udviklingshaemmede-59-pladser']);
		expect(view.decision.municipalities.map((m) => m.slug)).toEqual(['soro']);
		expect(view.decision.actions.map((a) => a.what)).toContain('Følg op på lukningen');
		const [kept] = await t.db.select({ text: decisions.text }).from(decisions).where(eq(decisions.id, row.id));
		expect(kept.text).toBe(plain.items.flatMap((i) => i.decisions).find((d) => d.rowId === row.id)?.text);
		expect(await t.db.select().from(followUpActions).where(eq(followUpActions.decisionId, row.id))).not.toHaveLength(0);
	});
});
