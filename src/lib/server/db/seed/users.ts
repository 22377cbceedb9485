// Demo users (fictional people, one per role) and the first administrator.
import { and, eq, ilike, sql } from 'drizzle-orm';
import { bodies, memberships, municipalities, people, users } from '../schema';
import { hashPassword } from '../../auth/password';
import type { Role } from '../../auth/session';
import type { Db } from '../types';
import { logger } from '../../log';

export const DEMO_PASSWORD = 'rammeaftale-demo';

export interface DemoUser {
	email: string;
	name: string;
	role: Role;
	roleLabel: string;
	password: string;
}

interface DemoSpec extends Omit<DemoUser, 'password'> {
	municipality?: string;
	/** Body the demo person sits in, found by name, and the role there. */
	body?: { name: string; role: 'member' | 'lead' };
}

const specs: DemoSpec[] = [
	{ email: 'admin@rammeaftale.example', name: 'Anne Admin', role: 'admin', roleLabel: 'Administrator' },
	{
		email: 'sekretariat@rammeaftale.example',
		name: 'Sofie Sekretær',
		role: 'secretariat',
		roleLabel: 'Sekretariatet',
		municipality: 'roskilde'
	},
	{
		email: 'medlem@rammeaftale.example',
		name: 'Mads Medlem',
		role: 'member',
		roleLabel: 'Medlem af styregruppen',
		municipality: 'holbaek',
		body: { name: 'Styregruppen for Rammeaftale Sjælland', role: 'member' }
	},
	{
		email: 'tovholder@rammeaftale.example',
		name: 'Tove Tovholder',
		role: 'network_lead',
		roleLabel: 'Tovholder',
		municipality: 'holbaek',
		body: { name: 'Børn og Unge', role: 'lead' }
	},
	{
		email: 'kontakt@rammeaftale.example',
		name: 'Karl Kontakt',
		role: 'municipal_contact',
		roleLabel: 'Kommunal kontakt',
		municipality: 'naestved'
	}
];

/** Creates the demo users once; a second start leaves them (and any password change) alone. */
export async function ensureDemoUsers(db: Db): Promise<DemoUser[]> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	await db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(727002)`);
		for (const spec of specs) {
			const [existing] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, spec.email));
			if (existing) continue;
			const municipalityId = spec.municipality
				? ((await tx.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, spec.municipality)))[0]
						?.id ?? null)
				: null;
			let personId: number | null = null;
			if (spec.body) {
				const [body] = await tx.select({ id: bodies.id }).from(bodies).where(ilike(bodies.name, `%${spec.body.name}%`));
				if (body) {
					const [person] = await tx
						.insert(people)
						.values({ name: spec.name, title: `${spec.roleLabel} (demo)`, municipalityId, isDemo: true })
						.returning({ id: people.id });
					personId = person.id;
					await tx
						.insert(memberships)
						.values({ bodyId: body.id, personId, municipalityId, role: spec.body.role, note: 'Demobruger' });
				}
			}
			await tx.insert(users).values({
				email: spec.email,
				name: spec.name,
				role: spec.role,
				municipalityId,
				personId,
				passwordHash
			});
		}
	});
	return specs.map(({ email, name, role, roleLabel }) => ({ email, name, role, roleLabel, password: DEMO_PASSWORD }));
}

/**
 * The first administrator from ADMIN_EMAIL and ADMIN_PASSWORD, created only when no active admin with that
 * e-mail exists. Documented in docs/operations.md; `npm run admin:create` does the same from the command line.
 */
export async function ensureFirstAdmin(db: Db, env: Record<string, string | undefined>) {
	const email = env.ADMIN_EMAIL?.trim().toLowerCase();
	const password = env.ADMIN_PASSWORD;
	if (!email || !password) return;
	const [existing] = await db
		.select({ id: users.id })
		.from(users)
		.where(and(eq(sql`lower(${users.email})`, email)));
	if (existing) return;
	await createAdmin(db, email, password, env.ADMIN_NAME ?? 'Administrator');
	logger.info({ email }, 'første administrator oprettet');
}

export async function createAdmin(db: Db, email: string, password: string, name: string) {
	if (password.length < 8) throw new Error('Adgangskoden skal være mindst 8 tegn.');
	await db.insert(users).values({ email, name, role: 'admin', passwordHash: await hashPassword(password) });
}
