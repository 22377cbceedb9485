// Loads the reference data for Rammeaftale Sjælland on first start: the records transcribed from the seed
// documents in data/*.ts, each naming its source document. Idempotent: once the municipalities exist, nothing
// is written. One transaction under an advisory lock, so two processes starting at once cannot both load.
import { eq, sql } from 'drizzle-orm';
import {
	agendaItems,
	agreementPeriods,
	attachments,
	bodies as bodiesTable,
	caseSteps,
	cases as casesTable,
	decisionFocusAreas,
	decisionMunicipalities,
	decisionNetworkGroups,
	decisionOffers,
	decisionTariffRules,
	decisions as decisionsTable,
	effortAreas as effortAreasTable,
	focusAreaEfforts,
	focusAreaOwners,
	focusAreas as focusAreasTable,
	followUpActions,
	indicators as indicatorsTable,
	initiatives as initiativesTable,
	meetings as meetingsTable,
	memberships as membershipsTable,
	municipalities as municipalitiesTable,
	networkGroups as networkGroupsTable,
	offerHistory as offerHistoryTable,
	offers as offersTable,
	people as peopleTable,
	principles as principlesTable,
	sourceDocuments as sourceDocumentsTable,
	tariffRules as tariffRulesTable,
	tariffRuleVersions
} from '../schema';
import type { Db } from '../types';
import { sourceDocuments } from './data/sources';
import { municipalities } from './data/municipalities';
import { agreementPeriods as periods } from './data/periods';
import { bodies, memberships, people } from './data/bodies';
import { networkGroups } from './data/network-groups';
import { meetings } from './data/calendar';
import { meeting20220812 } from './data/meeting-2022-08-12';
import { focusAreas } from './data/focus-areas';
import { effortAreas, indicators, initiatives, principles } from './data/plan';
import { offerHistory, offers } from './data/offers';
import { tariffRules } from './data/tariff-rules';
import { cases } from './data/cases';

/** The minutes loaded with their meetings. */
const minutes = [meeting20220812];

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Resolves a natural key to an id, failing loudly on a dangling reference in the data modules. */
function lookup<K>(map: Map<K, number>, what: string) {
	return (key: K): number => {
		const id = map.get(key);
		if (id === undefined) throw new Error(`Referencedata: ukendt ${what} "${String(key)}"`);
		return id;
	};
}
function lookupOrNull<K>(resolve: (key: K) => number) {
	return (key: K | null | undefined): number | null => (key === null || key === undefined ? null : resolve(key));
}

export async function loadReferenceData(db: Db): Promise<{ loaded: boolean }> {
	return db.transaction(async (tx) => {
		// Advisory lock 727001 is shared by every process that loads the reference data.
		await tx.execute(sql`select pg_advisory_xact_lock(727001)`);
		const [existing] = await tx.select({ id: municipalitiesTable.id }).from(municipalitiesTable).limit(1);
		if (existing) return { loaded: false };
		await insertAll(tx);
		return { loaded: true };
	});
}

async function insertAll(tx: Tx) {
	// Sources, municipalities, agreement periods
	await tx.insert(sourceDocumentsTable).values(sourceDocuments);

	const municipalityRows = await tx
		.insert(municipalitiesTable)
		.values(municipalities)
		.returning({ id: municipalitiesTable.id, slug: municipalitiesTable.slug });
	const municipality = lookup(new Map(municipalityRows.map((r) => [r.slug, r.id])), 'kommune');
	const municipalityOrNull = lookupOrNull(municipality);

	const periodRows = await tx
		.insert(agreementPeriods)
		.values(periods.map(({ label, startsOn, endsOn, approvalDeadline, source }) => ({ label, startsOn, endsOn, approvalDeadline, source })))
		.returning({ id: agreementPeriods.id, label: agreementPeriods.label });
	const period = lookup(new Map(periodRows.map((r) => [r.label, r.id])), 'aftaleperiode');
	const periodOrNull = lookupOrNull(period);

	// Bodies, then who reports to whom
	const bodyRows = await tx
		.insert(bodiesTable)
		.values(bodies.map(({ slug, name, shortName, kind, description, source }) => ({ slug, name, shortName, kind, description, source })))
		.returning({ id: bodiesTable.id, slug: bodiesTable.slug });
	const body = lookup(new Map(bodyRows.map((r) => [r.slug, r.id])), 'organ');
	for (const b of bodies) {
		if (!b.reportsTo) continue;
		await tx
			.update(bodiesTable)
			.set({ reportsToId: body(b.reportsTo) })
			.where(eq(bodiesTable.id, body(b.slug)));
	}

	// People and memberships
	const personRows = await tx
		.insert(peopleTable)
		.values(people.map((p) => ({ name: p.name, title: p.title, municipalityId: municipalityOrNull(p.municipality), source: p.source })))
		.returning({ id: peopleTable.id, name: peopleTable.name });
	const person = lookupOrNull(lookup(new Map(personRows.map((r) => [r.name, r.id])), 'person'));

	await tx.insert(membershipsTable).values(
		memberships.map((m) => ({
			bodyId: body(m.body),
			personId: person(m.person),
			municipalityId: municipalityOrNull(m.municipality),
			role: m.role,
			validFrom: m.validFrom ?? null,
			validTo: m.validTo ?? null,
			note: m.note,
			source: m.source
		}))
	);

	// Network groups
	const networkGroupRows = await tx
		.insert(networkGroupsTable)
		.values(
			networkGroups.map((g) => ({
				bodyId: body(g.body),
				leadNote: g.leadNote,
				sgContactNote: g.sgContactNote,
				source: g.source
			}))
		)
		.returning({ id: networkGroupsTable.id, bodyId: networkGroupsTable.bodyId });
	const networkGroupByBodyId = new Map(networkGroupRows.map((r) => [r.bodyId, r.id]));
	const networkGroup = (slug: (typeof networkGroups)[number]['body']) =>
		lookup(networkGroupByBodyId, 'netværksgruppe')(body(slug));

	// Focus areas with owners and areas of effort
	const focusAreaRows = await tx
		.insert(focusAreasTable)
		.values(
			focusAreas.map((f) => ({
				slug: f.slug,
				agreementPeriodId: period(f.period),
				periodLabel: f.periodLabel,
				number: f.number,
				title: f.title,
				goal: f.goal,
				content: f.content,
				desiredResults: f.desiredResults,
				status: f.status,
				statusNote: f.statusNote,
				source: f.source
			}))
		)
		.returning({ id: focusAreasTable.id, slug: focusAreasTable.slug });
	const focusArea = lookup(new Map(focusAreaRows.map((r) => [r.slug, r.id])), 'fokusområde');
	const owners = focusAreas.flatMap((f) => f.owners.map((m) => ({ focusAreaId: focusArea(f.slug), municipalityId: municipality(m) })));
	if (owners.length) await tx.insert(focusAreaOwners).values(owners);
	const efforts = focusAreas.flatMap((f) =>
		f.efforts.map((e, position) => ({
			focusAreaId: focusArea(f.slug),
			position,
			title: e.title,
			description: e.description,
			source: f.source
		}))
	);
	if (efforts.length) await tx.insert(focusAreaEfforts).values(efforts);

	// The implementation plan: principles, areas of effort, initiatives, indicators
	const principleRows = await tx
		.insert(principlesTable)
		.values(
			principles.map((p) => ({
				number: p.number,
				title: p.title,
				description: p.description,
				agreementPeriodId: period(p.period),
				source: p.source
			}))
		)
		.returning({ id: principlesTable.id, number: principlesTable.number });
	const principle = lookup(new Map(principleRows.map((r) => [r.number, r.id])), 'princip');

	const effortAreaRows = await tx
		.insert(effortAreasTable)
		.values(
			effortAreas.map((e) => ({
				principleId: principle(e.principle),
				number: e.number,
				title: e.title,
				description: e.description,
				source: e.source
			}))
		)
		.returning({ id: effortAreasTable.id, number: effortAreasTable.number });
	const effortArea = lookupOrNull(lookup(new Map(effortAreaRows.map((r) => [r.number, r.id])), 'indsatsområde'));

	if (initiatives.length)
		await tx.insert(initiativesTable).values(
			initiatives.map((i) => ({
				effortAreaId: effortArea(i.effortArea),
				title: i.title,
				description: i.description,
				owner: i.owner,
				deadline: i.deadline,
				resources: i.resources,
				status: i.status,
				source: i.source
			}))
		);
	if (indicators.length)
		await tx.insert(indicatorsTable).values(
			indicators.map((i) => ({
				slug: i.slug,
				title: i.title,
				description: i.description,
				unit: i.unit,
				effortAreaId: effortArea(i.effortArea),
				source: i.source
			}))
		);

	// Offers
	const offerRows = await tx
		.insert(offersTable)
		.values(
			offers.map((o) => ({
				slug: o.slug,
				name: o.name,
				operatorId: municipalityOrNull(o.operator),
				operatorNote: o.operatorNote,
				targetGroup: o.targetGroup,
				legalBasis: o.legalBasis,
				places: o.places,
				occupancyPercent: o.occupancyPercent,
				category: o.category,
				mostSpecialised: o.mostSpecialised,
				secureUnit: o.secureUnit,
				specialEducationAnnex: o.specialEducationAnnex,
				coverage: o.coverage,
				status: o.status,
				description: o.description,
				source: o.source
			}))
		)
		.returning({ id: offersTable.id, slug: offersTable.slug });
	const offer = lookup(new Map(offerRows.map((r) => [r.slug, r.id])), 'tilbud');

	// Tariff rules (versions follow the decisions they may cite)
	const ruleRows = await tx
		.insert(tariffRulesTable)
		.values(tariffRules.map(({ slug, title, section, position, source }) => ({ slug, title, section, position, source })))
		.returning({ id: tariffRulesTable.id, slug: tariffRulesTable.slug });
	const tariffRule = lookup(new Map(ruleRows.map((r) => [r.slug, r.id])), 'takstregel');

	// Meetings
	const meetingRows = await tx
		.insert(meetingsTable)
		.values(
			meetings.map((m) => ({
				bodyId: body(m.body),
				startsAt: m.startsAt,
				endsAt: m.endsAt,
				timeKnown: m.timeKnown,
				place: m.place,
				isVirtual: m.isVirtual,
				status: m.status,
				isPublic: m.isPublic,
				note: m.note,
				source: m.source
			}))
		)
		.returning({ id: meetingsTable.id, bodyId: meetingsTable.bodyId, startsAt: meetingsTable.startsAt });
	const meetingIdByBodyAndTime = new Map(meetingRows.map((r) => [`${r.bodyId}@${r.startsAt.getTime()}`, r.id]));
	const meetingByKey = new Map(
		meetings.map((m) => [m.key, meetingIdByBodyAndTime.get(`${body(m.body)}@${m.startsAt.getTime()}`)!])
	);
	const meeting = lookup(meetingByKey, 'møde');

	// Cases (agenda items point to them; their steps point back to items, so steps come later)
	const caseRows = await tx
		.insert(casesTable)
		.values(
			cases.map((c) => ({
				slug: c.slug,
				title: c.title,
				description: c.description,
				agreementPeriodId: periodOrNull(c.period),
				deadline: c.deadline,
				source: c.source
			}))
		)
		.returning({ id: casesTable.id, slug: casesTable.slug });
	const caseId = lookupOrNull(lookup(new Map(caseRows.map((r) => [r.slug, r.id])), 'sag'));

	// Agenda items, attachments, decisions and what the decisions touch
	const agendaItemByKey = new Map<string, number>();
	const decisionByKey = new Map<string, number>();
	for (const m of minutes) {
		const meetingId = meeting(m.meeting);
		const itemRows = await tx
			.insert(agendaItems)
			.values(
				m.items.map((i) => ({
					meetingId,
					number: i.number,
					position: i.position,
					kind: i.kind,
					title: i.title,
					beslutningstema: i.beslutningstema,
					baggrund: i.baggrund,
					sagsfremstilling: i.sagsfremstilling,
					indstilling: i.indstilling,
					droftelse: i.droftelse,
					beslutning: i.beslutning,
					isClosed: i.isClosed,
					closedReason: i.closedReason,
					caseId: caseId(i.case),
					source: m.source
				}))
			)
			.returning({ id: agendaItems.id, number: agendaItems.number });
		const itemId = lookup(new Map(itemRows.map((r) => [r.number, r.id])), 'dagsordenspunkt');
		for (const i of m.items) agendaItemByKey.set(`${m.meeting}#${i.number}`, itemId(i.number));

		const attachmentValues = m.items.flatMap((i) =>
			i.attachments.map((a, position) => ({ agendaItemId: itemId(i.number), position, title: a.title, url: a.url }))
		);
		if (attachmentValues.length) await tx.insert(attachments).values(attachmentValues);

		const all = m.items.flatMap((i) => i.decisions.map((d, position) => ({ item: i, d, position })));
		if (!all.length) continue;
		const decisionRows = await tx
			.insert(decisionsTable)
			.values(
				all.map(({ item, d, position }) => ({
					agendaItemId: itemId(item.number),
					position,
					kind: d.kind,
					text: d.text,
					source: m.source
				}))
			)
			.returning({ id: decisionsTable.id, agendaItemId: decisionsTable.agendaItemId, position: decisionsTable.position });
		const idByItemAndPosition = new Map(decisionRows.map((r) => [`${r.agendaItemId}:${r.position}`, r.id]));
		// Seeded decisions were published with their meeting's minutes: the register and feeds date them so.
		await tx.execute(
			sql`update decisions d set published_at = m.starts_at, updated_at = m.starts_at from agenda_items ai join meetings m on m.id = ai.meeting_id where ai.id = d.agenda_item_id and m.id = ${meetingId}`
		);
		for (const { item, d, position } of all) {
			decisionByKey.set(d.key, idByItemAndPosition.get(`${itemId(item.number)}:${position}`)!);
		}
		const decision = lookup(decisionByKey, 'beslutning');

		const offerLinks = all.flatMap(({ d }) => d.offers.map((l) => ({ decisionId: decision(d.key), offerId: offer(l.ref), note: l.note })));
		if (offerLinks.length) await tx.insert(decisionOffers).values(offerLinks);
		const ruleLinks = all.flatMap(({ d }) =>
			d.tariffRules.map((l) => ({ decisionId: decision(d.key), tariffRuleId: tariffRule(l.ref), note: l.note }))
		);
		if (ruleLinks.length) await tx.insert(decisionTariffRules).values(ruleLinks);
		const focusLinks = all.flatMap(({ d }) =>
			d.focusAreas.map((l) => ({ decisionId: decision(d.key), focusAreaId: focusArea(l.ref), note: l.note }))
		);
		if (focusLinks.length) await tx.insert(decisionFocusAreas).values(focusLinks);
		const groupLinks = all.flatMap(({ d }) =>
			d.networkGroups.map((l) => ({ decisionId: decision(d.key), networkGroupId: networkGroup(l.ref), note: l.note }))
		);
		if (groupLinks.length) await tx.insert(decisionNetworkGroups).values(groupLinks);
		const municipalityLinks = all.flatMap(({ d }) =>
			d.municipalities.map((l) => ({ decisionId: decision(d.key), municipalityId: municipality(l.ref), note: l.note }))
		);
		if (municipalityLinks.length) await tx.insert(decisionMunicipalities).values(municipalityLinks);
		const actions = all.flatMap(({ d }) =>
			d.actions.map((a) => ({
				decisionId: decision(d.key),
				what: a.what,
				owner: a.owner,
				ownerMunicipalityId: municipalityOrNull(a.ownerMunicipality),
				// A reminder needs someone to reach: the secretariat or the municipality the minutes name.
				ownerKind: a.ownerMunicipality ? ('municipality' as const) : /sekretariat/i.test(a.owner) ? ('secretariat' as const) : null,
				dueOn: a.dueOn,
				status: a.status,
				source: m.source
			}))
		);
		if (actions.length) await tx.insert(followUpActions).values(actions);
	}
	const agendaItem = lookupOrNull(lookup(agendaItemByKey, 'dagsordenspunkt'));
	const decisionOrNull = lookupOrNull(lookup(decisionByKey, 'beslutning'));

	// Case steps
	const steps = cases.flatMap((c) =>
		c.steps.map((s, position) => ({
			caseId: caseId(c.slug)!,
			position,
			bodyId: body(s.body),
			meetingId: s.meeting ? meeting(s.meeting) : null,
			agendaItemId: s.meeting && s.agendaItem ? agendaItem(`${s.meeting}#${s.agendaItem}`) : null,
			status: s.status,
			dueOn: s.dueOn,
			note: s.note,
			source: s.source
		}))
	);
	if (steps.length) await tx.insert(caseSteps).values(steps);

	// Tariff rule versions and offer history, which may cite decisions
	await tx.insert(tariffRuleVersions).values(
		tariffRules.flatMap((r) =>
			r.versions.map((v) => ({
				ruleId: tariffRule(r.slug),
				version: v.version,
				text: v.text,
				parameters: v.parameters,
				effectiveFrom: v.effectiveFrom,
				effectiveTo: v.effectiveTo,
				agreementPeriodId: periodOrNull(v.period),
				decisionId: decisionOrNull(v.decision),
				source: v.source
			}))
		)
	);
	if (offerHistory.length)
		await tx.insert(offerHistoryTable).values(
			offerHistory.map((h) => ({
				offerId: offer(h.offer),
				effectiveOn: h.effectiveOn,
				changes: h.changes,
				note: h.note,
				decisionId: decisionOrNull(h.decision),
				source: h.source
			}))
		);
}
