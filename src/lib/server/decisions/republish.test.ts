// Publishing the minutes again rewrites decisions, links and actions from the agenda document; it keeps what the
// secretariat did in the product since: a corrected decision's kind and links, and follow-up actions managed there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { decisionOffers, decisionTariffRules, decisions, followUpActions, offers, tariffRules } from '../db/schema';
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

	it('keeps the links an offer edit or a tariff rule version made to a decision the minutes did not link', async () => {
		const sg = await sgMeeting(t.db);
		const plain = await collab.read(meetingDocumentName(sg.id), toPlain);
		// An uncorrected decision of the minutes, and an offer and a tariff rule the minutes do not link it to.
		const rowId = plain.items
			.filter((i) => Object.keys(i.links).length === 0)
			.flatMap((i) => i.decisions)
			.find((d) => d.rowId !== null && Object.keys(d.links).length === 0)?.rowId;
		if (!rowId) throw new Error('no decision without links in the seeded minutes');
		const [offer] = await t.db.select({ id: offers.id }).from(offers).where(eq(offers.slug, 'kildebo'));
		const [rule] = await t.db.select({ id: tariffRules.id }).from(tariffRules).limit(1);
		// As saveOffer and the tariff rule's new version link them (addedInProduct), next to one the minutes own.
		await t.db.insert(decisionOffers).values({ decisionId: rowId, offerId: offer.id, addedInProduct: true });
		await t.db.insert(decisionTariffRules).values({ decisionId: rowId, tariffRuleId: rule.id, addedInProduct: true });
		await t.db.transaction((tx) => writeAgendaRows(tx, sg.id, plain, { minutes: true }));
		expect((await t.db.select().from(decisionOffers).where(eq(decisionOffers.decisionId, rowId))).map((r) => r.offerId)).toEqual([offer.id]);
		expect((await t.db.select().from(decisionTariffRules).where(eq(decisionTariffRules.decisionId, rowId))).map((r) => r.tariffRuleId)).toEqual([rule.id]);
	});
});
