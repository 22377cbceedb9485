// The OParl API on the seeded database: every object and list checked against the OParl 1.1 schemas
// (test/fixtures/oparl-schema), pages and their links, the date filters, bad input as Danish 400s, and a planted
// closed item and an unpublished meeting that no answer ever shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { agendaItems, attachments, meetings } from '../db/schema';
import { plantClosedItem, plantHiddenAndPlannedMeetings, sgMeeting } from '../meetings/test-fixtures';
import { oparl } from './api';
import { oparlResponse } from './response';

const ORIGIN = 'https://rammeaftale.example.dk';
const marker = `LUKKET-${crypto.randomUUID()}`;
const hiddenMarker = `SKJULT-${crypto.randomUUID()}`;

// The schemas as published; only their registration is adapted here (see the fixtures' README).
const SCHEMA_DIR = path.resolve('test/fixtures/oparl-schema');
// unicodeRegExp: false: the 1.1 patterns escape ':' and '/' (`^https\:\/\/…`), which a `u` regular expression refuses.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();
beforeAll(() => {
	const schemas = readdirSync(SCHEMA_DIR)
		.filter((f) => f.endsWith('.json'))
		.map((f) => ({ name: f.replace(/\.json$/, ''), schema: JSON.parse(readFileSync(path.join(SCHEMA_DIR, f), 'utf8')) }));
	for (const { name, schema } of schemas) {
		ajv.addSchema({ ...schema, $id: `https://schema.oparl.org/1.1/${name}.json` });
		ajv.addSchema({ ...schema, $id: `https://schema.oparl.org/1.1/${name}` });
	}
	for (const { name } of schemas) validators.set(name, ajv.getSchema(`https://schema.oparl.org/1.1/${name}.json`)!);
});

let t: TestDb;
let closedItemId: number;
let hiddenMeetingId: number;
let plannedMeetingId: number;
let sgId: number;
const seen: { path: string; body: unknown }[] = [];

async function get(url: string) {
	const u = new URL(url);
	expect(u.origin).toBe(ORIGIN);
	const result = await oparl(t.db, ORIGIN, u.pathname.replace(/^\/oparl\/?/, ''), u.searchParams);
	seen.push({ path: url, body: result.body });
	return result;
}
async function ok(url: string) {
	const result = await get(url);
	expect(result.status, `${url}: ${JSON.stringify(result.body)}`).toBe(200);
	return result.body as Record<string, unknown> & { data?: Record<string, unknown>[] };
}

function validate(object: Record<string, unknown>) {
	const type = String(object.type);
	if (!type.startsWith('https://schema.oparl.org/1.1/')) return;
	const validator = validators.get(type.slice('https://schema.oparl.org/1.1/'.length));
	expect(validator, type).toBeDefined();
	const valid = validator!(object);
	expect(valid, `${object.id}: ${JSON.stringify(validator!.errors)}`).toBe(true);
}

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	const sg = await sgMeeting(t.db);
	sgId = sg.id;
	({ itemId: closedItemId } = await plantClosedItem(t.db, sg.id, marker));
	const { hiddenId, plannedId } = await plantHiddenAndPlannedMeetings(t.db, sg.bodyId);
	hiddenMeetingId = hiddenId;
	plannedMeetingId = plannedId;
	const [item] = await t.db
		.insert(agendaItems)
		.values({ meetingId: hiddenId, number: '1', position: 10, kind: 'orientation', title: `Punkt ${hiddenMarker}`, baggrund: hiddenMarker })
		.returning({ id: agendaItems.id });
	await t.db.insert(attachments).values({ agendaItemId: item.id, position: 1, title: `Bilag ${hiddenMarker}`, url: 'https://example.dk/skjult.pdf' });
	await t.db.insert(attachments).values({
		agendaItemId: closedItemId,
		position: 2,
		title: `Bilag 2 ${marker}`,
		url: `https://example.dk/${marker}.pdf`
	});
});
afterAll(async () => {
	await t?.close();
});

const LISTS = ['organization', 'person', 'membership', 'legislativeTerm', 'meeting', 'agendaItem', 'paper', 'consultation', 'file'];

/** Every page of a list, following `next`. */
async function allPages(first: string) {
	const data: Record<string, unknown>[] = [];
	let url: string | undefined = first;
	let pages = 0;
	while (url) {
		const page = await ok(url);
		expect(Object.keys(page).sort()).toEqual(['data', 'links', 'pagination']);
		data.push(...page.data!);
		url = (page.links as { next?: string }).next;
		pages++;
		expect(pages).toBeLessThan(200);
	}
	return data;
}

describe('the OParl objects', () => {
	it('starts at the System, which leads to the one Body and its lists', async () => {
		const system = await ok(`${ORIGIN}/oparl`);
		validate(system);
		expect(system.oparlVersion).toBe('https://schema.oparl.org/1.1/');
		const bodies = await allPages(String(system.body));
		expect(bodies).toHaveLength(1);
		const body = bodies[0];
		validate(body);
		expect(await ok(String(body.id))).toEqual(body);
		for (const list of LISTS) expect(body[list === 'legislativeTerm' ? 'legislativeTermList' : list]).toBe(`${body.id}/${list}`);
		expect((body.legislativeTerm as unknown[]).length).toBeGreaterThan(0);
	});

	it('validates every object of every list, and each object again at its own id', async () => {
		const counts: Record<string, number> = {};
		for (const list of LISTS) {
			const data = await allPages(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/${list}?limit=50`);
			counts[list] = data.length;
			for (const object of data) {
				validate(object);
				expect(typeof object.created).toBe('string');
				expect(typeof object.modified).toBe('string');
				const again = await ok(String(object.id));
				validate(again);
				expect(again).toEqual(object);
			}
		}
		for (const list of LISTS) expect(counts[list], list).toBeGreaterThan(0);
	});

	it('embeds agenda items, files, memberships and consultations that validate too', async () => {
		const meeting = await ok(`${ORIGIN}/oparl/meeting/${sgId}`);
		validate(meeting);
		const items = meeting.agendaItem as Record<string, unknown>[];
		expect(items.length).toBeGreaterThan(5);
		items.forEach(validate);
		const closed = items.find((i) => i.id === `${ORIGIN}/oparl/agendaItem/${closedItemId}`)!;
		expect(closed).toEqual({
			id: `${ORIGIN}/oparl/agendaItem/${closedItemId}`,
			type: 'https://schema.oparl.org/1.1/AgendaItem',
			meeting: `${ORIGIN}/oparl/meeting/${sgId}`,
			number: '99',
			order: 990,
			name: 'Personsag om en borger',
			public: false
		});
		const decided = items.filter((i) => i.resolutionText);
		expect(decided.length).toBeGreaterThan(0);
		expect(decided.some((i) => (i.result as string).length > 0)).toBe(true);
		const person = (await allPages(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/person`))[0];
		(person.membership as Record<string, unknown>[]).forEach(validate);
		const paper = (await allPages(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/paper`))[0];
		(paper.consultation as Record<string, unknown>[]).forEach(validate);
	});

	it('serves the extensions: offers and tariff rules with the public decisions that touched them', async () => {
		const offers = await allPages(`${ORIGIN}/oparl/tilbud`);
		expect(offers.length).toBeGreaterThan(5);
		expect(offers.every((x) => x.type === `${ORIGIN}/oparl/ns/1/Tilbud`)).toBe(true);
		const slagelse = offers.find((x) => String(x.web).endsWith('/tilbud/slagelse-tilbud-udviklingshaemmede-59-pladser'))!;
		expect((slagelse.decisions as unknown[]).length).toBeGreaterThan(0);
		const rules = await allPages(`${ORIGIN}/oparl/takstregler`);
		expect(rules.length).toBeGreaterThan(0);
		expect(rules.every((x) => x.type === `${ORIGIN}/oparl/ns/1/Takstregel` && Array.isArray(x.versions))).toBe(true);
		expect(await ok(String(rules[0].id))).toEqual(rules[0]);
		const items = await allPages(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/agendaItem?limit=500`);
		const linked = items.flatMap((i) => (i['rammeaftale:decisions'] as { tilbud?: { id: string }[] }[] | undefined) ?? []);
		expect(linked.some((d) => d.tilbud?.some((x) => x.id === slagelse.id))).toBe(true);
	});
});

describe('pages and filters', () => {
	it('pages a list with first, prev, next and last, keeping the filters', async () => {
		const all = await allPages(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/meeting?limit=500`);
		expect(all.length).toBeGreaterThan(4);
		const first = await ok(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/meeting?limit=2&modified_since=2000-01-01T00:00:00Z`);
		const links = first.links as Record<string, string>;
		const pages = Math.ceil(all.length / 2);
		expect(first.pagination).toEqual({ totalElements: all.length, elementsPerPage: 2, currentPage: 1, totalPages: pages });
		expect(links.prev).toBeUndefined();
		expect(links.next).toContain('page=2');
		expect(links.next).toContain('modified_since=');
		expect(links.next).toContain('limit=2');
		expect(links.last).toContain(`page=${pages}`);
		const second = await ok(links.next);
		expect((second.links as Record<string, string>).prev).toBe(links.first);
		const last = await ok(links.last);
		expect((last.links as Record<string, string>).next).toBeUndefined();
		const paged = await allPages(links.first);
		expect(paged.map((x) => x.id)).toEqual(all.map((x) => x.id));
	});

	it('filters by modified and created (since and until)', async () => {
		await t.db.update(meetings).set({ updatedAt: new Date('2030-05-01T10:00:00Z') }).where(eq(meetings.id, sgId));
		const since = await ok(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/meeting?modified_since=2030-01-01T00:00:00%2B01:00`);
		expect(since.data!.map((x) => x.id)).toEqual([`${ORIGIN}/oparl/meeting/${sgId}`]);
		const items = await ok(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/agendaItem?modified_since=2030-01-01T00:00:00Z&limit=500`);
		expect(items.data!.length).toBeGreaterThan(0);
		expect(items.data!.every((x) => x.meeting === `${ORIGIN}/oparl/meeting/${sgId}`)).toBe(true);
		const until = await ok(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/meeting?modified_until=2029-12-31T23:59:59Z&limit=500`);
		expect(until.data!.map((x) => x.id)).not.toContain(`${ORIGIN}/oparl/meeting/${sgId}`);
		expect((await ok(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/organization?created_until=1999-01-01T00:00:00Z`)).data).toEqual([]);
		expect((await ok(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/organization?created_since=1999-01-01T00:00:00Z`)).data!.length).toBeGreaterThan(5);
	});
});

describe('what the API never shows', () => {
	it('answers 404 JSON for a closed item, an unpublished or planned meeting, and unknown addresses', async () => {
		for (const url of [
			`${ORIGIN}/oparl/agendaItem/${closedItemId}`,
			`${ORIGIN}/oparl/meeting/${hiddenMeetingId}`,
			`${ORIGIN}/oparl/meeting/${plannedMeetingId}`,
			`${ORIGIN}/oparl/meeting/999999999`,
			`${ORIGIN}/oparl/meeting/abc`,
			`${ORIGIN}/oparl/body/et-andet`,
			`${ORIGIN}/oparl/nothing/1`
		]) {
			const result = await get(url);
			expect(result.status, url).toBe(404);
			expect(typeof (result.body as { error: string }).error).toBe('string');
		}
		const closed = await get(`${ORIGIN}/oparl/agendaItem/${closedItemId}`);
		expect((closed.body as { error: string }).error).toMatch(/lukket/);
	});

	it('leaves them out of every list', async () => {
		const meetingIds = (await allPages(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/meeting?limit=500`)).map((x) => x.id);
		expect(meetingIds).not.toContain(`${ORIGIN}/oparl/meeting/${hiddenMeetingId}`);
		expect(meetingIds).not.toContain(`${ORIGIN}/oparl/meeting/${plannedMeetingId}`);
		const itemIds = (await allPages(`${ORIGIN}/oparl/body/rammeaftale-sjaelland/agendaItem?limit=500`)).map((x) => x.id);
		expect(itemIds).not.toContain(`${ORIGIN}/oparl/agendaItem/${closedItemId}`);
	});

	it('finds the planted markers in no response at all', async () => {
		await allPages(`${ORIGIN}/oparl/tilbud`);
		await allPages(`${ORIGIN}/oparl/takstregler`);
		expect(seen.length).toBeGreaterThan(50);
		for (const { path: url, body } of seen) {
			const text = JSON.stringify(body);
			expect(text.includes(marker), url).toBe(false);
			expect(text.includes(hiddenMarker), url).toBe(false);
		}
	});
});

describe('bad input', () => {
	it('answers 400 with a Danish message for malformed filters and pages', async () => {
		const list = `${ORIGIN}/oparl/body/rammeaftale-sjaelland/meeting`;
		for (const [query, pattern] of [
			['modified_since=igår', /modified_since/],
			['created_until=2024-13-45T00:00:00Z', /created_until/],
			['modified_since=2024-02-01T00:00:00Z&modified_until=2024-01-01T00:00:00Z', /ligger efter/],
			['limit=-1', /helt tal/],
			['limit=0', /helt tal/],
			['limit=1000000000000', /helt tal/],
			['elementsPerPage=abc', /helt tal/],
			['page=-1', /helt tal/],
			['page=1000000000000', /helt tal/],
			['page=9999', /findes ikke/]
		] as const) {
			const result = await get(`${list}?${query}`);
			expect(result.status, query).toBe(400);
			expect((result.body as { error: string }).error, query).toMatch(pattern);
		}
	});

	it('sends JSON in UTF-8 with CORS open to any origin', async () => {
		const response = oparlResponse(await get(`${ORIGIN}/oparl/meeting/abc`));
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(await response.json()).toEqual({ error: expect.any(String), status: 404 });
	});
});
