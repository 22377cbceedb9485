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
