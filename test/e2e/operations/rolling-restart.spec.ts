// A rolling restart while someone types (issue 12): production processes (`node server/index.js`) on the e2e
// database behind a small TCP proxy, as behind Caddy or nginx. The editor works through the proxy on process A;
// the proxy turns to B and A gets SIGTERM while the editor keeps typing: A stores what it received, tells the
// editor it is going away and exits by itself; the editor reconnects through the proxy to B and shows "Gemt". B is
// replaced the same way by C; then the editor leaves, C is replaced by D, and a reader on D gets every word from the
// database alone. Runs after every other spec (project "handover"): its processes run the job queue on the shared
// database.
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { SignInPage } from '../pages/sign-in-page';
import { AgendaEditorPage } from '../pages/agenda-editor';
import { demo } from '../helpers/users';
import { plantSteeringGroupMeeting } from '../helpers/db';
import { freePort } from '../../free-port';

/** A TCP proxy on `port` that sends each new connection to the current backend; open ones stay where they are. */
function proxy(port: number) {
	let backend = 0;
	const sockets = new Set<net.Socket>();
	const server = net.createServer((client) => {
		const upstream = net.connect(backend, '127.0.0.1');
		for (const socket of [client, upstream]) {
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
			socket.on('error', () => {
				client.destroy();
				upstream.destroy();
			});
		}
		client.pipe(upstream).pipe(client);
	});
	return {
		listen: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
		to: (next: number) => void (backend = next),
		close: () => {
			for (const socket of sockets) socket.destroy();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

const databaseUrl = () => {
	const password = readFileSync('data/e2e-postgres.secret', 'utf8').trim();
	return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${process.env.E2E_PG_PORT ?? '54339'}/rammeaftale`;
};

const processes = new Set<ChildProcess>();

/** `node server/index.js` on `port` against the e2e database, reached as `origin` (the proxy); ready when /readyz says so. */
async function startApp(port: number, origin: string): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['server/index.js'], {
		env: {
			...process.env,
			DATABASE_URL: databaseUrl(),
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			NODE_ENV: 'production',
			LOG_LEVEL: 'warn',
			DEMO_USERS: 'off',
			SMTP_URL: ''
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	processes.add(child);
	child.once('exit', () => processes.delete(child));
	for (let i = 0; i < 600; i++) {
		if (child.exitCode !== null) throw new Error(`the app on port ${port} exited with ${child.exitCode}`);
		const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
			(r) => r.ok,
			() => false
		);
		if (ready) return child;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the app on port ${port} did not become ready`);
}

const exitCode = (child: ChildProcess) =>
	child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

test.afterAll(() => {
	for (const child of processes) child.kill('SIGKILL');
});

test('a rolling restart of every process while the secretariat types loses nothing', async ({ browser }) => {
	test.setTimeout(180_000);
	const [portA, portB, portC, portD, proxyPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
	const origin = `http://127.0.0.1:${proxyPort}`;
	const front = proxy(proxyPort);
	await front.listen();
	const meetingId = await plantSteeringGroupMeeting(2033);
	const [a, b] = await Promise.all([startApp(portA, origin), startApp(portB, origin)]);
	front.to(portA);

	const context = await browser.newContext({ baseURL: origin });
	try {
		const page = await context.newPage();
		await new SignInPage(page).signInAs(demo.secretariat);
		const editor = new AgendaEditorPage(page);
		await editor.goto(meetingId);
		const field = editor.field('2', 'Beslutningstema');
		await field.click();
		await page.keyboard.type('Skrevet på A.');
		await expect(editor.status).toHaveText(/Gemt/);

		// A goes away while the secretary types on; the proxy already sends new connections to B.
		front.to(portB);
		a.kill('SIGTERM');
		await page.keyboard.type(' Skrevet under skiftet.');
		expect(await exitCode(a)).toBe(0);
		await page.keyboard.type(' Skrevet på B.');
		await AgendaEditorPage.expectText(field, 'Skrevet på A. Skrevet under skiftet. Skrevet på B.');
		await expect(editor.status).toHaveText(/Gemt/, { timeout: 30_000 });

		// B is replaced by a fresh process C the same way.
		const c = await startApp(portC, origin);
		front.to(portC);
		b.kill('SIGTERM');
		expect(await exitCode(b)).toBe(0);
		await page.keyboard.type(' Skrevet på C.');
		await expect(editor.status).toHaveText(/Gemt/, { timeout: 30_000 });

		// The editor leaves, C is replaced by D, and a reader there gets every word from the database alone (no
		// browser still holds the text to send it again).
		await page.close();
		c.kill('SIGTERM');
		expect(await exitCode(c)).toBe(0);
		const d = await startApp(portD, origin);
		front.to(portD);
		const reader = new AgendaEditorPage(await context.newPage());
		await reader.goto(meetingId);
		await AgendaEditorPage.expectText(reader.field('2', 'Beslutningstema'), 'Skrevet på A. Skrevet under skiftet. Skrevet på B. Skrevet på C.');
		d.kill('SIGTERM');
		expect(await exitCode(d)).toBe(0);
	} finally {
		await context.close();
		await front.close();
	}
});
