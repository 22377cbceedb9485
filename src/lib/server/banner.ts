import type { DemoUser } from './db/seed/users';

export interface BannerDatabase {
	/** The embedded cluster's directory. */
	dataDir: string;
	/** Why it is not in EMBEDDED_PG_DIR (as root in a private directory); undefined when it is. */
	relocated?: string;
}

/**
 * The address to open in a browser: ORIGIN when set, because the app refuses form posts from any other origin
 * (signing in from a different address is refused as cross-site); otherwise where the server listens.
 */
export function bannerAddress(env: Record<string, string | undefined> = process.env): string {
	const origin = env.ORIGIN?.trim();
	if (origin) return origin.replace(/\/+$/, '');
	const host = env.HOST ?? '127.0.0.1';
	const port = env.PORT ?? '3000';
	const shown = host === '0.0.0.0' || host === '127.0.0.1' || host === '::' ? 'localhost' : host;
	return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

/** What `npm start` prints for a person at the terminal: the address, where the data is, the demo sign-ins. */
export function bannerText(
	demo: DemoUser[],
	database?: BannerDatabase,
	env: Record<string, string | undefined> = process.env
): string {
	const lines = [``, `Rammeaftale kører på ${bannerAddress(env)}`];
	if (database) {
		lines.push(`Databasen (indlejret PostgreSQL) ligger i ${database.dataDir}`);
		if (database.relocated) lines.push(`  (${database.relocated}; se docs/operations.md)`);
	}
	if (demo.length) {
		lines.push(`Demo-brugere (adgangskode: ${demo[0].password}):`);
		for (const user of demo) lines.push(`  ${user.roleLabel.padEnd(22)} ${user.email}`);
	}
	return lines.join('\n') + '\n\n';
}

export function printBanner(demo: DemoUser[], database?: BannerDatabase) {
	process.stdout.write(bannerText(demo, database));
}
