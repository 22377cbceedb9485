// Bodies (organer) of the cooperation, their current members and meetings.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bodies, bodyKind, memberships, municipalities, people, type membershipRole, type municipalityKind } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { listCalendarMeetings, type MeetingSummary } from '../meetings/meetings';

export type BodyKind = (typeof bodyKind.enumValues)[number];
export type MembershipRole = (typeof membershipRole.enumValues)[number];
export type MunicipalityKind = (typeof municipalityKind.enumValues)[number];

export interface MemberView {
	id: number;
	role: MembershipRole;
	/** A person, or null when a municipality as such is the member (e.g. the tovholder municipality). */
	person: { name: string; title: string } | null;
	/** The person's municipality, or the member municipality. */
	municipality: string | null;
	/** Whether `municipality` is a kommune or the region, so the region is not labelled a kommune. */
	municipalityKind: MunicipalityKind | null;
	note: string;
	validFrom: string | null;
	validTo: string | null;
}

export interface BodySummary {
	id: number;
	slug: string;
	name: string;
	shortName: string | null;
	kind: BodyKind;
	description: string;
	members: MemberView[];
}

export interface BodyGroup {
	kind: BodyKind;
	bodies: BodySummary[];
}

/** The order a case travels and readers look: political, administrative, network groups, outside bodies. */
const kindOrder = bodyKind.enumValues;

/** Roles in the order a member list shows them. */
const roleOrder: MembershipRole[] = ['chair', 'vice_chair', 'member', 'lead', 'contact', 'municipality', 'secretary'];

/**
 * The members of the given bodies as the portal lists them, past ones included with their periods (a change of
 * tovholder is a history: "Køge til 31/8-2022, Roskilde fra 1/9-2022"). Demo people are left out: their
 * memberships grant access (the policy reads them) but they are not real members.
 */
export async function listMembers(
	db: Db,
	bodyIds: number[],
	roles?: MembershipRole[]
): Promise<Map<number, MemberView[]>> {
	if (bodyIds.length === 0) return new Map();
	const personMunicipality = alias(municipalities, 'person_municipality');
	const rows = await db
		.select({
			id: memberships.id,
			bodyId: memberships.bodyId,
			role: memberships.role,
			personName: people.name,
			personTitle: people.title,
			personMunicipality: personMunicipality.name,
			personMunicipalityKind: personMunicipality.kind,
			municipality: municipalities.name,
			municipalityKind: municipalities.kind,
			note: memberships.note,
			validFrom: memberships.validFrom,
			validTo: memberships.validTo
		})
		.from(memberships)
		.leftJoin(people, eq(people.id, memberships.personId))
		.leftJoin(personMunicipality, eq(personMunicipality.id, people.municipalityId))
		.leftJoin(municipalities, eq(municipalities.id, memberships.municipalityId))
		.where(
			and(
				inArray(memberships.bodyId, bodyIds),
				roles ? inArray(memberships.role, roles) : undefined,
				or(isNull(memberships.personId), eq(people.isDemo, false))
			)
		)
		.orderBy(
			asc(memberships.bodyId),
			sql`${memberships.validFrom} asc nulls first`,
			sql`coalesce(${people.name}, ${municipalities.name})`,
			asc(memberships.id)
		);
	const byBody = new Map<number, MemberView[]>();
	for (const r of rows) {
		const view: MemberView = {
			id: r.id,
			role: r.role,
			person: r.personName !== null ? { name: r.personName, title: r.personTitle ?? '' } : null,
			municipality: r.personMunicipality ?? r.municipality,
			municipalityKind: r.personMunicipality !== null ? r.personMunicipalityKind : r.municipalityKind,
			note: r.note,
			validFrom: r.validFrom,
			validTo: r.validTo
		};
		const list = byBody.get(r.bodyId);
		if (list) list.push(view);
		else byBody.set(r.bodyId, [view]);
	}
	// Stable: within a role the order above (earliest period first, then name) is kept.
	for (const list of byBody.values()) list.sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role));
	return byBody;
}

const bodyColumns = {
	id: bodies.id,
	slug: bodies.slug,
	name: bodies.name,
	shortName: bodies.shortName,
	kind: bodies.kind,
	description: bodies.description
};

/** Every body with its members (see listMembers), grouped by kind. */
export async function listBodies(db: Db): Promise<BodyGroup[]> {
	const rows = await db.select(bodyColumns).from(bodies).orderBy(asc(bodies.name));
	const members = await listMembers(
		db,
		rows.map((b) => b.id)
	);
	return kindOrder
		.map((kind) => ({
			kind,
			bodies: rows.filter((b) => b.kind === kind).map((b) => ({ ...b, members: members.get(b.id) ?? [] }))
		}))
		.filter((group) => group.bodies.length > 0);
}

export interface BodyDetail extends BodySummary {
	reportsTo: { slug: string; name: string } | null;
	/** Bodies that report to this one. */
	reportingBodies: { slug: string; name: string }[];
	/** Meetings the viewer may see, newest first; `canOpen` says whether to link them. */
	meetings: MeetingSummary[];
}

export async function getBody(
	db: Db,
	slug: string,
	viewer: SessionUser | null
): Promise<BodyDetail | null> {
	const parent = alias(bodies, 'parent');
	const [body] = await db
		.select({ ...bodyColumns, reportsTo: { slug: parent.slug, name: parent.name } })
		.from(bodies)
		.leftJoin(parent, eq(parent.id, bodies.reportsToId))
		.where(eq(bodies.slug, slug));
	if (!body) return null;
	const [members, reportingBodies, meetings] = await Promise.all([
		listMembers(db, [body.id]),
		db
			.select({ slug: bodies.slug, name: bodies.name })
			.from(bodies)
			.where(eq(bodies.reportsToId, body.id))
			.orderBy(asc(bodies.name)),
		listCalendarMeetings(db, viewer, { bodySlugs: [body.slug], order: 'desc' })
	]);
	return {
		...body,
		reportsTo: body.reportsTo?.slug ? body.reportsTo : null,
		members: members.get(body.id) ?? [],
		reportingBodies,
		meetings
	};
}
