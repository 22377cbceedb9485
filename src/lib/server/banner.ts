import type { DemoUser } from './db/seed/users';

/** What `npm start` prints for a person at the terminal: the address and the demo sign-ins. */
export function printBanner(demo: DemoUser[]) {
	const host = process.env.HOST ?? '127.0.0.1';
	const port = process.env.PORT ?? '3000';
	const shown = host === '0.0.0.0' || host === '127.0.0.1' || host === '::' ? 'localhost' : host;
	const lines = [``, `Rammeaftale kører på http://${shown}:${port}`];
	if (demo.length) {
		lines.push(`Demo-brugere (adgangskode: ${demo[0].password}):`);
		for (const user of demo) lines.push(`  ${user.roleLabel.padEnd(22)} ${user.email}`);
	}
	process.stdout.write(lines.join('\n') + '\n\n');
}
