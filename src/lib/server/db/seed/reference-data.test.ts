import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq, is, isNull } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../schema';
import { createTestDb, type TestDb } from '../test-db';
import { loadReferenceData } from './reference-data';
import { copenhagen } from './data/calendar';

const {
	agendaItems,
	agreementPeriods,
	bodies,
	caseSteps,
	cases,
	decisionOffers,
	decisions,
	effortAreas,
	focusAreaOwners,
	focusAreas,
	followUpActions,
	meetings,
	memberships,
	municipalities,
	networkGroups,
	offers,
	principles,
	tariffRules,
	tariffRuleVersions
} = schema;

/** Every table of the schema with the number of rows it holds. */
async function rowCounts(db: TestDb['db']) {
	const result: Record<string, number> = {};
	for (const [name, table] of Object.entries(schema)) {
		if (!isTable(table)) continue;
		const [{ n }] = await db.select({ n: count() }).from(table);
		result[name] = n;
	}
	return result;
}

function isTable(value: unknown): value is PgTable {
	return is(value, PgTable);
}

describe('loadReferenceData', () => {
	let t: TestDb;
	let first: { loaded: boolean };

	beforeAll(async () => {
		t = await createTestDb();
		first = await loadReferenceData(t.db);
	});
	afterAll(async () => {
		await t?.close();
	});

	it('loads into an empty database', () => {
		expect(first).toEqual({ loaded: true });
	});

	it('has the 17 municipalities and Region Sjælland', async () => {
		const rows = await t.db.select().from(municipalities);
		expect(rows.filter((r) => r.kind === 'kommune')).toHaveLength(17);
		const regions = rows.filter((r) => r.kind === 'region');
		expect(regions.map((r) => [r.slug, r.name])).toEqual([['region-sjaelland', 'Region Sjælland']]);
		expect(rows.find((r) => r.slug === 'koge')?.name).toBe('Køge');
		expect(rows.find((r) => r.slug === 'holbaek')?.name).toBe('Holbæk');
	});

	it('has the three agreement periods, 2023-24 with the 1 December 2022 deadline', async () => {
		const rows = await t.db.select().from(agreementPeriods).orderBy(asc(agreementPeriods.startsOn));
		expect(rows.map((r) => r.label)).toEqual(['2021-22', '2023-24', '2025-26']);
		expect(rows[1]).toMatchObject({ startsOn: '2023-01-01', endsOn: '2024-12-31', approvalDeadline: '2022-12-01' });
	});

	it('has the bodies other code relies on, network groups reporting to Styregruppen', async () => {
		const rows = await t.db.select().from(bodies);
		const bySlug = new Map(rows.map((r) => [r.slug, r]));
		for (const slug of ['kkr-sjaelland', 'k17', 'styregruppen']) expect(bySlug.has(slug)).toBe(true);
		const sg = bySlug.get('styregruppen')!;
		expect(sg.shortName).toBe('SG');
		expect(sg.name).toBe('Styregruppen for Rammeaftale Sjælland');
		const groups = rows.filter((r) => r.kind === 'network_group');
		expect(groups.length).toBeGreaterThanOrEqual(5);
		for (const g of groups) expect(g.reportsToId).toBe(sg.id);
	});

	it('records the network groups’ leads as memberships with periods, with Voksne handicappede vacant', async () => {
		const leads = await t.db
			.select({
				slug: bodies.slug,
				municipality: municipalities.slug,
				validFrom: memberships.validFrom,
				validTo: memberships.validTo
			})
			.from(memberships)
			.innerJoin(bodies, eq(bodies.id, memberships.bodyId))
			.innerJoin(municipalities, eq(municipalities.id, memberships.municipalityId))
			.where(and(eq(memberships.role, 'lead'), isNull(memberships.personId)))
			.orderBy(asc(memberships.id));
		expect(leads.filter((l) => l.slug === 'voksne-sindslidende')).toEqual([
			{ slug: 'voksne-sindslidende', municipality: 'koge', validFrom: null, validTo: '2022-08-31' },
			{ slug: 'voksne-sindslidende', municipality: 'roskilde', validFrom: '2022-09-01', validTo: null }
		]);
		expect(leads.filter((l) => l.slug === 'voksne-handicappede')).toEqual([]);
		const [vh] = await t.db
			.select({ leadNote: networkGroups.leadNote })
			.from(networkGroups)
			.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
			.where(eq(bodies.slug, 'voksne-handicappede'));
		expect(vh.leadNote).toMatch(/Vakant/);
	});

	it('has one chair of the steering group, the person, not also her municipality', async () => {
		const chairs = await t.db
			.select({ personId: memberships.personId })
			.from(memberships)
			.innerJoin(bodies, eq(bodies.id, memberships.bodyId))
			.where(and(eq(bodies.slug, 'styregruppen'), eq(memberships.role, 'chair')));
		expect(chairs).toHaveLength(1);
		expect(chairs[0].personId).not.toBeNull();
	});

	it('records the 2022 follow-up actions with an unknown status: the minutes do not say whether they were done', async () => {
		const rows = await t.db.select({ status: followUpActions.status }).from(followUpActions);
		expect(rows.length).toBeGreaterThan(0);
		expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['unknown']));
	});

	it('leaves offers without a last-edited time: nobody has edited them in the product', async () => {
		const rows = await t.db.select({ updatedAt: offers.updatedAt }).from(offers);
		expect(rows.length).toBeGreaterThan(10);
		expect(rows.every((r) => r.updatedAt === null)).toBe(true);
	});

	it('has the steering-group meeting of 12/8-2022, 9-12 Copenhagen time, with items 0-7 in order', async () => {
		const [sg] = await t.db.select().from(bodies).where(eq(bodies.slug, 'styregruppen'));
		const [meeting] = await t.db
			.select()
			.from(meetings)
			.where(eq(meetings.startsAt, new Date('2022-08-12T07:00:00Z')));
		expect(meeting).toBeDefined();
		expect(meeting.bodyId).toBe(sg.id);
		expect(meeting.endsAt?.toISOString()).toBe('2022-08-12T10:00:00.000Z');
		expect(meeting.status).toBe('minutes_published');

		const items = await t.db
			.select()
			.from(agendaItems)
			.where(eq(agendaItems.meetingId, meeting.id))
			.orderBy(asc(agendaItems.position));
		expect(items.map((i) => i.number)).toEqual(['0', '1', '2', '3', '4', '5', '6A', '6B', '6C', '7']);
		expect(items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		const item2 = items[2];
		expect(item2.title).toBe('Rammeaftale 2023-24 – behandling af rammeaftale 2023-24');
		expect(item2.beslutningstema.trim()).not.toBe('');
		expect(item2.kind).toBe('decision');
		expect(items.slice(6, 9).every((i) => i.kind === 'orientation')).toBe(true);
		expect(items.some((i) => i.isClosed)).toBe(false);
		// No PDF hyphenation left: "ram-\nmeaftale" and the like.
		for (const i of items) {
			for (const text of [i.baggrund, i.sagsfremstilling, i.droftelse, i.beslutning, i.indstilling]) {
				expect(text).not.toMatch(/[a-zæøå]-\n[a-zæøå]/);
			}
		}

		const item2Decisions = await t.db
			.select()
			.from(decisions)
			.where(eq(decisions.agendaItemId, item2.id))
			.orderBy(asc(decisions.position));
		expect(item2Decisions.map((d) => d.kind)).toEqual(['noted', 'recommended', 'postponed', 'approved']);
	});

	it('keeps every SG meeting 9-12 in Copenhagen time across daylight saving', async () => {
		const [sg] = await t.db.select().from(bodies).where(eq(bodies.slug, 'styregruppen'));
		const rows = await t.db.select().from(meetings).where(eq(meetings.bodyId, sg.id)).orderBy(asc(meetings.startsAt));
		expect(rows).toHaveLength(7);
		// 6/1-2023 is winter time (UTC+1), 12/8-2022 summer time (UTC+2).
		expect(rows.map((r) => r.startsAt.toISOString())).toContain('2023-01-06T08:00:00.000Z');
		expect(copenhagen('2023-01-06', 9).toISOString()).toBe('2023-01-06T08:00:00.000Z');
		const virtual = rows.filter((r) => r.isVirtual).map((r) => r.startsAt.toISOString());
		expect(virtual).toEqual(['2022-10-14T07:00:00.000Z']);
	});

	it('invents no time for K17 and KKR meetings, whose source gives the date only', async () => {
		const rows = await t.db
			.select({ body: bodies.slug, timeKnown: meetings.timeKnown, startsAt: meetings.startsAt })
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId));
		for (const row of rows) expect(row.timeKnown).toBe(row.body === 'styregruppen');
		// 7/9-2022 is the KKR meeting's day in Copenhagen (local midnight, summer time).
		expect(rows.map((r) => r.startsAt.toISOString())).toContain('2022-09-06T22:00:00.000Z');
	});

	it('routes the agreement 2023-24 from SG via K17 and KKR to the councils by 1 December 2022', async () => {
		const [c] = await t.db.select().from(cases).where(eq(cases.slug, 'rammeaftale-2023-24'));
		expect(c.deadline).toBe('2022-12-01');
		const steps = await t.db
			.select({ body: bodies.slug, agendaItemId: caseSteps.agendaItemId, status: caseSteps.status, dueOn: caseSteps.dueOn })
			.from(caseSteps)
			.innerJoin(bodies, eq(bodies.id, caseSteps.bodyId))
			.where(eq(caseSteps.caseId, c.id))
			.orderBy(asc(caseSteps.position));
		expect(steps.map((s) => s.body)).toEqual(['styregruppen', 'k17', 'kkr-sjaelland', 'kommunalbestyrelserne', 'regionsraadet']);
		expect(steps[0].status).toBe('decided');
		expect(steps[0].agendaItemId).not.toBeNull();
		expect(steps.at(-1)!.dueOn).toBe('2022-12-01');
	});

	it('has Kildebo among the most specialised offers, operated by Faxe', async () => {
		const [kildebo] = await t.db
			.select({ name: offers.name, mostSpecialised: offers.mostSpecialised, operator: municipalities.slug })
			.from(offers)
			.innerJoin(municipalities, eq(municipalities.id, offers.operatorId))
			.where(eq(offers.slug, 'kildebo'));
		expect(kildebo).toEqual({ name: 'Kildebo', mostSpecialised: true, operator: 'faxe' });
		const mostSpecialised = await t.db.select().from(offers).where(eq(offers.mostSpecialised, true));
		expect(mostSpecialised).toHaveLength(10);
		const secure = await t.db.select({ slug: offers.slug }).from(offers).where(eq(offers.secureUnit, true));
		expect(secure.map((o) => o.slug).sort()).toEqual(['bakkegaarden', 'stevnsfortet']);
		const annex = await t.db.select().from(offers).where(eq(offers.specialEducationAnnex, true));
		expect(annex).toHaveLength(6);
	});

	it('states places only where a seed does: Kofoedsminde 68 places at 102 %', async () => {
		const [kofoedsminde] = await t.db.select().from(offers).where(eq(offers.slug, 'kofoedsminde'));
		expect(kofoedsminde.places).toBe(68);
		expect(kofoedsminde.occupancyPercent).toBe(102);
		const [kildebo] = await t.db.select().from(offers).where(eq(offers.slug, 'kildebo'));
		expect(kildebo.places).toBeNull();
		expect(kildebo.occupancyPercent).toBeNull();
	});

	it('links the Slagelse closure (item 7) to its offer', async () => {
		const rows = await t.db
			.select({ slug: offers.slug, kind: decisions.kind })
			.from(decisionOffers)
			.innerJoin(offers, eq(offers.id, decisionOffers.offerId))
			.innerJoin(decisions, eq(decisions.id, decisionOffers.decisionId));
		expect(rows).toContainEqual({ slug: 'slagelse-tilbud-udviklingshaemmede-59-pladser', kind: 'noted' });
	});

	it('keeps the tariff recommendation in force in 2021-22, 2023-24 and 2025-26', async () => {
		const [rule] = await t.db.select().from(tariffRules).where(eq(tariffRules.slug, 'takstanbefaling'));
		const versions = await t.db
			.select()
			.from(tariffRuleVersions)
			.where(eq(tariffRuleVersions.ruleId, rule.id))
			.orderBy(asc(tariffRuleVersions.version));
		expect(versions.map((v) => [v.effectiveFrom, v.effectiveTo])).toEqual([
			['2021-01-01', '2022-12-31'],
			['2023-01-01', '2024-12-31'],
			['2025-01-01', '2026-12-31']
		]);
		expect(versions[1].decisionId).not.toBeNull();
		const [production] = await t.db
			.select({ parameters: tariffRuleVersions.parameters })
			.from(tariffRuleVersions)
			.innerJoin(tariffRules, eq(tariffRules.id, tariffRuleVersions.ruleId))
			.where(eq(tariffRules.slug, 'produktionsaendringer'));
		expect(production.parameters).toEqual({ maxChangePercent: 20, informBuyersBeforePercent: 10 });
		const allRules = await t.db.select({ id: tariffRules.id }).from(tariffRules);
		const allVersions = await t.db.select({ ruleId: tariffRuleVersions.ruleId }).from(tariffRuleVersions);
		for (const r of allRules) expect(allVersions.some((v) => v.ruleId === r.id)).toBe(true);
	});

	it('has six focus areas 2021-22 and three 2025-26', async () => {
		const rows = await t.db
			.select({ period: agreementPeriods.label, number: focusAreas.number, status: focusAreas.status, id: focusAreas.id })
			.from(focusAreas)
			.innerJoin(agreementPeriods, eq(agreementPeriods.id, focusAreas.agreementPeriodId))
			.orderBy(asc(focusAreas.number));
		const p2122 = rows.filter((r) => r.period === '2021-22');
		expect(p2122.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(p2122.map((r) => r.status)).toEqual(['postponed', 'postponed', 'postponed', 'prioritised', 'prioritised', 'prioritised']);
		expect(rows.filter((r) => r.period === '2025-26').map((r) => r.number)).toEqual([1, 2, 3]);

		const owners3 = await t.db
			.select({ slug: municipalities.slug })
			.from(focusAreaOwners)
			.innerJoin(municipalities, eq(municipalities.id, focusAreaOwners.municipalityId))
			.where(eq(focusAreaOwners.focusAreaId, p2122[2].id));
		expect(owners3.map((o) => o.slug).sort()).toEqual(['faxe', 'slagelse']);
	});

	it('has seven areas of effort under three principles', async () => {
		const ps = await t.db.select().from(principles).orderBy(asc(principles.number));
		expect(ps.map((p) => p.title)).toEqual(['Fælles om kontrakter og takster', 'Fælles om kvalitet', 'Fælles om botilbud']);
		const efforts = await t.db
			.select({ number: effortAreas.number, principle: principles.number })
			.from(effortAreas)
			.innerJoin(principles, eq(principles.id, effortAreas.principleId))
			.orderBy(asc(effortAreas.number));
		expect(efforts).toEqual([
			{ number: 1, principle: 1 },
			{ number: 2, principle: 1 },
			{ number: 3, principle: 1 },
			{ number: 4, principle: 2 },
			{ number: 5, principle: 2 },
			{ number: 6, principle: 3 },
			{ number: 7, principle: 3 }
		]);
	});

	it('names a source document on every row of every table that has a source column', async () => {
		let checked = 0;
		for (const [name, table] of Object.entries(schema)) {
			if (!isTable(table) || !('source' in table)) continue;
			const column = (table as unknown as { source: Parameters<typeof isNull>[0] }).source;
			const [{ missing }] = await t.db.select({ missing: count() }).from(table).where(isNull(column));
			expect(missing, `${name} has rows without a source`).toBe(0);
			checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(20);
		const counts = await rowCounts(t.db);
		for (const name of ['sourceDocuments', 'municipalities', 'bodies', 'people', 'memberships', 'meetings', 'agendaItems', 'decisions', 'followUpActions', 'offers', 'offerHistory', 'tariffRules', 'tariffRuleVersions', 'focusAreas', 'focusAreaEfforts', 'principles', 'effortAreas', 'initiatives', 'networkGroups', 'cases', 'caseSteps']) {
			expect(counts[name], name).toBeGreaterThan(0);
		}
		expect(counts.sourceDocuments).toBe(5);
	});

	it('changes nothing when loaded a second time', async () => {
		const before = await rowCounts(t.db);
		expect(await loadReferenceData(t.db)).toEqual({ loaded: false });
		expect(await rowCounts(t.db)).toEqual(before);
	});
});

describe('loadReferenceData on two starts at once', () => {
	let t: TestDb;
	beforeAll(async () => {
		t = await createTestDb();
	});
	afterAll(async () => {
		await t?.close();
	});

	it('loads exactly once', async () => {
		const results = await Promise.all([loadReferenceData(t.db), loadReferenceData(t.db)]);
		expect(results.map((r) => r.loaded).sort()).toEqual([false, true]);
		const [{ n }] = await t.db.select({ n: count() }).from(municipalities);
		expect(n).toBe(18);
	});
});
