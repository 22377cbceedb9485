// What the agenda editor page needs besides the live document: the meeting, the phase of its agenda, the small
// id/label lists for the link pickers, and the body's standard frame for "add an item from the standard frame".
// The document itself comes over the co-editing WebSocket, never through this load.
import { and, asc, eq, gt } from 'drizzle-orm';
import { bodies, cases, focusAreas, meetings, municipalities, networkGroups, offers, tariffRules } from '../db/schema';
import type { Db } from '../db/types';
import type { LinkType } from '$lib/collab/agenda/model';
import type { NewItem } from '$lib/collab/agenda/ops';
import { agendaState, type AgendaPhase } from './document';
import { meetingHeader, type MeetingHeader } from './versions';
import { standardFrame } from './standard-frame';

export interface PickerOption {
	id: number;
	label: string;
}

export interface EditorPage {
	meeting: MeetingHeader;
	phase: AgendaPhase;
	/** Link targets by link type, in the order the pickers list them. */
	links: Record<LinkType, PickerOption[]>;
	cases: PickerOption[];
	/** The standard frame's entries (with the next meeting's date), offered as templates for a new item. */
	frame: NewItem[];
}

export async function linkOptions(db: Db): Promise<Record<LinkType, PickerOption[]>> {
	const [offerRows, ruleRows, areaRows, groupRows, municipalityRows] = await Promise.all([
		db.select({ id: offers.id, label: offers.name }).from(offers).orderBy(asc(offers.name)),
		db
			.select({ id: tariffRules.id, title: tariffRules.title, section: tariffRules.section })
			.from(tariffRules)
			.orderBy(asc(tariffRules.section), asc(tariffRules.position), asc(tariffRules.id)),
		db
			.select({ id: focusAreas.id, number: focusAreas.number, title: focusAreas.title, period: focusAreas.periodLabel })
			.from(focusAreas)
			.orderBy(asc(focusAreas.agreementPeriodId), asc(focusAreas.number)),
		db
			.select({ id: networkGroups.id, label: bodies.name })
			.from(networkGroups)
			.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
			.orderBy(asc(bodies.name)),
		db.select({ id: municipalities.id, label: municipalities.name }).from(municipalities).orderBy(asc(municipalities.name))
	]);
	return {
		offer: offerRows,
		tariffRule: ruleRows.map((r) => ({ id: r.id, label: `${r.section}: ${r.title}` })),
		focusArea: areaRows.map((a) => ({ id: a.id, label: `${a.number}. ${a.title} (${a.period})` })),
		networkGroup: groupRows,
		municipality: municipalityRows
	};
}

/** Everything the editor page loads for a meeting; null when the meeting does not exist. */
export async function editorPage(db: Db, meetingId: number): Promise<EditorPage | null> {
	const [meeting, state] = await Promise.all([meetingHeader(db, meetingId), agendaState(db, meetingId)]);
	if (!meeting || !state) return null;
	const [links, caseRows, [next]] = await Promise.all([
		linkOptions(db),
		db.select({ id: cases.id, label: cases.title }).from(cases).orderBy(asc(cases.title)),
		db
			.select({ startsAt: meetings.startsAt, timeKnown: meetings.timeKnown })
			.from(meetings)
			.where(and(eq(meetings.bodyId, meeting.body.id), gt(meetings.startsAt, meeting.startsAt)))
			.orderBy(asc(meetings.startsAt))
			.limit(1)
	]);
	return { meeting, phase: state.phase, links, cases: caseRows, frame: standardFrame(next ?? null) };
}
