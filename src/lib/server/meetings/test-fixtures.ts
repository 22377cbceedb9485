// For tests only: viewers of each kind, the 12/8-2022 steering-group meeting, meetings viewers differ on, and a
// planted closed item.
import { and, eq, sql } from 'drizzle-orm';
import {
	agendaItems,
	attachments,
	bodies,
	decisionOffers,
	decisions,
	followUpActions,
	meetings,
	offers
} from '../db/schema';
import type { Db } from '../db/types';
import type { Role, SessionUser } from '../auth/session';
import { copenhagen } from '../db/seed/data/calendar';

export function viewer(role: Role, bodyIds: number[] = []): SessionUser {
	return { id: 999_000, email: `${role}@test.example`, name: role, role, municipalityId: null, bodyIds };
}

export async function bodyId(db: Db, slug: string): Promise<number> {
	const [row] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, slug));
	if (!row) throw new Error(`no body ${slug}`);
	return row.id;
}

/** The steering-group meeting of 12 August 2022 (the seed's agenda with minutes). */
export async function sgMeeting(db: Db): Promise<{ id: number; bodyId: number }> {
	const sg = await bodyId(db, 'styregruppen');
	const [row] = await db
		.select({ id: meetings.id })
		.from(meetings)
		.where(
			and(eq(meetings.bodyId, sg), sql`(${meetings.startsAt} at time zone 'Europe/Copenhagen')::date = '2022-08-12'`)
		);
	if (!row) throw new Error('no SG meeting 12/8-2022');
	return { id: row.id, bodyId: sg };
}

export const CLOSED_TITLE = 'Personsag om en borger';

/** Plants a closed item with `marker` in every text field, a decision linked to Kildebo, an attachment and an action. */
export async function plantClosedItem(db: Db, meetingId: number, marker: string) {
	const [item] = await db
		.insert(agendaItems)
		.values({
			meetingId,
			number: '99',
			position: 990,
			kind: 'decision',
			title: CLOSED_TITLE,
			beslutningstema: `Beslutningstema ${marker}`,
			baggrund: `Baggrund ${marker}`,
			sagsfremstilling: `Sagsfremstilling ${marker}`,
			indstilling: `Indstilling ${marker}`,
			droftelse: `Drøftelse ${marker}`,
			beslutning: `Beslutning ${marker}`,
			isClosed: true,
			closedReason: `Personoplysninger ${marker}`
		})
		.returning({ id: agendaItems.id });
	const [decision] = await db
		.insert(decisions)
		.values({ agendaItemId: item.id, kind: 'approved', text: `Besluttet ${marker}` })
		.returning({ id: decisions.id });
	const [kildebo] = await db.select({ id: offers.id }).from(offers).where(eq(offers.slug, 'kildebo'));
	await db.insert(decisionOffers).values({ decisionId: decision.id, offerId: kildebo.id, note: `Note ${marker}` });
	await db.insert(attachments).values({ agendaItemId: item.id, position: 1, title: `Bilag ${marker}`, url: null });
	await db.insert(followUpActions).values({ decisionId: decision.id, what: `Opfølgning ${marker}`, owner: `Ejer ${marker}` });
	return { itemId: item.id, decisionId: decision.id };
}

/** A non-public K17 meeting with minutes and a public SG meeting still only planned: the two that viewers differ on. */
export async function plantHiddenAndPlannedMeetings(db: Db, sgBodyId: number) {
	const k17 = await bodyId(db, 'k17');
	const [hidden] = await db
		.insert(meetings)
		.values({ bodyId: k17, startsAt: copenhagen('2024-02-02', 9), status: 'minutes_published', isPublic: false })
		.returning({ id: meetings.id });
	const [planned] = await db
		.insert(meetings)
		.values({ bodyId: sgBodyId, startsAt: copenhagen('2031-01-10', 9), status: 'planned', isPublic: true })
		.returning({ id: meetings.id });
	return { hiddenId: hidden.id, plannedId: planned.id };
}
