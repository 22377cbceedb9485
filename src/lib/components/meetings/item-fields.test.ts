// The meeting page shows each decision once: the structured decisions, not also the minutes' Beslutning text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '$lib/server/db/test-db';
import { getMeetingForViewer, type FullItem } from '$lib/server/meetings/meeting-page';
import { sgMeeting } from '$lib/server/meetings/test-fixtures';
import { itemFields } from './item-fields';

let t: TestDb;
let items: FullItem[];

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	const meeting = await getMeetingForViewer(t.db, (await sgMeeting(t.db)).id, null);
	items = (meeting?.items ?? []).filter((i): i is FullItem => !i.restricted);
});

afterAll(async () => {
	await t?.close();
});

describe('itemFields on the 12/8-2022 minutes', () => {
	it('leaves out the Beslutning text where the decisions are recorded one by one', () => {
		const withDecisions = items.filter((i) => i.decisions.length > 0);
		expect(withDecisions.length).toBeGreaterThan(5);
		for (const item of withDecisions) expect(itemFields(item).map((f) => f.key)).not.toContain('beslutning');
	});

	it('shows no decision text twice on an item', () => {
		for (const item of items) {
			const shown = itemFields(item).map((f) => f.text).join('\n');
			for (const decision of item.decisions) expect(shown, `${item.number}: ${decision.text}`).not.toContain(decision.text);
		}
	});

	it('keeps the Beslutning text of an item without structured decisions', () => {
		const item = { ...items[0], decisions: [], beslutning: '- Styregruppen godkendte dagsordenen' };
		expect(itemFields(item).map((f) => f.key)).toContain('beslutning');
	});
});
