// Meetings managed by the secretariat: create, edit, reschedule and cancel. Every change is checked under a lock on
// the body (so two concurrent saves cannot both pass the overlap check), written in one transaction with a row in
// `meeting_changes` (who, when, what), and raises the meeting's iCalendar SEQUENCE. Nothing is written on error.
import { addDays } from '../calendar/holidays';
import { and, asc, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import { TZDate } from '@date-fns/tz';
import { agendaItems, bodies, meetingChanges, meetings, users, type MeetingFieldChange } from '../db/schema';
import type { Db } from '../db/types';
import { meetingSchema, cancelMeetingSchema } from '$lib/schemas/meeting';
import { fieldErrors } from '$lib/schemas/auth';
import { bodyDefaults } from '../calendar/body-defaults';
import { formatMeetingTime, formatWeekdayDate, isoDateInCopenhagen, TIME_ZONE } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';
import { m } from '$lib/paraglide/messages';

/** UI: Planlagt / Indkaldt / Afholdt / Aflyst. `minutes_published` is set only by the agenda lifecycle. */
export type ManagedStatus = 'planned' | 'agenda_published' | 'held' | 'cancelled';

export interface MeetingInput {
	bodyId: number;
	/** YYYY-MM-DD, in Copenhagen. */
	date: string;
	/** "09:00" in Copenhagen, or null (with endTime null) for a date-only meeting. */
	startTime: string | null;
	endTime: string | null;
	place: string;
	virtualUrl: string | null;
	isVirtual: boolean;
	status: ManagedStatus;
	isPublic: boolean;
	note: string;
}

export type MeetingErrors = Partial<Record<keyof MeetingInput | 'form', string>>;

export type MeetingResult =
	| { ok: true; id: number }
	| { ok: false; status: 400 | 404 | 409; errors: MeetingErrors };

export type MeetingChangeKind = 'created' | 'updated' | 'rescheduled' | 'cancelled';

export interface MeetingHistoryEntry {
	at: Date;
	kind: MeetingChangeKind;
	user: { id: number; name: string } | null;
	changes: Record<string, MeetingFieldChange>;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** The database or a transaction: either runs the reads below. */
type Conn = Db | Tx;

/** The recorded (readable) values of a meeting: what `meeting_changes` stores as from/to. */
export interface RecordedValues {
	body: string;
	date: string;
	startTime: string | null;
	endTime: string | null;
	place: string;
	virtualUrl: string | null;
	isVirtual: boolean;
	status: string;
	isPublic: boolean;
	note: string;
}

export const RECORDED_FIELDS = [
	'body',
	'date',
	'startTime',
	'endTime',
	'place',
	'virtualUrl',
	'isVirtual',
	'status',
	'isPublic',
	'note'
] as const satisfies readonly (keyof RecordedValues)[];

const TIMING_FIELDS = new Set<string>(['date', 'startTime', 'endTime']);

/** Thrown inside a transaction to roll it back with an answer for the user. */
class Refused extends Error {
	constructor(
		readonly status: 400 | 404 | 409,
		readonly errors: MeetingErrors
	) {
		super('meeting refused');
	}
}

const refused = (status: 400 | 404 | 409, errors: MeetingErrors): MeetingResult => ({ ok: false, status, errors });

/** A local date and time in Copenhagen as an instant (DST-correct). */
export function copenhagenInstant(date: string, time: string | null): Date {
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = (time ?? '00:00').split(':').map(Number);
	return new Date(new TZDate(y, mo - 1, d, h, mi, TIME_ZONE).getTime());
}


const localTime = (value: Date) =>
	new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
		value
	);

interface Timing {
	startsAt: Date;
	endsAt: Date | null;
	timeKnown: boolean;
}

function timingOf(input: MeetingInput): Timing {
	if (input.startTime && input.endTime) {
		return {
			startsAt: copenhagenInstant(input.date, input.startTime),
			endsAt: copenhagenInstant(input.date, input.endTime),
			timeKnown: true
		};
	}
	return { startsAt: copenhagenInstant(input.date, null), endsAt: null, timeKnown: false };
}

/** The span a meeting occupies: a date-only meeting its whole local day, a timed one without an end one minute. */
function span(t: Timing, date: string): [Date, Date] {
	if (!t.timeKnown) return [t.startsAt, copenhagenInstant(addDays(date, 1), null)];
	return [t.startsAt, t.endsAt ?? new Date(t.startsAt.getTime() + 60_000)];
}

/** The same span computed in SQL for the stored meetings. */
const storedSpan = sql`tstzrange(${meetings.startsAt}, case
	when not ${meetings.timeKnown} then ((((${meetings.startsAt} at time zone 'Europe/Copenhagen')::date + 1)::timestamp) at time zone 'Europe/Copenhagen')
	when ${meetings.endsAt} is null then ${meetings.startsAt} + interval '1 minute'
	else ${meetings.endsAt} end)`;

function describeWhen(row: Timing): string {
	const locale = dateLocale();
	return row.timeKnown ? formatMeetingTime(row.startsAt, row.endsAt, locale) : formatWeekdayDate(row.startsAt, locale);
}

function parseInput(input: MeetingInput): { ok: true; value: MeetingInput } | { ok: false; errors: MeetingErrors } {
	const parsed = meetingSchema().safeParse(input);
	if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) as MeetingErrors };
	return { ok: true, value: parsed.data };
}

/** The body, locked against concurrent meeting changes of the same body (the overlap check runs under it). */
async function lockBody(tx: Tx, bodyId: number) {
	const [body] = await tx
		.select({ id: bodies.id, name: bodies.name, slug: bodies.slug })
		.from(bodies)
		.where(eq(bodies.id, bodyId))
		.for('no key update');
	return body ?? null;
}

/** Refuses an overlap with another non-cancelled meeting of the body, and an exact clash with a cancelled one. */
async function checkFree(tx: Tx, body: { id: number; name: string }, input: MeetingInput, t: Timing, selfId?: number) {
	const [from, to] = span(t, input.date);
	const [clash] = await tx
		.select({ startsAt: meetings.startsAt, endsAt: meetings.endsAt, timeKnown: meetings.timeKnown, status: meetings.status })
		.from(meetings)
		.where(
			and(
				eq(meetings.bodyId, body.id),
				selfId === undefined ? undefined : ne(meetings.id, selfId),
				sql`((${meetings.status} <> 'cancelled' and ${storedSpan} && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz))
					or ${meetings.startsAt} = ${t.startsAt.toISOString()}::timestamptz)`
			)
		)
		.orderBy(sql`${meetings.status} = 'cancelled'`, asc(meetings.startsAt))
		.limit(1);
	if (!clash) return;
	const when = describeWhen(clash);
	if (clash.status === 'cancelled') {
		throw new Refused(409, { date: m.meeting_error_same_time_cancelled({ body: body.name, when }) });
	}
	throw new Refused(409, { date: m.meeting_error_overlap({ body: body.name, when }) });
}

function isPast(input: MeetingInput, t: Timing, now: Date): boolean {
	return t.timeKnown ? t.startsAt.getTime() < now.getTime() : input.date < isoDateInCopenhagen(now);
}

const PLANNED_STATUSES = new Set<string>(['planned', 'agenda_published']);

function recorded(body: string, input: MeetingInput | RecordedValues): RecordedValues {
	return {
		body,
		date: input.date,
		startTime: input.startTime,
		endTime: input.endTime,
		place: input.place,
		virtualUrl: input.virtualUrl,
		isVirtual: input.isVirtual,
		status: input.status,
		isPublic: input.isPublic,
		note: input.note
	};
}

function diff(before: RecordedValues, after: RecordedValues): Record<string, MeetingFieldChange> {
	const changes: Record<string, MeetingFieldChange> = {};
	for (const field of RECORDED_FIELDS) {
		if (before[field] !== after[field]) changes[field] = { from: before[field], to: after[field] };
	}
	return changes;
}

function kindOf(changes: Record<string, MeetingFieldChange>): MeetingChangeKind {
	if (changes.status?.to === 'cancelled') return 'cancelled';
	if (Object.keys(changes).some((field) => TIMING_FIELDS.has(field))) return 'rescheduled';
	return 'updated';
}

async function run(work: () => Promise<number>): Promise<MeetingResult> {
	try {
		return { ok: true, id: await work() };
	} catch (error) {
		if (error instanceof Refused) return refused(error.status, error.errors);
		throw error;
	}
}

/** Creates a meeting. Works inside a caller's transaction too (the planner's "accept all"): it runs in a savepoint. */
export async function createMeeting(
	db: Db,
	actor: { id: number },
	input: MeetingInput,
	now: Date = new Date()
): Promise<MeetingResult> {
	const parsed = parseInput(input);
	if (!parsed.ok) return refused(400, parsed.errors);
	const value = parsed.value;
	const t = timingOf(value);
	if (PLANNED_STATUSES.has(value.status) && isPast(value, t, now)) {
		return refused(400, { date: m.meeting_error_past() });
	}
	return run(() =>
		db.transaction(async (tx) => {
			const body = await lockBody(tx, value.bodyId);
			if (!body) throw new Refused(400, { bodyId: m.meeting_error_body() });
			await checkFree(tx, body, value, t);
			const [row] = await tx
				.insert(meetings)
				.values({
					bodyId: body.id,
					...t,
					place: value.place,
					virtualUrl: value.virtualUrl,
					isVirtual: value.isVirtual,
					status: value.status,
					isPublic: value.isPublic,
					note: value.note,
					sequence: 0,
					createdAt: now,
					updatedAt: now
				})
				.returning({ id: meetings.id });
			const after = recorded(body.name, value);
			const changes: Record<string, MeetingFieldChange> = {};
			for (const field of RECORDED_FIELDS) changes[field] = { from: null, to: after[field] };
			await tx.insert(meetingChanges).values({ meetingId: row.id, userId: actor.id, at: now, kind: 'created', changes });
			return row.id;
		})
	);
}

/** A stored meeting's values as the form and the change log read them. */
async function currentValues(tx: Conn, meetingId: number, lock: boolean) {
	const query = tx
		.select({
			id: meetings.id,
			bodyId: meetings.bodyId,
			bodyName: bodies.name,
			startsAt: meetings.startsAt,
			endsAt: meetings.endsAt,
			timeKnown: meetings.timeKnown,
			place: meetings.place,
			virtualUrl: meetings.virtualUrl,
			isVirtual: meetings.isVirtual,
			status: meetings.status,
			isPublic: meetings.isPublic,
			note: meetings.note
		})
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(meetings.id, meetingId))
		.$dynamic();
	const [row] = lock ? await query.for('update', { of: meetings }) : await query;
	if (!row) return null;
	const values: RecordedValues = {
		body: row.bodyName,
		date: isoDateInCopenhagen(row.startsAt),
		startTime: row.timeKnown ? localTime(row.startsAt) : null,
		endTime: row.timeKnown && row.endsAt ? localTime(row.endsAt) : null,
		place: row.place,
		virtualUrl: row.virtualUrl,
		isVirtual: row.isVirtual,
		status: row.status,
		isPublic: row.isPublic,
		note: row.note
	};
	return { row, values };
}

/** A meeting as the edit form shows it; null when there is none. */
export async function getMeetingForEdit(
	db: Db,
	meetingId: number
): Promise<{ id: number; bodyId: number; bodyName: string; status: string; values: RecordedValues } | null> {
	const found = await currentValues(db, meetingId, false);
	if (!found) return null;
	return {
		id: found.row.id,
		bodyId: found.row.bodyId,
		bodyName: found.row.bodyName,
		status: found.row.status,
		values: found.values
	};
}

async function writeChange(
	tx: Tx,
	meetingId: number,
	actor: { id: number },
	changes: Record<string, MeetingFieldChange>,
	set: Partial<typeof meetings.$inferInsert>,
	now: Date
) {
	await tx
		.update(meetings)
		.set({ ...set, sequence: sql`${meetings.sequence} + 1`, updatedAt: now })
		.where(eq(meetings.id, meetingId));
	await tx.insert(meetingChanges).values({ meetingId, userId: actor.id, at: now, kind: kindOf(changes), changes });
}

/**
 * Edits or reschedules a meeting. A change of date or time is recorded as `rescheduled`, status → cancelled as
 * `cancelled`; an update that changes nothing writes nothing. A meeting whose minutes are published keeps that
 * status whatever the input says (it is set only by the agenda lifecycle).
 */
export async function updateMeeting(
	db: Db,
	actor: { id: number },
	meetingId: number,
	input: MeetingInput,
	now: Date = new Date()
): Promise<MeetingResult> {
	const parsed = parseInput(input);
	if (!parsed.ok) return refused(400, parsed.errors);
	const value = parsed.value;
	const t = timingOf(value);
	return run(() =>
		db.transaction(async (tx) => {
			const current = await currentValues(tx, meetingId, true);
			if (!current) throw new Refused(404, { form: m.error_not_found() });
			const status = current.row.status === 'minutes_published' ? 'minutes_published' : value.status;
			const movesBody = value.bodyId !== current.row.bodyId;
			if (movesBody) {
				const published =
					current.row.status === 'agenda_published' ||
					current.row.status === 'minutes_published' ||
					(await tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).limit(1))
						.length > 0;
				if (published) throw new Refused(400, { bodyId: m.meeting_error_body_locked() });
			}
			const body = await lockBody(tx, value.bodyId);
			if (!body) throw new Refused(400, { bodyId: m.meeting_error_body() });
			const after = recorded(body.name, { ...value, status: status as ManagedStatus });
			const changes = diff(current.values, after);
			if (Object.keys(changes).length === 0) return meetingId;
			const timingChanged = movesBody || Object.keys(changes).some((field) => TIMING_FIELDS.has(field));
			if (
				PLANNED_STATUSES.has(status) &&
				(timingChanged || changes.status !== undefined) &&
				isPast(value, t, now)
			) {
				throw new Refused(400, { date: m.meeting_error_past() });
			}
			if (timingChanged || (changes.status && current.values.status === 'cancelled')) {
				await checkFree(tx, body, value, t, meetingId);
			}
			await writeChange(
				tx,
				meetingId,
				actor,
				changes,
				{
					bodyId: body.id,
					...t,
					place: value.place,
					virtualUrl: value.virtualUrl,
					isVirtual: value.isVirtual,
					status,
					isPublic: value.isPublic,
					note: value.note
				},
				now
			);
			return meetingId;
		})
	);
}

/** Cancels a meeting; an optional note (why) becomes the meeting's note. */
export async function cancelMeeting(
	db: Db,
	actor: { id: number },
	meetingId: number,
	note?: string,
	now: Date = new Date()
): Promise<MeetingResult> {
	const parsed = cancelMeetingSchema().safeParse({ note: note ?? '' });
	if (!parsed.success) return refused(400, fieldErrors(parsed.error) as MeetingErrors);
	const newNote = parsed.data.note;
	return run(() =>
		db.transaction(async (tx) => {
			const current = await currentValues(tx, meetingId, true);
			if (!current) throw new Refused(404, { form: m.error_not_found() });
			if (current.row.status === 'cancelled') throw new Refused(400, { form: m.meeting_error_already_cancelled() });
			if (current.row.status === 'minutes_published') {
				throw new Refused(400, { form: m.meeting_error_minutes_published() });
			}
			const after: RecordedValues = { ...current.values, status: 'cancelled', note: newNote || current.values.note };
			const changes = diff(current.values, after);
			await writeChange(tx, meetingId, actor, changes, { status: 'cancelled', note: after.note }, now);
			return meetingId;
		})
	);
}

/** Every recorded change of a meeting, oldest first, with who made it. */
export async function meetingHistory(db: Db, meetingId: number): Promise<MeetingHistoryEntry[]> {
	const rows = await db
		.select({
			at: meetingChanges.at,
			kind: meetingChanges.kind,
			userId: users.id,
			userName: users.name,
			changes: meetingChanges.changes
		})
		.from(meetingChanges)
		.leftJoin(users, eq(users.id, meetingChanges.userId))
		.where(eq(meetingChanges.meetingId, meetingId))
		.orderBy(asc(meetingChanges.at), asc(meetingChanges.id));
	return rows.map((row) => ({
		at: row.at,
		kind: row.kind,
		user: row.userId !== null && row.userName !== null ? { id: row.userId, name: row.userName } : null,
		changes: row.changes
	}));
}

/**
 * What the create form starts with for a body (by slug or id): the body's default times (SG 9-12, others date
 * only) and, for a body that alternates, `isVirtual` as the opposite of its previous meeting. Null for an unknown
 * body.
 */
export async function meetingFormDefaults(
	db: Db,
	bodySlugOrId: string | number,
	date?: string
): Promise<MeetingInput | null> {
	const [body] = await db
		.select({ id: bodies.id, slug: bodies.slug })
		.from(bodies)
		.where(typeof bodySlugOrId === 'number' ? eq(bodies.id, bodySlugOrId) : eq(bodies.slug, bodySlugOrId));
	if (!body) return null;
	const defaults = bodyDefaults(body.slug);
	const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
	let isVirtual = false;
	if (defaults.alternateVirtual) {
		const before = day ? copenhagenInstant(day, null) : new Date();
		const [previous] = await db
			.select({ isVirtual: meetings.isVirtual })
			.from(meetings)
			.where(and(eq(meetings.bodyId, body.id), ne(meetings.status, 'cancelled'), lt(meetings.startsAt, before)))
			.orderBy(desc(meetings.startsAt))
			.limit(1);
		isVirtual = previous ? !previous.isVirtual : false;
	}
	return {
		bodyId: body.id,
		date: day,
		startTime: defaults.start,
		endTime: defaults.end,
		place: '',
		virtualUrl: null,
		isVirtual,
		status: 'planned',
		isPublic: true,
		note: ''
	};
}

/** The bodies the secretariat can hold meetings for (not the external ones, such as the national authorities). */
export async function meetingBodies(db: Db): Promise<{ id: number; slug: string; name: string }[]> {
	return db
		.select({ id: bodies.id, slug: bodies.slug, name: bodies.name })
		.from(bodies)
		.where(inArray(bodies.kind, ['political', 'administrative', 'network_group']))
		.orderBy(asc(bodies.name));
}
