import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { offers } from '../db/schema';
import { plantClosedItem, sgMeeting, viewer, bodyId } from '../meetings/test-fixtures';
import { decisionRefs, excerpt, listDecisions, listDecisionsForOffer } from './decisions';

let t: TestDb;
let sg: { id: number; bodyId: number };
let closedDecisionId: number;
const marker = `LUKKET-${crypto.randomUUID()}`;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	sg = await sgMeeting(t.db);
	({ decisionId: closedDecisionId } = await plantClosedItem(t.db, sg.id, marker));
});

afterAll(async () => {
	await t?.close();
});

const offerId = async (slug: string) => (await t.db.select({ id: offers.id }).from(offers).where(eq(offers.slug, slug)))[0].id;

describe('listDecisions', () => {
	it('lists the decisions of 12/8-2022 in agenda order with body and item', async () => {
		const list = await listDecisions(t.db, null);
		const fromSg = list.filter((d) => d.meeting.id === sg.id);
		expect(fromSg.length).toBeGreaterThan(10);
		expect(fromSg[0]).toMatchObject({ body: { slug: 'styregruppen' }, item: { number: '1' }, kind: 'approved' });
		expect(fromSg.some((d) => d.item.number === '2' && d.kind === 'recommended')).toBe(true);
	});

	it('leaves out decisions of closed items for viewers who may not read them', async () => {
		const k17 = await bodyId(t.db, 'k17');
		for (const who of [null, viewer('municipal_contact'), viewer('network_lead'), viewer('member', [k17])]) {
			const list = await listDecisions(t.db, who);
			expect(list.map((d) => d.id)).not.toContain(closedDecisionId);
			expect(JSON.stringify(list)).not.toContain(marker);
		}
	});

	it('includes them for the secretariat and members of the body', async () => {
		for (const who of [viewer('secretariat'), viewer('member', [sg.bodyId])]) {
			expect((await listDecisions(t.db, who)).map((d) => d.id)).toContain(closedDecisionId);
		}
	});
});

describe('listDecisionsForOffer', () => {
	it('finds the decision to close the Slagelse offer, by body and date', async () => {
		const list = await listDecisionsForOffer(t.db, null, await offerId('slagelse-tilbud-udviklingshaemmede-59-pladser'));
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ body: { slug: 'styregruppen' }, item: { number: '7' }, meeting: { id: sg.id } });
	});

	it('hides a closed item’s decision about Kildebo from anonymous visitors', async () => {
		const kildebo = await offerId('kildebo');
		expect((await listDecisionsForOffer(t.db, null, kildebo)).map((d) => d.id)).not.toContain(closedDecisionId);
		expect((await listDecisionsForOffer(t.db, viewer('secretariat'), kildebo)).map((d) => d.id)).toContain(
			closedDecisionId
		);
	});
});

describe('decisionRefs', () => {
	it('maps visible decisions only', async () => {
		const refs = await decisionRefs(t.db, null, [closedDecisionId]);
		expect(refs.size).toBe(0);
		expect((await decisionRefs(t.db, viewer('admin'), [closedDecisionId])).get(closedDecisionId)?.item.number).toBe('99');
	});
});

describe('excerpt', () => {
	it('strips Markdown and cuts long text at a word boundary', () => {
		expect(excerpt('- at **styregruppen** godkender [oplægget](https://x.dk)')).toBe('at styregruppen godkender oplægget');
		const long = excerpt('ord '.repeat(100), 40);
		expect(long.length).toBeLessThanOrEqual(42);
		expect(long.endsWith(' …')).toBe(true);
	});
});
