// `npm start` killed with -9 comes back with all its data; SIGTERM stops the app and its database cleanly.
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import postgres from 'postgres';

const dir = 'data/e2e-restart-postgres';
const port = 4183;
const pgPort = 54379;
const env = { ...process.env, EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(port), DATABASE_URL: '' };

function start(): ChildProcess {
	return spawn(process.execPath, ['scripts/start.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function serving(child: ChildProcess) {
	for (let i = 0; i < 1200; i++) {
		if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/moeder`)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the app did not come up');
}

const exited = (child: ChildProcess) =>
	child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

test.beforeAll(() => {
	rmSync(dir, { recursive: true, force: true });
	rmSync(`${dir}.secret`, { force: true });
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('kill -9 of npm start, then npm start: all data is there', async () => {
	const first = start();
	await serving(first);
	const secret = readFileSync(`${dir}.secret`, 'utf8').trim();
	const sql = postgres(`postgres://postgres:${encodeURIComponent(secret)}@127.0.0.1:${pgPort}/rammeaftale`, { max: 1 });
	const email = `kill9-${Date.now()}@rammeaftale.example`;
	await sql`insert into users (email, name, role) values (${email}, 'Bekræftet før kill', 'secretariat')`;
	const [{ n: meetingsBefore }] = await sql`select count(*)::int as n from meetings`;
	await sql.end();

	first.kill('SIGKILL');
	await exited(first);
	expect(existsSync(`${dir}/postmaster.pid`)).toBe(true); // its PostgreSQL is still running

	const second = start();
	await serving(second);
	const again = postgres(`postgres://postgres:${encodeURIComponent(secret)}@127.0.0.1:${pgPort}/rammeaftale`, { max: 1 });
	expect(await again`select name from users where email = ${email}`).toEqual([{ name: 'Bekræftet før kill' }]);
	const [{ n: meetingsAfter }] = await again`select count(*)::int as n from meetings`;
	expect(meetingsAfter).toBe(meetingsBefore); // and the seed did not run twice
	await again.end();

	const page = await fetch(`http://127.0.0.1:${port}/tilbud`);
	expect(await page.text()).toContain('Kildebo');

	// Without ORIGIN (as `npm start` runs by default) a plain-http form post signs in.
	const signIn = await fetch(`http://127.0.0.1:${port}/log-ind`, {
		method: 'POST',
		headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams({ email: 'sekretariat@rammeaftale.example', password: 'rammeaftale-demo' }),
		redirect: 'manual'
	});
	expect(signIn.status).toBe(303);
	expect(signIn.headers.get('set-cookie')).toContain('session=');

	second.kill('SIGTERM');
	await exited(second);
	expect(second.exitCode).toBe(0);
	expect(existsSync(`${dir}/postmaster.pid`)).toBe(false); // PostgreSQL stopped cleanly too
});
