import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { bodies, memberships, municipalities, passwordTokens, people, sessions, users } from '../db/schema';
import { createSession, validateSessionToken } from '../auth/session';
import { signIn } from '../auth/sign-in';
import {
	addMembership,
	createUser,
	disableUser,
	enableUser,
	endMembership,
	getUser,
	listUsers,
	setRole,
	userFormOptions
} from './users';
import { createInvitation, inspectPasswordToken } from './password-tokens';
import {
	changePasswordSchema,
	createUserSchema,
	disableUserSchema,
	setPasswordSchema,
	type CreateUserInput
} from '$lib/schemas/users';
import { fieldErrors } from '$lib/schemas/auth';

let t: TestDb;
let adminId: number;
let styregruppenId: number;
let roskildeId: number;
let run = 0;

/** A fresh e-mail per call, so tests don't depend on each other's users. */
const freshEmail = () => `bruger-${++run}@kommune.example`;

const newUser = (overrides: Partial<CreateUserInput> = {}): CreateUserInput => ({
	name: 'Bente Bruger',
	email: freshEmail(),
	role: 'member',
	...overrides
});

async function created(input: CreateUserInput) {
	const result = await createUser(t.db, input);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value.id;
}

async function counts() {
	const [u] = await t.db.select({ n: count() }).from(users);
	const [p] = await t.db.select({ n: count() }).from(people);
	const [ms] = await t.db.select({ n: count() }).from(memberships);
	const [tok] = await t.db.select({ n: count() }).from(passwordTokens);
	return { users: u.n, people: p.n, memberships: ms.n, tokens: tok.n };
}

async function linkFor(userId: number, now = new Date()) {
	const result = await createInvitation(t.db, userId, now);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value;
}

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	[{ id: adminId }] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@rammeaftale.example'));
	[{ id: styregruppenId }] = await t.db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, 'styregruppen'));
	[{ id: roskildeId }] = await t.db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, 'roskilde'));
});

afterAll(async () => {
	await t?.close();
});

describe('listUsers and getUser', () => {
	it('lists the demo users with role, municipality and current memberships', async () => {
		const list = await listUsers(t.db);
		const medlem = list.find((u) => u.email === 'medlem@rammeaftale.example');
		expect(medlem).toMatchObject({ role: 'member', municipality: 'Holbæk', disabled: false, hasPassword: true });
		expect(medlem?.memberships).toEqual([
			expect.objectContaining({ bodyId: styregruppenId, role: 'member', bodyName: expect.stringContaining('Styregruppen') })
		]);
		const admin = list.find((u) => u.id === adminId);
		expect(admin).toMatchObject({ role: 'admin', municipality: null, memberships: [] });
	});

	it('returns null for a user that does not exist', async () => {
		expect(await getUser(t.db, 999_999)).toBeNull();
		expect(await getUser(t.db, -1)).toBeNull();
		expect(await getUser(t.db, Number.NaN)).toBeNull();
	});

	it('offers municipalities and bodies for the forms', async () => {
		const options = await userFormOptions(t.db);
		expect(options.municipalities.map((o) => o.name)).toContain('Roskilde');
		expect(options.bodies.map((o) => o.id)).toContain(styregruppenId);
	});
});

describe('createUser', () => {
	it('creates a user without a password, e-mail in lower case', async () => {
		const email = freshEmail().toUpperCase();
		const id = await created(newUser({ email, role: 'secretariat', municipalityId: roskildeId }));
		const user = await getUser(t.db, id);
		expect(user).toMatchObject({
			email: email.toLowerCase(),
			role: 'secretariat',
			municipality: 'Roskilde',
			hasPassword: false,
			personId: null,
			memberships: [],
			disabledAt: null
		});
	});

	it('refuses an e-mail that exists in another case, and writes nothing', async () => {
		const before = await counts();
		const result = await createUser(t.db, newUser({ email: 'Admin@Rammeaftale.Example' }));
		expect(result).toEqual({ ok: false, errors: { email: 'Der findes allerede en bruger med denne e-mail.' } });
		expect(await counts()).toEqual(before);
	});

	it('answers bad input with Danish messages per field and writes nothing', async () => {
		const before = await counts();
		const result = await createUser(t.db, {
			name: '  ',
			email: 'ikke-en-mail',
			role: 'superuser' as never,
			bodyId: styregruppenId
		} as CreateUserInput);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			name: 'Skriv brugerens navn.',
			email: 'Skriv en gyldig e-mailadresse, fx navn@kommune.dk.',
			role: 'Vælg en af rollerne på listen.',
			membershipRole: 'Vælg brugerens rolle i organet.'
		});
		const tooLong = await createUser(t.db, newUser({ name: 'x'.repeat(201) }));
		expect(tooLong).toEqual({ ok: false, errors: { name: 'Teksten må højst være 200 tegn.' } });
		const shortPassword = await createUser(t.db, newUser({ password: 'kort' }));
		expect(shortPassword).toEqual({ ok: false, errors: { password: 'Adgangskoden skal være mindst 8 tegn.' } });
		expect(await counts()).toEqual(before);
	});

	it('refuses a municipality, body or person that does not exist', async () => {
		const before = await counts();
		const result = await createUser(
			t.db,
			newUser({ municipalityId: 99_999, bodyId: 99_999, membershipRole: 'member', personId: 99_999 })
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual(['bodyId', 'municipalityId', 'personId']);
		expect(await counts()).toEqual(before);
	});

	it('creates a person with the user name for a body membership', async () => {
		const id = await created(
			newUser({
				name: 'Søren Styregruppe',
				municipalityId: roskildeId,
				bodyId: styregruppenId,
				membershipRole: 'vice_chair',
				validFrom: '2024-01-01'
			})
		);
		const user = await getUser(t.db, id);
		expect(user?.personId).not.toBeNull();
		const [person] = await t.db.select().from(people).where(eq(people.id, user!.personId!));
		expect(person).toMatchObject({ name: 'Søren Styregruppe', municipalityId: roskildeId });
		expect(user?.memberships).toEqual([
			expect.objectContaining({ bodyId: styregruppenId, role: 'vice_chair', validFrom: '2024-01-01', validTo: null, current: true })
		]);
		// The new member reads the body's closed items: the session carries the body.
		const { token } = await createSession(t.db, id);
		expect((await validateSessionToken(t.db, token))?.user.bodyIds).toEqual([styregruppenId]);
	});

	it('links to an existing person, once', async () => {
		const [person] = await t.db.insert(people).values({ name: 'Petra Person' }).returning({ id: people.id });
		const options = await userFormOptions(t.db);
		expect(options.unlinkedPeople.map((p) => p.id)).toContain(person.id);
		const id = await created(newUser({ name: 'Petra Person', personId: person.id }));
		expect((await getUser(t.db, id))?.personId).toBe(person.id);
		expect((await userFormOptions(t.db)).unlinkedPeople.map((p) => p.id)).not.toContain(person.id);
		const again = await createUser(t.db, newUser({ personId: person.id }));
		expect(again).toEqual({ ok: false, errors: { personId: 'Personen er allerede knyttet til en anden bruger.' } });
	});

	it('sets an initial password when one is given', async () => {
		const email = freshEmail();
		const id = await created(newUser({ email, password: 'en god lang adgangskode' }));
		expect((await getUser(t.db, id))?.hasPassword).toBe(true);
		expect(await signIn(t.db, email, 'en god lang adgangskode', '10.0.0.1')).toMatchObject({ ok: true, userId: id });
	});
});

describe('setRole', () => {
	it('changes the role, which the next request sees', async () => {
		const id = await created(newUser({ role: 'member' }));
		const { token } = await createSession(t.db, id);
		expect(await setRole(t.db, id, 'secretariat', { by: adminId })).toEqual({ ok: true, value: undefined });
		expect((await validateSessionToken(t.db, token))?.user.role).toBe('secretariat');
	});

	it('refuses an admin taking away their own admin role, and unknown roles', async () => {
		expect(await setRole(t.db, adminId, 'member', { by: adminId })).toEqual({
			ok: false,
			errors: { role: 'Du kan ikke fjerne din egen administratorrolle. Bed en anden administrator om det.' }
		});
		expect(await setRole(t.db, adminId, 'admin', { by: adminId })).toMatchObject({ ok: true });
		const id = await created(newUser());
		expect(await setRole(t.db, id, 'root' as never, { by: adminId })).toEqual({
			ok: false,
			errors: { role: 'Vælg en af rollerne på listen.' }
		});
		expect((await getUser(t.db, id))?.role).toBe('member');
		expect((await getUser(t.db, adminId))?.role).toBe('admin');
		expect(await setRole(t.db, 999_999, 'member', { by: adminId })).toMatchObject({ ok: false, notFound: true });
	});
});

describe('memberships', () => {
	it('adds a membership (creating the person) and ends it', async () => {
		const id = await created(newUser({ name: 'Mette Medlem', municipalityId: roskildeId }));
		const added = await addMembership(t.db, id, {
			bodyId: styregruppenId,
			membershipRole: 'member',
			validFrom: '2024-01-01',
			validTo: undefined,
			note: 'Udpeget af K17'
		});
		expect(added.ok).toBe(true);
		if (!added.ok) return;
		const user = await getUser(t.db, id);
		expect(user?.personId).not.toBeNull();
		expect(user?.memberships).toEqual([
			expect.objectContaining({ id: added.value.id, role: 'member', note: 'Udpeget af K17', current: true })
		]);
		const { token } = await createSession(t.db, id);
		expect((await validateSessionToken(t.db, token))?.user.bodyIds).toEqual([styregruppenId]);

		// Last day before the start is refused.
		expect(await endMembership(t.db, id, { membershipId: added.value.id, lastDay: '2023-12-31' })).toEqual({
			ok: false,
			errors: { lastDay: 'Slutdatoen må ikke ligge før startdatoen.' }
		});
		const now = new Date('2025-06-15T10:00:00Z');
		expect(await endMembership(t.db, id, { membershipId: added.value.id, lastDay: '2025-06-14' }, now)).toMatchObject({ ok: true });
		const after = await getUser(t.db, id, now);
		expect(after?.memberships).toEqual([expect.objectContaining({ validTo: '2025-06-14', current: false })]);
		expect((await validateSessionToken(t.db, token, now))?.user.bodyIds).toEqual([]);
		expect((await listUsers(t.db, now)).find((u) => u.id === id)?.memberships).toEqual([]);
	});

	it('ends a membership today (Danish time) when no date is given', async () => {
		const id = await created(newUser());
		const added = await addMembership(t.db, id, { bodyId: styregruppenId, membershipRole: 'chair', note: '' });
		if (!added.ok) throw new Error('not added');
		// 23:30 UTC on 31 December is already 1 January in Copenhagen.
		const now = new Date('2025-12-31T23:30:00Z');
		expect(await endMembership(t.db, id, { membershipId: added.value.id }, now)).toMatchObject({ ok: true });
		expect((await getUser(t.db, id, now))?.memberships[0].validTo).toBe('2026-01-01');
	});

	it("refuses bad input and another user's membership, writing nothing", async () => {
		const id = await created(newUser());
		const before = await counts();
		const bad = await addMembership(t.db, id, {
			bodyId: styregruppenId,
			membershipRole: 'municipality' as never,
			validFrom: '2025-02-01',
			validTo: '2025-01-01',
			note: 'x'.repeat(501)
		});
		expect(bad).toEqual({
			ok: false,
			errors: {
				membershipRole: 'Vælg en af rollerne i organet på listen.',
				validTo: 'Slutdatoen må ikke ligge før startdatoen.',
				note: 'Teksten må højst være 500 tegn.'
			}
		});
		expect(await addMembership(t.db, id, { bodyId: 99_999, membershipRole: 'member', note: '' })).toEqual({
			ok: false,
			errors: { bodyId: 'Organet findes ikke. Vælg et organ på listen.' }
		});
		expect(await addMembership(t.db, id, { bodyId: styregruppenId, membershipRole: 'member', validFrom: '2025-13-45', note: '' })).toEqual(
			{ ok: false, errors: { validFrom: 'Skriv datoen som dd-mm-åååå, fx 01-09-2025.' } }
		);
		expect(await counts()).toEqual(before);

		const [medlem] = await t.db.select().from(users).where(eq(users.email, 'medlem@rammeaftale.example'));
		const [theirs] = await t.db.select().from(memberships).where(eq(memberships.personId, medlem.personId!));
		expect(await endMembership(t.db, id, { membershipId: theirs.id })).toEqual({
			ok: false,
			errors: { form: 'Medlemskabet findes ikke for denne bruger.' }
		});
		expect(await addMembership(t.db, 999_999, { bodyId: styregruppenId, membershipRole: 'member', note: '' })).toMatchObject({
			ok: false,
			notFound: true
		});
	});
});

describe('disableUser and enableUser', () => {
	it('ends every session and unused link at once, and sign-in fails until enabled', async () => {
		const email = freshEmail();
		const id = await created(newUser({ email, password: 'brugerens adgangskode' }));
		const one = await createSession(t.db, id);
		const two = await createSession(t.db, id);
		const { token: linkToken } = await linkFor(id);

		expect(await disableUser(t.db, id, { by: adminId })).toEqual({ ok: true, value: undefined });
		const [{ n }] = await t.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, id));
		expect(n).toBe(0);
		expect(await validateSessionToken(t.db, one.token)).toBeNull();
		expect(await validateSessionToken(t.db, two.token)).toBeNull();
		expect(await inspectPasswordToken(t.db, linkToken)).toEqual({ status: 'invalid' });
		expect(await signIn(t.db, email, 'brugerens adgangskode', '10.0.0.4')).toMatchObject({ ok: false });
		expect((await getUser(t.db, id))?.disabledAt).toBeInstanceOf(Date);
		expect((await listUsers(t.db)).find((u) => u.id === id)?.disabled).toBe(true);
		expect(await createInvitation(t.db, id)).toEqual({
			ok: false,
			errors: { form: 'Brugeren er deaktiveret. Aktivér brugeren, før du laver et link.' }
		});

		expect(await enableUser(t.db, id)).toMatchObject({ ok: true });
		expect((await getUser(t.db, id))?.disabledAt).toBeNull();
		expect(await signIn(t.db, email, 'brugerens adgangskode', '10.0.0.4')).toMatchObject({ ok: true });
	});

	it('refuses an admin disabling themself, and unknown users', async () => {
		const { token } = await createSession(t.db, adminId);
		expect(await disableUser(t.db, adminId, { by: adminId })).toEqual({
			ok: false,
			errors: { form: 'Du kan ikke deaktivere dig selv. Bed en anden administrator om det.' }
		});
		expect(await validateSessionToken(t.db, token)).not.toBeNull();
		expect(await disableUser(t.db, 999_999, { by: adminId })).toMatchObject({ ok: false, notFound: true });
		expect(await enableUser(t.db, 999_999)).toMatchObject({ ok: false, notFound: true });
	});
});

describe('form schemas', () => {
	it('checks the repeated password and shows every problem at once', () => {
		const result = changePasswordSchema().safeParse({ currentPassword: '', newPassword: 'kort', repeatPassword: 'andet' });
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(fieldErrors(result.error)).toEqual({
			currentPassword: 'Skriv din nuværende adgangskode.',
			newPassword: 'Adgangskoden skal være mindst 8 tegn.',
			repeatPassword: 'De to nye adgangskoder er ikke ens.'
		});
		const ok = setPasswordSchema().safeParse({ newPassword: 'lang nok kode', repeatPassword: 'lang nok kode' });
		expect(ok.success).toBe(true);
	});

	it('reads empty form fields as not given and ids as numbers', () => {
		const result = createUserSchema().safeParse({
			name: ' Bo ',
			email: ' bo@kommune.example ',
			role: 'member',
			municipalityId: '',
			personId: '',
			bodyId: '7',
			membershipRole: 'lead',
			validFrom: ''
		});
		expect(result.success && result.data).toEqual({
			name: 'Bo',
			email: 'bo@kommune.example',
			role: 'member',
			bodyId: 7,
			membershipRole: 'lead'
		});
		const badId = createUserSchema().safeParse({ name: 'Bo', email: 'bo@kommune.example', role: 'member', municipalityId: '1e3x' });
		expect(badId.success).toBe(false);
	});

	it('needs the ticked checkbox to disable a user', () => {
		expect(disableUserSchema().safeParse({ confirm: '' }).success).toBe(false);
		expect(disableUserSchema().safeParse({ confirm: 'on' }).success).toBe(true);
	});
});
