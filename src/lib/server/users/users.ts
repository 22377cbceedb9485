// User administration: who may sign in, with which role, sitting in which bodies (password links are in
// password-tokens.ts, the own account in account.ts).
// Every function takes the database first and parses its input with the schemas in $lib/schemas/users, so a
// caller that skipped validation still cannot write anything invalid. Failures come back as Danish messages
// keyed by form field (`form` for the form as a whole); nothing is written when a function fails.
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { bodies, memberships, municipalities, passwordTokens, people, sessions, users } from '../db/schema';
import type { Db } from '../db/types';
import { hashPassword } from '../auth/password';
import { logger } from '../log';
import { fieldErrors } from '$lib/schemas/auth';
import {
	addMembershipSchema,
	createUserSchema,
	endMembershipSchema,
	roleField,
	type AddMembershipInput,
	type CreateUserInput,
	type EndMembershipInput,
	type MembershipRole,
	type UserRole
} from '$lib/schemas/users';
import { isoDateInCopenhagen } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';
import { failed, notFound, ok, type FieldErrors, type Outcome } from './outcome';
import { sessionEvents } from '../auth/session-events';

const log = logger.child({ part: 'users' });

/** A membership counts on `today` when today lies in its (inclusive, open-ended) period. */
const currentOn = (today: string) =>
	and(
		or(isNull(memberships.validFrom), lte(memberships.validFrom, today)),
		or(isNull(memberships.validTo), gte(memberships.validTo, today))
	);

const isUniqueViolation = (error: unknown): boolean => {
	for (let e: unknown = error; e instanceof Error; e = e.cause) {
		if ((e as { code?: unknown }).code === '23505') return true;
	}
	return false;
};

const byLowerEmail = (email: string) => eq(sql`lower(${users.email})`, email.trim().toLowerCase());

// ————— reading —————

export interface MembershipSummary {
	bodyId: number;
	bodyName: string;
	role: MembershipRole | 'municipality';
}

export interface UserSummary {
	id: number;
	name: string;
	email: string;
	role: UserRole;
	municipality: string | null;
	disabled: boolean;
	/** False until the user has set a password through an invitation link. */
	hasPassword: boolean;
	/** The bodies the user's person sits in today. */
	memberships: MembershipSummary[];
}

/** All users, by name, with their current memberships. */
export async function listUsers(db: Db, now = new Date()): Promise<UserSummary[]> {
	const rows = await db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			role: users.role,
			municipality: municipalities.name,
			disabledAt: users.disabledAt,
			hasPassword: sql<boolean>`${users.passwordHash} is not null`,
			personId: users.personId
		})
		.from(users)
		.leftJoin(municipalities, eq(municipalities.id, users.municipalityId))
		.orderBy(asc(users.name), asc(users.id));
	const personIds = [...new Set(rows.flatMap((r) => (r.personId ? [r.personId] : [])))];
	const held = personIds.length
		? await db
				.select({ personId: memberships.personId, bodyId: bodies.id, bodyName: bodies.name, role: memberships.role })
				.from(memberships)
				.innerJoin(bodies, eq(bodies.id, memberships.bodyId))
				.where(and(inArray(memberships.personId, personIds), currentOn(isoDateInCopenhagen(now))))
				.orderBy(asc(bodies.name))
		: [];
	return rows.map(({ personId, disabledAt, ...row }) => ({
		...row,
		disabled: disabledAt !== null,
		memberships: held
			.filter((h) => personId !== null && h.personId === personId)
			.map(({ bodyId, bodyName, role }) => ({ bodyId, bodyName, role }))
	}));
}

export interface MembershipDetails {
	id: number;
	bodyId: number;
	bodyName: string;
	role: MembershipRole | 'municipality';
	validFrom: string | null;
	validTo: string | null;
	note: string;
	/** Valid today. */
	current: boolean;
}

export interface UserDetails {
	id: number;
	name: string;
	email: string;
	role: UserRole;
	municipalityId: number | null;
	municipality: string | null;
	personId: number | null;
	disabledAt: Date | null;
	createdAt: Date;
	hasPassword: boolean;
	memberships: MembershipDetails[];
	/** The newest unused, unexpired invitation or reset link (only its purpose and expiry: the token is gone). */
	pendingLink: { purpose: 'invite' | 'reset'; expiresAt: Date } | null;
}

/** One user with all memberships (current first), or null when there is no such user. */
export async function getUser(db: Db, id: number, now = new Date()): Promise<UserDetails | null> {
	if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
	const [row] = await db
		.select({ user: users, municipality: municipalities.name })
		.from(users)
		.leftJoin(municipalities, eq(municipalities.id, users.municipalityId))
		.where(eq(users.id, id));
	if (!row) return null;
	const { passwordHash, ...user } = row.user;
	const today = isoDateInCopenhagen(now);
	const held = user.personId
		? await db
				.select({
					id: memberships.id,
					bodyId: bodies.id,
					bodyName: bodies.name,
					role: memberships.role,
					validFrom: memberships.validFrom,
					validTo: memberships.validTo,
					note: memberships.note
				})
				.from(memberships)
				.innerJoin(bodies, eq(bodies.id, memberships.bodyId))
				.where(eq(memberships.personId, user.personId))
				.orderBy(asc(bodies.name), asc(memberships.validFrom))
		: [];
	const [link] = await db
		.select({ purpose: passwordTokens.purpose, expiresAt: passwordTokens.expiresAt })
		.from(passwordTokens)
		.where(and(eq(passwordTokens.userId, id), isNull(passwordTokens.usedAt), gte(passwordTokens.expiresAt, now)))
		.orderBy(sql`${passwordTokens.expiresAt} desc`)
		.limit(1);
	const withCurrent = held.map((h) => ({
		...h,
		current: (h.validFrom === null || h.validFrom <= today) && (h.validTo === null || h.validTo >= today)
	}));
	return {
		...user,
		municipality: row.municipality,
		hasPassword: passwordHash !== null,
		memberships: [...withCurrent.filter((h) => h.current), ...withCurrent.filter((h) => !h.current)],
		pendingLink: link ?? null
	};
}

export interface UserFormOptions {
	municipalities: { id: number; name: string }[];
	bodies: { id: number; name: string }[];
	/** People (e.g. from the minutes) not yet linked to a user, to link a new user to. */
	unlinkedPeople: { id: number; name: string; municipality: string | null }[];
}

/** What the admin forms offer in their selects. */
export async function userFormOptions(db: Db): Promise<UserFormOptions> {
	const [municipalityRows, bodyRows, peopleRows] = await Promise.all([
		db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities).orderBy(asc(municipalities.name)),
		db.select({ id: bodies.id, name: bodies.name }).from(bodies).orderBy(asc(bodies.name)),
		db
			.select({ id: people.id, name: people.name, municipality: municipalities.name })
			.from(people)
			.leftJoin(municipalities, eq(municipalities.id, people.municipalityId))
			.where(sql`not exists (select 1 from ${users} where ${users.personId} = ${people.id})`)
			.orderBy(asc(people.name))
	]);
	return { municipalities: municipalityRows, bodies: bodyRows, unlinkedPeople: peopleRows };
}

// ————— creating —————

/**
 * Creates a user. With a body membership and no person to link to, a person with the user's name is created
 * for it. Without a password the user can't sign in until they set one through `createInvitation`'s link.
 */
export async function createUser(db: Db, input: CreateUserInput): Promise<Outcome<{ id: number }>> {
	const parsed = createUserSchema().safeParse(input);
	if (!parsed.success) return failed(fieldErrors(parsed.error));
	const data = parsed.data;
	const email = data.email.toLowerCase();

	const errors: FieldErrors = {};
	const [taken] = await db.select({ id: users.id }).from(users).where(byLowerEmail(email));
	if (taken) errors.email = m.admin_error_email_taken();
	if (data.municipalityId !== undefined) {
		const [found] = await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.id, data.municipalityId));
		if (!found) errors.municipalityId = m.admin_error_municipality_invalid();
	}
	if (data.bodyId !== undefined) {
		const [found] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, data.bodyId));
		if (!found) errors.bodyId = m.admin_error_body_invalid();
	}
	if (data.personId !== undefined) {
		const [found] = await db
			.select({ id: people.id, linkedTo: users.id })
			.from(people)
			.leftJoin(users, eq(users.personId, people.id))
			.where(eq(people.id, data.personId));
		if (!found) errors.personId = m.admin_error_person_invalid();
		else if (found.linkedTo !== null) errors.personId = m.admin_error_person_linked();
	}
	if (Object.keys(errors).length) return failed(errors);

	const passwordHash = data.password === undefined ? null : await hashPassword(data.password);
	try {
		const id = await db.transaction(async (tx) => {
			let personId = data.personId ?? null;
			if (personId === null && data.bodyId !== undefined) {
				const [person] = await tx
					.insert(people)
					.values({ name: data.name, municipalityId: data.municipalityId ?? null })
					.returning({ id: people.id });
				personId = person.id;
			}
			if (personId !== null && data.bodyId !== undefined && data.membershipRole !== undefined) {
				await tx.insert(memberships).values({
					bodyId: data.bodyId,
					personId,
					municipalityId: data.municipalityId ?? null,
					role: data.membershipRole,
					validFrom: data.validFrom ?? null
				});
			}
			const [user] = await tx
				.insert(users)
				.values({
					email,
					name: data.name,
					role: data.role,
					municipalityId: data.municipalityId ?? null,
					personId,
					passwordHash
				})
				.returning({ id: users.id });
			return user.id;
		});
		log.info({ userId: id, role: data.role }, 'bruger oprettet');
		return ok({ id });
	} catch (error) {
		// Two admins creating the same e-mail at once: the unique index decides.
		if (isUniqueViolation(error)) return failed({ email: m.admin_error_email_taken() });
		throw error;
	}
}

// ————— roles and memberships —————

/** Changes the role. An admin may not take away their own admin role (`by` is the acting admin's id). */
export async function setRole(db: Db, userId: number, role: UserRole, { by }: { by: number }): Promise<Outcome> {
	const parsed = roleField().safeParse(role);
	if (!parsed.success) return failed({ role: parsed.error.issues[0].message });
	if (userId === by && parsed.data !== 'admin') return failed({ role: m.admin_error_own_admin_role() });
	const [updated] = await db.update(users).set({ role: parsed.data }).where(eq(users.id, userId)).returning({ id: users.id });
	if (!updated) return notFound();
	log.info({ userId, role: parsed.data, by }, 'rolle ændret');
	sessionEvents.emit('userChanged', userId);
	return ok(undefined);
}

/** Adds a membership of a body for the user's person, creating the person (with the user's name) if needed. */
export async function addMembership(
	db: Db,
	userId: number,
	input: AddMembershipInput
): Promise<Outcome<{ id: number }>> {
	const parsed = addMembershipSchema().safeParse(input);
	if (!parsed.success) return failed(fieldErrors(parsed.error));
	const data = parsed.data;
	const [user] = await db
		.select({ name: users.name, personId: users.personId, municipalityId: users.municipalityId })
		.from(users)
		.where(eq(users.id, userId));
	if (!user) return notFound();
	const [body] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, data.bodyId));
	if (!body) return failed({ bodyId: m.admin_error_body_invalid() });
	const id = await db.transaction(async (tx) => {
		let personId = user.personId;
		if (personId === null) {
			const [person] = await tx
				.insert(people)
				.values({ name: user.name, municipalityId: user.municipalityId })
				.returning({ id: people.id });
			personId = person.id;
			await tx.update(users).set({ personId }).where(eq(users.id, userId));
		}
		const [membership] = await tx
			.insert(memberships)
			.values({
				bodyId: data.bodyId,
				personId,
				municipalityId: user.municipalityId,
				role: data.membershipRole,
				validFrom: data.validFrom ?? null,
				validTo: data.validTo ?? null,
				note: data.note
			})
			.returning({ id: memberships.id });
		return membership.id;
	});
	log.info({ userId, bodyId: data.bodyId, role: data.membershipRole }, 'medlemskab tilføjet');
	sessionEvents.emit('userChanged', userId);
	return ok({ id });
}

/** Ends a membership of the user's person: its last day is `lastDay` (default today, Danish time). */
export async function endMembership(
	db: Db,
	userId: number,
	input: EndMembershipInput,
	now = new Date()
): Promise<Outcome> {
	const parsed = endMembershipSchema().safeParse(input);
	if (!parsed.success) return failed(fieldErrors(parsed.error));
	const [user] = await db.select({ personId: users.personId }).from(users).where(eq(users.id, userId));
	if (!user) return notFound();
	const [membership] = user.personId
		? await db
				.select({ validFrom: memberships.validFrom })
				.from(memberships)
				.where(and(eq(memberships.id, parsed.data.membershipId), eq(memberships.personId, user.personId)))
		: [];
	if (!membership) return failed({ form: m.admin_error_membership_not_found() });
	const validTo = parsed.data.lastDay ?? isoDateInCopenhagen(now);
	if (membership.validFrom !== null && membership.validFrom > validTo) {
		return failed({ lastDay: m.admin_error_period_order() });
	}
	await db.update(memberships).set({ validTo }).where(eq(memberships.id, parsed.data.membershipId));
	log.info({ userId, membershipId: parsed.data.membershipId, validTo }, 'medlemskab afsluttet');
	sessionEvents.emit('userChanged', userId);
	return ok(undefined);
}

// ————— disabling —————

/**
 * Disables a user: they can no longer sign in, their sessions end at once and their unused password links stop
 * working. An admin may not disable themself (`by` is the acting admin's id).
 */
export async function disableUser(db: Db, userId: number, { by }: { by: number }, now = new Date()): Promise<Outcome> {
	if (userId === by) return failed({ form: m.admin_error_disable_self() });
	const done = await db.transaction(async (tx) => {
		const [user] = await tx
			.update(users)
			.set({ disabledAt: sql`coalesce(${users.disabledAt}, ${now.toISOString()}::timestamptz)` })
			.where(eq(users.id, userId))
			.returning({ id: users.id });
		if (!user) return false;
		await tx.delete(sessions).where(eq(sessions.userId, userId));
		await tx.delete(passwordTokens).where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
		return true;
	});
	if (!done) return notFound();
	sessionEvents.emit('userSessionsEnded', userId);
	log.info({ userId, by }, 'bruger deaktiveret');
	return ok(undefined);
}

/** Lets a disabled user sign in again (with their old password, or a new link). */
export async function enableUser(db: Db, userId: number): Promise<Outcome> {
	const [user] = await db.update(users).set({ disabledAt: null }).where(eq(users.id, userId)).returning({ id: users.id });
	if (!user) return notFound();
	log.info({ userId }, 'bruger aktiveret');
	return ok(undefined);
}
