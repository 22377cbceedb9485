// Our rows as OParl 1.1 objects. Vocabulary values (roles, states, results) are stable Danish data words, the
// same for every client; docs/api.md lists them. Properties of ours on OParl objects carry the `rammeaftale:`
// prefix (the extension namespace in urls.ts).
import type { DecisionRow, FileRow, ItemText, MeetingRow, OfferRow, StepRow, TariffRuleRow, CaseRow } from './rows';
import { OPARL_VERSION, extensionType, typeUrl, type OparlUrls } from './urls';

type Json = Record<string, unknown>;
const iso = (d: Date) => d.toISOString();
/** Leaves out empty values, so optional properties are absent rather than "" or null. */
function compact(object: Json): Json {
	return Object.fromEntries(
		Object.entries(object).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
	);
}

export const DECISION_RESULT: Record<DecisionRow['kind'], string> = {
	noted: 'Taget til efterretning',
	discussed: 'Drøftet',
	approved: 'Godkendt',
	recommended: 'Anbefalet og videresendt',
	postponed: 'Udsat',
	rejected: 'Afvist'
};
const MEETING_STATE: Record<MeetingRow['status'], string> = {
	planned: 'Planlagt',
	agenda_published: 'Dagsorden offentliggjort',
	held: 'Afholdt',
	minutes_published: 'Referat offentliggjort',
	cancelled: 'Aflyst'
};
const ROLE: Record<string, string> = {
	chair: 'Formand',
	vice_chair: 'Næstformand',
	member: 'Medlem',
	secretary: 'Sekretær',
	lead: 'Tovholder',
	contact: 'Kontaktperson i styregruppen',
	municipality: 'Kommune'
};
const BODY_CLASSIFICATION: Record<string, string> = {
	political: 'Politisk organ',
	administrative: 'Administrativt organ',
	network_group: 'Netværksgruppe',
	external: 'Eksternt organ'
};
const STEP_ROLE: Record<StepRow['status'], string> = {
	planned: 'Planlagt',
	on_agenda: 'På dagsorden',
	decided: 'Behandlet',
	skipped: 'Sprunget over'
};

const dateTimeDa = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'Europe/Copenhagen' });

export interface Stamp {
	created: Date;
	modified: Date;
}

export function system(urls: OparlUrls, origin: string, at: Stamp): Json {
	return {
		id: urls.system,
		type: typeUrl('System'),
		oparlVersion: OPARL_VERSION,
		body: urls.bodyList,
		name: 'Rammeaftale Sjælland – åbne data',
		website: origin,
		created: iso(at.created),
		modified: iso(at.modified),
		web: origin
	};
}

export function body(urls: OparlUrls, origin: string, at: Stamp, terms: Json[]): Json {
	return {
		id: urls.body,
		type: typeUrl('Body'),
		system: urls.system,
		shortName: 'Rammeaftale Sjælland',
		name: 'Rammeaftale Sjælland – samarbejdet mellem de 17 kommuner og Region Sjælland om det specialiserede socialområde og specialundervisning',
		website: origin,
		classification: 'Kommunalt samarbejde',
		organization: urls.bodyList_('organization'),
		person: urls.bodyList_('person'),
		meeting: urls.bodyList_('meeting'),
		paper: urls.bodyList_('paper'),
		legislativeTerm: terms,
		legislativeTermList: urls.bodyList_('legislativeTerm'),
		agendaItem: urls.bodyList_('agendaItem'),
		consultation: urls.bodyList_('consultation'),
		file: urls.bodyList_('file'),
		membership: urls.bodyList_('membership'),
		'rammeaftale:tilbud': urls.offerList,
		'rammeaftale:takstregler': urls.tariffRuleList,
		created: iso(at.created),
		modified: iso(at.modified),
		web: origin
	};
}

export function legislativeTerm(urls: OparlUrls, p: { id: number; label: string; startsOn: string; endsOn: string }, at: Stamp): Json {
	return {
		id: urls.legislativeTerm(p.id),
		type: typeUrl('LegislativeTerm'),
		body: urls.body,
		name: `Rammeaftale ${p.label}`,
		startDate: p.startsOn,
		endDate: p.endsOn,
		created: iso(at.created),
		modified: iso(at.modified)
	};
}

export interface BodyRow {
	id: number;
	slug: string;
	name: string;
	shortName: string | null;
	kind: string;
	description: string;
	reportsToId: number | null;
}
export interface MunicipalityRow {
	id: number;
	slug: string;
	name: string;
	kind: 'kommune' | 'region';
}

/** A body of the cooperation (SG, K17, KKR, a network group, Dialogforum …) as a Gremium. */
export function bodyOrganization(urls: OparlUrls, b: BodyRow, membershipIds: number[], at: Stamp): Json {
	return compact({
		id: urls.organization(b.id),
		type: typeUrl('Organization'),
		body: urls.body,
		name: b.name,
		shortName: b.shortName,
		membership: membershipIds.map(urls.membership),
		subOrganizationOf: b.reportsToId !== null ? urls.organization(b.reportsToId) : null,
		organizationType: b.kind === 'external' ? 'externes Gremium' : 'Gremium',
		classification: BODY_CLASSIFICATION[b.kind],
		'rammeaftale:description': b.description,
		created: iso(at.created),
		modified: iso(at.modified),
		web: urls.web.body(b.slug)
	});
}

/** A municipality or the region: a member of bodies as such, and the one a person sits for. */
export function municipalityOrganization(urls: OparlUrls, mu: MunicipalityRow, membershipIds: number[], at: Stamp): Json {
	return compact({
		id: urls.organization(`kommune-${mu.slug}`),
		type: typeUrl('Organization'),
		body: urls.body,
		name: mu.name,
		membership: membershipIds.map(urls.membership),
		organizationType: 'Institution',
		classification: mu.kind === 'region' ? 'Region' : 'Kommune',
		created: iso(at.created),
		modified: iso(at.modified)
	});
}

export interface MembershipView {
	id: number;
	bodyId: number;
	personId: number | null;
	/** The municipality that holds the membership, or the person's municipality. */
	onBehalfOf: string | null;
	role: string;
	validFrom: string | null;
	validTo: string | null;
	note: string;
}

export function membership(urls: OparlUrls, ms: MembershipView, at: Stamp): Json {
	return compact({
		id: urls.membership(ms.id),
		type: typeUrl('Membership'),
		person: ms.personId !== null ? urls.person(ms.personId) : null,
		organization: urls.organization(ms.bodyId),
		role: ROLE[ms.role] ?? ms.role,
		startDate: ms.validFrom,
		endDate: ms.validTo,
		onBehalfOf: ms.onBehalfOf ? urls.organization(`kommune-${ms.onBehalfOf}`) : null,
		'rammeaftale:note': ms.note,
		created: iso(at.created),
		modified: iso(at.modified)
	});
}

export function person(urls: OparlUrls, p: { id: number; name: string; title: string }, memberships: Json[], at: Stamp): Json {
	return compact({
		id: urls.person(p.id),
		type: typeUrl('Person'),
		body: urls.body,
		name: p.name,
		status: p.title ? [p.title] : [],
		membership: memberships,
		created: iso(at.created),
		modified: iso(at.modified)
	});
}

export function file(urls: OparlUrls, f: FileRow): Json {
	return {
		id: urls.file(f.id),
		type: typeUrl('File'),
		name: f.title,
		accessUrl: f.url,
		meeting: [urls.meeting(f.meetingId)],
		agendaItem: [urls.agendaItem(f.itemId)],
		created: iso(f.created),
		modified: iso(f.modified)
	};
}

function decisionExtension(urls: OparlUrls, d: DecisionRow): Json {
	return compact({
		result: DECISION_RESULT[d.kind],
		text: d.text,
		plainSummary: d.plainSummary,
		published: iso(d.publishedAt),
		modified: iso(d.updatedAt),
		tilbud: d.offers.map((o) => compact({ id: urls.offer(o.offerId), note: o.note })),
		takstregler: d.tariffRules.map((r) => compact({ id: urls.tariffRule(r.ruleId), note: r.note }))
	});
}

export interface ItemOutline {
	id: number;
	meetingId: number;
	number: string;
	position: number;
	title: string;
	isClosed: boolean;
	created: Date;
	modified: Date;
}

/** A closed item: its number and title, which the portal shows, and nothing else. */
export function closedAgendaItem(urls: OparlUrls, item: ItemOutline): Json {
	return {
		id: urls.agendaItem(item.id),
		type: typeUrl('AgendaItem'),
		meeting: urls.meeting(item.meetingId),
		number: item.number,
		order: item.position,
		name: item.title,
		public: false
	};
}

export function agendaItem(
	urls: OparlUrls,
	item: ItemOutline,
	text: ItemText | undefined,
	decisions: DecisionRow[],
	files: FileRow[],
	consultationId: number | undefined
): Json {
	const kinds = [...new Set(decisions.map((d) => DECISION_RESULT[d.kind]))];
	const resolution = decisions.length ? decisions.map((d) => d.text).join('\n\n') : (text?.beslutning ?? '');
	const summaries = decisions.map((d) => d.plainSummary).filter(Boolean);
	return compact({
		id: urls.agendaItem(item.id),
		type: typeUrl('AgendaItem'),
		meeting: urls.meeting(item.meetingId),
		number: item.number,
		order: item.position,
		name: item.title,
		public: true,
		consultation: consultationId !== undefined ? urls.consultation(consultationId) : null,
		result: kinds.join('; '),
		resolutionText: resolution,
		auxiliaryFile: files.map((f) => file(urls, f)),
		'rammeaftale:plainSummary': summaries.join('\n\n'),
		'rammeaftale:beslutningstema': text?.beslutningstema,
		'rammeaftale:baggrund': text?.baggrund,
		'rammeaftale:sagsfremstilling': text?.sagsfremstilling,
		'rammeaftale:indstilling': text?.indstilling,
		'rammeaftale:droftelse': text?.droftelse,
		'rammeaftale:decisions': decisions.map((d) => decisionExtension(urls, d)),
		created: iso(item.created),
		modified: iso(item.modified)
	});
}

export function meeting(urls: OparlUrls, m: MeetingRow, items: Json[]): Json {
	return compact({
		id: urls.meeting(m.id),
		type: typeUrl('Meeting'),
		name: `${m.bodyName}, ${dateTimeDa.format(m.startsAt)}`,
		meetingState: MEETING_STATE[m.status],
		cancelled: m.status === 'cancelled',
		start: iso(m.startsAt),
		end: m.endsAt ? iso(m.endsAt) : null,
		organization: [urls.organization(m.bodyId)],
		agendaItem: items,
		'rammeaftale:place': m.place,
		'rammeaftale:virtual': m.isVirtual,
		'rammeaftale:timeKnown': m.timeKnown,
		created: iso(m.created),
		modified: iso(m.modified),
		web: urls.web.meeting(m.id)
	});
}

export function consultation(urls: OparlUrls, s: StepRow): Json {
	return compact({
		id: urls.consultation(s.id),
		type: typeUrl('Consultation'),
		paper: urls.paper(s.caseId),
		agendaItem: s.itemId !== null ? urls.agendaItem(s.itemId) : null,
		meeting: s.meetingId !== null ? urls.meeting(s.meetingId) : null,
		organization: [urls.organization(s.bodyId)],
		authoritative: s.status === 'decided',
		role: STEP_ROLE[s.status],
		'rammeaftale:position': s.position,
		'rammeaftale:dueOn': s.dueOn,
		'rammeaftale:note': s.note,
		created: iso(s.created),
		modified: iso(s.modified)
	});
}

export function paper(urls: OparlUrls, c: CaseRow, steps: StepRow[]): Json {
	return compact({
		id: urls.paper(c.id),
		type: typeUrl('Paper'),
		body: urls.body,
		name: c.title,
		reference: c.slug,
		date: iso(c.created).slice(0, 10),
		paperType: 'Sag',
		underDirectionOf: steps.length ? [urls.organization(steps[0].bodyId)] : [],
		consultation: steps.map((s) => consultation(urls, s)),
		'rammeaftale:description': c.description,
		'rammeaftale:deadline': c.deadline,
		'rammeaftale:legislativeTerm': c.periodId !== null ? urls.legislativeTerm(c.periodId) : null,
		created: iso(c.created),
		modified: iso(c.modified),
		web: urls.web.paper(c.slug)
	});
}

/** Where and when a decision touching an offer or a tariff rule was taken (public decisions only). */
function decisionRef(urls: OparlUrls, d: DecisionRow, note: string): Json {
	return compact({
		agendaItem: urls.agendaItem(d.itemId),
		meeting: urls.meeting(d.meetingId),
		organization: urls.organization(d.bodyId),
		result: DECISION_RESULT[d.kind],
		text: d.text,
		plainSummary: d.plainSummary,
		note,
		published: iso(d.publishedAt)
	});
}

export function offer(urls: OparlUrls, origin: string, o: OfferRow, operatorSlug: string | null, decisions: DecisionRow[], at: Stamp): Json {
	return compact({
		id: urls.offer(o.id),
		type: extensionType(origin, 'Tilbud'),
		body: urls.body,
		name: o.name,
		operator: operatorSlug ? urls.organization(`kommune-${operatorSlug}`) : null,
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
		contact: o.contact,
		decisions: decisions.map((d) => decisionRef(urls, d, d.offers.find((l) => l.offerId === o.id)?.note ?? '')),
		created: iso(at.created),
		modified: iso(o.updatedAt && o.updatedAt > at.modified ? o.updatedAt : at.modified),
		web: urls.web.offer(o.slug)
	});
}

export function tariffRule(
	urls: OparlUrls,
	origin: string,
	r: TariffRuleRow,
	decisions: DecisionRow[],
	versionDecisions: DecisionRow[],
	at: Stamp
): Json {
	const visible = new Map([...decisions, ...versionDecisions].map((d) => [d.id, d]));
	const times = r.versions.map((v) => v.createdAt.getTime());
	return compact({
		id: urls.tariffRule(r.id),
		type: extensionType(origin, 'Takstregel'),
		body: urls.body,
		name: r.title,
		section: r.section,
		versions: r.versions.map((v) => {
			const d = v.decisionId !== null ? visible.get(v.decisionId) : undefined;
			return compact({
				version: v.version,
				text: v.text,
				parameters: v.parameters,
				effectiveFrom: v.effectiveFrom,
				effectiveTo: v.effectiveTo,
				legislativeTerm: v.periodId !== null ? urls.legislativeTerm(v.periodId) : null,
				decision: d ? decisionRef(urls, d, '') : null,
				created: iso(v.createdAt)
			});
		}),
		decisions: decisions.map((d) => decisionRef(urls, d, d.tariffRules.find((l) => l.ruleId === r.id)?.note ?? '')),
		created: iso(times.length ? new Date(Math.min(...times)) : at.created),
		modified: iso(times.length ? new Date(Math.max(...times)) : at.modified),
		web: urls.web.tariffRule(r.slug)
	});
}

