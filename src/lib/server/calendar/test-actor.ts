// For tests only: the seeded secretariat user as the actor of calendar changes.
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';

export async function secretariat(db: Db): Promise<SessionUser> {
	const [u] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.email, 'sekretariat@rammeaftale.example'));
	if (!u) throw new Error('no secretariat demo user');
	return { ...u, role: 'secretariat', municipalityId: null, bodyIds: [] };
}
