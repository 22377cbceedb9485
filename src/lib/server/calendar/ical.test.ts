import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { copenhagen } from '../db/seed/data/calendar';
import { buildIcs, type FeedMeeting } from './ical';
import type { Deadline } from './deadlines';

const ORIGIN = 'https://rammeaftale.example';

let nextId = 100;
function meeting(date: `${number}-${number}-${number}`, extra: Partial<FeedMeeting> = {}): FeedMeeting {
	return {
		id: nextId++,
		body: { name: 'Styregruppen for Rammeaftale Sjælland', shortName: 'Styregruppen' },
		startsAt: copenhagen(date, 9),
		endsAt: copenhagen(date, 12),
		timeKnown: true,
		place: 'Roskilde',
		isVirtual: false,
		status: 'planned',
		sequence: 0,
		updatedAt: new Date('2031-01-05T10:00:00Z'),
		...extra
	};
}

const deadline: Deadline = {
	key: 'agreement-approval-2032',
	date: '2032-12-01',
	title: 'Rammeaftale 2033-34 godkendt i de 17 kommunalbestyrelser og regionsrådet',
	rule: 'Rammeaftalen skal godkendes senest 1. december hvert andet år (BEK 378/2024)',
	source: 'Bekendtgørelse om rammeaftaler, § 5',
	who: 'De 17 kommunalbestyrelser og regionsrådet',
	href: '/kalender/godkendelser'
};

/** Parses the feed as a subscribing client would, with the feed's own VTIMEZONE registered. */
function parse(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	ICAL.TimezoneService.reset();
	for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
	const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
	const byUid = (uid: string) => {
		const found = events.find((e) => e.event.uid === uid);
		if (!found) throw new Error(`no event ${uid}`);
		return found;
	};
	return { calendar, events, byUid };
}

describe('buildIcs', () => {
	it('writes a VTIMEZONE for Europe/Copenhagen whose TZID the timed events use', () => {
		const ics = buildIcs({ name: 'Møder', meetings: [meeting('2031-03-28')], deadlines: [], origin: ORIGIN });
		const { calendar, events } = parse(ics);
		const zones = calendar.getAllSubcomponents('vtimezone');
		expect(zones).toHaveLength(1);
		expect(zones[0].getFirstPropertyValue('tzid')).toBe('Europe/Copenhagen');
		expect(events[0].vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Copenhagen');
		expect(events[0].vevent.getFirstProperty('dtend')?.getParameter('tzid')).toBe('Europe/Copenhagen');
		expect(ics).toContain('BEGIN:VCALENDAR\r\n');
		expect(ics).not.toContain('Europe/Berlin');
	});

	// 2031: summer time from Sunday 30 March, winter time from Sunday 26 October.
	it.each([
		['2031-03-28', '2031-03-28T08:00:00.000Z', '2031-03-28T11:00:00.000Z'], // Friday before: CET
		['2031-03-30', '2031-03-30T07:00:00.000Z', '2031-03-30T10:00:00.000Z'], // the change day: CEST by 9
		['2031-04-04', '2031-04-04T07:00:00.000Z', '2031-04-04T10:00:00.000Z'], // a week later: CEST
		['2031-10-24', '2031-10-24T07:00:00.000Z', '2031-10-24T10:00:00.000Z'], // Friday before: CEST
		['2031-10-26', '2031-10-26T08:00:00.000Z', '2031-10-26T11:00:00.000Z'], // the change day: CET by 9
		['2031-10-31', '2031-10-31T08:00:00.000Z', '2031-10-31T11:00:00.000Z'] // a week later: CET
	] as const)('a 9-12 meeting on %s is 9.00-12.00 local, %s to %s', (date, startUtc, endUtc) => {
		const m = meeting(date);
		const ics = buildIcs({ name: 'Møder', meetings: [m], deadlines: [], origin: ORIGIN });
		const compact = date.replaceAll('-', '');
		expect(ics).toContain(`DTSTART;TZID=Europe/Copenhagen:${compact}T090000\r\n`);
		expect(ics).toContain(`DTEND;TZID=Europe/Copenhagen:${compact}T120000\r\n`);
		const { event } = parse(ics).byUid(`meeting-${m.id}@rammeaftale-sjaelland`);
		expect(event.startDate.toString()).toBe(`${date}T09:00:00`);
		expect(event.endDate.toString()).toBe(`${date}T12:00:00`);
		expect(event.startDate.toJSDate().toISOString()).toBe(startUtc);
		expect(event.endDate.toJSDate().toISOString()).toBe(endUtc);
	});

	it('writes a date-only meeting and a deadline as all-day events (DTEND the next day)', () => {
		const dateOnly = meeting('2031-10-26', { timeKnown: false, startsAt: copenhagen('2031-10-26', 0), endsAt: null });
		const ics = buildIcs({ name: 'Møder', meetings: [dateOnly], deadlines: [deadline], origin: ORIGIN });
		expect(ics).toContain('DTSTART;VALUE=DATE:20311026\r\n');
		expect(ics).toContain('DTEND;VALUE=DATE:20311027\r\n');
		const { byUid, calendar } = parse(ics);
		const m = byUid(`meeting-${dateOnly.id}@rammeaftale-sjaelland`).event;
		expect(m.startDate.isDate).toBe(true);
		expect(m.startDate.toString()).toBe('2031-10-26');
		expect(m.endDate.toString()).toBe('2031-10-27');
		const d = byUid('deadline-agreement-approval-2032@rammeaftale-sjaelland');
		expect(d.event.startDate.isDate).toBe(true);
		expect(d.event.startDate.toString()).toBe('2032-12-01');
		expect(d.event.endDate.toString()).toBe('2032-12-02');
		expect(d.event.summary).toBe(`Frist: ${deadline.title}`);
		expect(d.event.description).toContain(`Regel: ${deadline.rule}`);
		expect(d.event.description).toContain(`Kilde: ${deadline.source}`);
		expect(d.event.description).toContain(`Hvem: ${deadline.who}`);
		expect(d.vevent.getFirstPropertyValue('url')).toBe(`${ORIGIN}/kalender/godkendelser`);
		// No timed event, so no time zone is needed.
		expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
	});

	it('keeps the UID of a changed meeting and carries its higher SEQUENCE and change time', () => {
		const before = meeting('2031-03-28');
		const after = {
			...before,
			startsAt: copenhagen('2031-04-04', 9),
			endsAt: copenhagen('2031-04-04', 12),
			sequence: 3,
			updatedAt: new Date('2031-02-01T12:30:00Z')
		};
		const first = parse(buildIcs({ name: 'Møder', meetings: [before], deadlines: [], origin: ORIGIN })).events[0];
		const second = parse(buildIcs({ name: 'Møder', meetings: [after], deadlines: [], origin: ORIGIN })).events[0];
		expect(second.event.uid).toBe(first.event.uid);
		expect(first.event.uid).toBe(`meeting-${before.id}@rammeaftale-sjaelland`);
		expect(first.event.sequence).toBe(0);
		expect(second.event.sequence).toBe(3);
		// DTSTAMP and LAST-MODIFIED in UTC (the Z form), from updatedAt.
		const raw = buildIcs({ name: 'Møder', meetings: [after], deadlines: [], origin: ORIGIN });
		expect(raw).toContain('DTSTAMP:20310201T123000Z\r\n');
		expect(raw).toContain('LAST-MODIFIED:20310201T123000Z\r\n');
	});

	it('maps the status: cancelled, convened/held, planned', () => {
		const planned = meeting('2031-05-02');
		const convened = meeting('2031-05-09', { status: 'agenda_published' });
		const held = meeting('2031-05-16', { status: 'minutes_published' });
		const cancelled = meeting('2031-05-23', { status: 'cancelled' });
		const { byUid } = parse(
			buildIcs({ name: 'Møder', meetings: [planned, convened, held, cancelled], deadlines: [], origin: ORIGIN })
		);
		const status = (m: FeedMeeting) => byUid(`meeting-${m.id}@rammeaftale-sjaelland`).vevent.getFirstPropertyValue('status');
		expect(status(planned)).toBe('TENTATIVE');
		expect(status(convened)).toBe('CONFIRMED');
		expect(status(held)).toBe('CONFIRMED');
		expect(status(cancelled)).toBe('CANCELLED');
	});

	it('names the body, links back to the meeting page and says where; a virtual link only when given', () => {
		const inRoskilde = meeting('2031-06-06');
		const virtual = meeting('2031-06-13', {
			place: '',
			isVirtual: true,
			virtualUrl: 'https://teams.example/møde',
			body: { name: 'K17', shortName: null }
		});
		const { byUid } = parse(buildIcs({ name: 'Møder', meetings: [inRoskilde, virtual], deadlines: [], origin: `${ORIGIN}/` }));
		const a = byUid(`meeting-${inRoskilde.id}@rammeaftale-sjaelland`);
		expect(a.event.summary).toBe('Styregruppen: møde');
		expect(a.event.location).toBe('Roskilde');
		expect(a.vevent.getFirstPropertyValue('url')).toBe(`${ORIGIN}/moeder/${inRoskilde.id}`);
		expect(a.event.description).not.toContain('virtuelle');
		const b = byUid(`meeting-${virtual.id}@rammeaftale-sjaelland`);
		expect(b.event.summary).toBe('K17: møde');
		expect(b.event.location).toBe('Virtuelt møde');
		expect(b.event.description).toContain('https://teams.example/møde');
	});

	it('escapes commas, semicolons and newlines in places, names and titles', () => {
		const tricky = meeting('2031-09-05', {
			place: 'Roskilde Rådhus, Rådhusbuen 1; mødelokale 2\nindgang B',
			body: { name: 'Netværk, børn; unge', shortName: 'Netværk, børn; unge\nog familier' }
		});
		const ics = buildIcs({
			name: 'Rammeaftale Sjælland, alle møder; offentlige',
			meetings: [tricky],
			deadlines: [{ ...deadline, title: 'Frist, med; tegn\nog linjeskift' }],
			origin: ORIGIN
		});
		expect(ics).toContain('LOCATION:Roskilde Rådhus\\, Rådhusbuen 1\\; mødelokale 2\\nindgang B');
		// NAME (RFC 7986) is TEXT: ical.js does not know it, so the raw line is checked.
		expect(ics).toContain('\r\nNAME:Rammeaftale Sjælland\\, alle møder\\; offentlige\r\n');
		expect(ics).toContain('\r\nX-WR-CALNAME:Rammeaftale Sjælland\\, alle møder\\; offentlige\r\n');
		const { byUid } = parse(ics);
		const e = byUid(`meeting-${tricky.id}@rammeaftale-sjaelland`).event;
		expect(e.location).toBe('Roskilde Rådhus, Rådhusbuen 1; mødelokale 2\nindgang B');
		expect(e.summary).toBe('Netværk, børn; unge\nog familier: møde');
		expect(byUid('deadline-agreement-approval-2032@rammeaftale-sjaelland').event.summary).toBe(
			'Frist: Frist, med; tegn\nog linjeskift'
		);
	});

	it('gives the same local times whatever the server time zone (TZDate, not the process clock)', () => {
		const previous = process.env.TZ;
		try {
			process.env.TZ = 'America/New_York';
			const ics = buildIcs({ name: 'Møder', meetings: [meeting('2031-04-04')], deadlines: [], origin: ORIGIN });
			expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20310404T090000\r\n');
		} finally {
			if (previous === undefined) delete process.env.TZ;
			else process.env.TZ = previous;
		}
	});
});
