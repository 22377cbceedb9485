import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

// End-to-end tests run against the production build, served by the same start path as `npm start`, with a
// fresh embedded PostgreSQL in data/e2e-postgres (reset by scripts/e2e-server.js at every run).
export default defineConfig({
	testDir: 'test/e2e',
	fullyParallel: false,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'da-DK',
		timezoneId: 'Europe/Copenhagen',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	},
	// The specs that write (agenda, calendar, decisions register, follow-up, offers, tariff rules, annual reports, the
	// survey, subscriptions) plant meetings, publish minutes, create meetings and edit offers and rules in the shared e2e database;
	// they run after every other spec, so the portal specs read the reference data as seeded (the calendar's seven
	// chains, the 2022 decisions).
	projects: [
		{ name: 'chromium', use: { browserName: 'chromium' }, testIgnore: [/(agenda|calendar|register|offers|tariffs|follow-up|reports|survey|plan|indicators|subscriptions)\//, /operations\/rolling-restart/] },
		{ name: 'writes', use: { browserName: 'chromium' }, testMatch: /(agenda|calendar|register|offers|tariffs|follow-up|reports|survey|plan|indicators|subscriptions)\//, dependencies: ['chromium'] },
		// Last and alone: it runs more app processes on the shared database, each with the job queue.
		{ name: 'handover', use: { browserName: 'chromium' }, testMatch: /operations\/rolling-restart/, dependencies: ['writes'] }
	],
	webServer: {
		command: 'node scripts/e2e-server.js',
		url: `http://127.0.0.1:${port}/`,
		timeout: 180_000,
		reuseExistingServer: false,
		// SIGTERM, so the server stops its embedded PostgreSQL (its own process group) and SMTP sink; Playwright's
		// default, SIGKILL, would leave PostgreSQL running on its port and break the next run.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
