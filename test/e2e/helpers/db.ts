// Direct access to the e2e server's database (scripts/e2e-server.js), for planting data a test needs.
import { readFileSync } from 'node:fs';
import postgres from 'postgres';

export function e2eDatabase() {
	const password = readFileSync('data/e2e-postgres.secret', 'utf8').trim();
	const port = process.env.E2E_PG_PORT ?? '54339';
	return postgres(`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/rammeaftale`, {
		max: 1,
		onnotice: () => {}
	});
}

/** A new planned steering-group meeting in `year`, at a random minute so reruns and parallel specs never collide. */
export async function plantSteeringGroupMeeting(year: number): Promise<number> {
	const sql = e2eDatabase();
	try {
		const startsAt = new Date(Date.UTC(year, 0, 1) + Math.floor(Math.random() * 365 * 24 * 60) * 60_000);
		const [row] = await sql<{ id: number }[]>`
			insert into meetings (body_id, starts_at, status)
			select id, ${startsAt}, 'planned' from bodies where slug = 'styregruppen'
			returning id`;
		return row.id;
	} finally {
		await sql.end();
	}
}
