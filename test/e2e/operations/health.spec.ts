// The production build answers the proxy's health checks: /healthz (alive) and /readyz (database up, migrated, not
// draining), JSON and never cached.
import { test, expect } from '@playwright/test';

test('/healthz and /readyz answer 200 with no-store on a running, migrated app', async ({ request }) => {
	for (const path of ['/healthz', '/readyz']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['cache-control'], path).toBe('no-store');
		expect(response.headers()['content-type'], path).toContain('application/json');
		expect(await response.json(), path).toEqual({ status: 'ok' });
	}
});
