// Offers (tilbud) for the portal: the list with its filters, and one offer with its history and the decisions
// that touched it.
import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { municipalities, offerBuyers, offerHistory, offers, sourceDocuments, users, type offerCategory, type offerCoverage, type offerStatus } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { isoDateInCopenhagen } from '$lib/format/date';
import { decisionRefs, listDecisionsForOffer, type DecisionRef, type DecisionTouchingOffer } from '../decisions/decisions';

export type OfferCategory = (typeof offerCategory.enumValues)[number];
export type OfferCoverage = (typeof offerCoverage.enumValues)[number];
export type OfferStatus = (typeof offerStatus.enumValues)[number];

/** The list filters, as they appear in the URL (`/tilbud?udvalg=…`). */
export const OFFER_FILTERS = ['mest-specialiserede', 'sikrede', 'specialundervisning'] as const;
export type OfferFilter = (typeof OFFER_FILTERS)[number];

export function parseOfferFilter(value: string | null | undefined): OfferFilter | null {
	return (OFFER_FILTERS as readonly string[]).includes(value ?? '') ? (value as OfferFilter) : null;
}

const filterCondition: Record<OfferFilter, SQL> = {
	'mest-specialiserede': eq(offers.mostSpecialised, true),
	sikrede: eq(offers.secureUnit, true),
	specialundervisning: eq(offers.specialEducationAnnex, true)
};

export interface OfferSummary {
	id: number;
	slug: string;
	name: string;
	operator: string | null;
	operatorNote: string;
	targetGroup: string;
	places: number | null;
	mostSpecialised: boolean;
	secureUnit: boolean;
	specialEducationAnnex: boolean;
	status: OfferStatus;
}

export async function listOffers(db: Db, options: { filter?: OfferFilter | null } = {}): Promise<OfferSummary[]> {
	return db
		.select({
			id: offers.id,
			slug: offers.slug,
			name: offers.name,
			operator: municipalities.name,
			operatorNote: offers.operatorNote,
			targetGroup: offers.targetGroup,
			places: offers.places,
			mostSpecialised: offers.mostSpecialised,
			secureUnit: offers.secureUnit,
			specialEducationAnnex: offers.specialEducationAnnex,
			status: offers.status
		})
		.from(offers)
		.leftJoin(municipalities, eq(municipalities.id, offers.operatorId))
		.where(options.filter ? filterCondition[options.filter] : undefined)
		.orderBy(asc(offers.name));
}

export interface OfferHistoryEntry {
	id: number;
	effectiveOn: string | null;
	recordedAt: Date;
	changes: Record<string, unknown>;
	note: string;
	/** The decision behind the change, when the viewer may see it. */
	decision: DecisionRef | null;
	/** Who made the change in the product: for staff only. */
	changedBy: string | null;
}

/** One line of the offer's timeline: a change (with the decision it cites), or a decision linked to the offer. */
export interface TimelineEntry {
	key: string;
	/** YYYY-MM-DD */
	date: string | null;
	history: OfferHistoryEntry | null;
	decision: DecisionRef | null;
	/** A linked decision's text and the link's note. */
	text: string | null;
	note: string;
}

export interface OfferDetail extends OfferSummary {
	legalBasis: string[];
	occupancyPercent: number | null;
	category: OfferCategory | null;
	coverage: OfferCoverage | null;
	description: string;
	/** When someone last edited the offer in the product; null = as its source document gives it. */
	updatedAt: Date | null;
	/** The document the offer's facts are transcribed from, with its year (the date the seeds give). */
	source: { title: string; year: number; url: string | null } | null;
	history: OfferHistoryEntry[];
	decisions: DecisionTouchingOffer[];
	timeline: TimelineEntry[];
	contact: string;
	version: number;
	buyers: string[];
}

/** Changes and linked decisions by date, newest first; a change citing a linked decision is one entry, not two. */
export function offerTimeline(history: OfferHistoryEntry[], decisions: DecisionTouchingOffer[]): TimelineEntry[] {
	const cited = new Set(history.flatMap((h) => (h.decision ? [h.decision.id] : [])));
	const entries: TimelineEntry[] = [
		...history.map((h) => {
			const linked = h.decision ? decisions.find((d) => d.id === h.decision!.id) : undefined;
			return {
				key: `h${h.id}`,
				date: h.effectiveOn ?? isoDateInCopenhagen(h.recordedAt),
				history: h,
				decision: h.decision,
				text: linked?.text ?? null,
				note: linked?.note ?? ''
			};
		}),
		...decisions
			.filter((d) => !cited.has(d.id))
			.map((d) => ({ key: `d${d.id}`, date: isoDateInCopenhagen(d.meeting.startsAt), history: null, decision: d, text: d.text, note: d.note }))
	];
	return entries.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.key.localeCompare(a.key));
}

/** One offer by slug with history and decisions, or null. Decisions follow the viewer's access. */
export async function getOffer(db: Db, slug: string, viewer: SessionUser | null): Promise<OfferDetail | null> {
	const [offer] = await db
		.select({
			id: offers.id,
			slug: offers.slug,
			name: offers.name,
			operator: municipalities.name,
			operatorNote: offers.operatorNote,
			targetGroup: offers.targetGroup,
			places: offers.places,
			mostSpecialised: offers.mostSpecialised,
			secureUnit: offers.secureUnit,
			specialEducationAnnex: offers.specialEducationAnnex,
			status: offers.status,
			legalBasis: offers.legalBasis,
			occupancyPercent: offers.occupancyPercent,
			category: offers.category,
			coverage: offers.coverage,
			description: offers.description,
			updatedAt: offers.updatedAt,
			contact: offers.contact,
			version: offers.version,
			source: { title: sourceDocuments.title, year: sourceDocuments.year, url: sourceDocuments.url }
		})
		.from(offers)
		.leftJoin(municipalities, eq(municipalities.id, offers.operatorId))
		.leftJoin(sourceDocuments, eq(sourceDocuments.slug, offers.source))
		.where(eq(offers.slug, slug));
	if (!offer) return null;
	const historyRows = await db
		.select({
			id: offerHistory.id,
			effectiveOn: offerHistory.effectiveOn,
			recordedAt: offerHistory.recordedAt,
			changes: offerHistory.changes,
			note: offerHistory.note,
			decisionId: offerHistory.decisionId,
			changedBy: users.name
		})
		.from(offerHistory)
		.leftJoin(users, eq(users.id, offerHistory.changedBy))
		.where(eq(offerHistory.offerId, offer.id))
		.orderBy(sql`${offerHistory.effectiveOn} desc nulls last`, desc(offerHistory.recordedAt), desc(offerHistory.id));
	const [refs, touching] = await Promise.all([
		decisionRefs(
			db,
			viewer,
			historyRows.flatMap((h) => (h.decisionId ? [h.decisionId] : []))
		),
		listDecisionsForOffer(db, viewer, offer.id)
	]);
	const staff = can(viewer, 'offer.edit');
	const history = historyRows.map(({ decisionId, changedBy, ...h }) => ({
		...h,
		changedBy: staff ? changedBy : null,
		decision: decisionId ? (refs.get(decisionId) ?? null) : null
	}));
	const buyers = await db
		.select({ name: municipalities.name })
		.from(offerBuyers)
		.innerJoin(municipalities, eq(municipalities.id, offerBuyers.municipalityId))
		.where(eq(offerBuyers.offerId, offer.id))
		.orderBy(asc(municipalities.name));
	return {
		...offer,
		source: offer.source?.title ? offer.source : null,
		history,
		decisions: touching,
		timeline: offerTimeline(history, touching),
		buyers: buyers.map((b) => b.name)
	};
}
