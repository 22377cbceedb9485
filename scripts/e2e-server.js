// The server Playwright tests against: the production build on a fresh embedded PostgreSQL of its own.
import { rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const dir = 'data/e2e-postgres';
rmSync(dir, { recursive: true, force: true });
rmSync(`${dir}.secret`, { force: true });
const port = process.env.E2E_PORT ?? '4173';
Object.assign(process.env, {
	EMBEDDED_PG_DIR: dir,
	EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '54339',
	PORT: port,
	HOST: '127.0.0.1',
	NODE_ENV: 'production'
});
// Tests reach the same database directly (test/e2e/helpers/db.ts) to plant data, e.g. a closed item.
await import(path.join(root, 'server', 'index.js'));
