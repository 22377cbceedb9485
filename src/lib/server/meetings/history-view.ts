// A meeting's change log in words, for the meeting page: "Flyttet fra fredag 12. august 2032 kl. 9.00–12.00 til …",
// "Sted: Roskilde → Næstved". Each row stores only the fields that changed, so the full before/after of a move
// (date and times together) is rebuilt by walking back from the meeting as it is now.
import type { MeetingFieldChange } from '../db/schema';
import type { Db } from '../db/types';
import { formatMeetingTime, formatWeekdayDate, type DateLocale } from '$lib/format/date';
import { labels } from '$lib/format/labels';
import { m } from '$lib/paraglide/messages';
import {
	copenhagenInstant,
	getMeetingForEdit,
	meetingHistory,
	type MeetingChangeKind,
	type MeetingHistoryEntry,
	type RecordedValues
} from './manage';

export interface HistoryView {
	at: Date;
	kind: MeetingChangeKind;
	/** The user's name for staff viewers; "Sekretariatet" for everyone else. */
	who: string;
	lines: string[];
}

type FieldName = keyof RecordedValues;
const TIMING: FieldName[] = ['date', 'startTime', 'endTime'];
const DESCRIBED: Exclude<FieldName, 'date' | 'startTime' | 'endTime'>[] = [
	'body',
	'place',
	'isVirtual',
	'virtualUrl',
	'status',
	'isPublic',
	'note'
];

const fieldLabel: Record<(typeof DESCRIBED)[number], () => string> = {
	body: m.meeting_history_field_body,
	place: m.meeting_history_field_place,
	isVirtual: m.meeting_history_field_isVirtual,
	virtualUrl: m.meeting_history_field_virtualUrl,
	status: m.meeting_history_field_status,
	isPublic: m.meeting_history_field_isPublic,
	note: m.meeting_history_field_note
};

const STATUS_LABELS: Record<string, () => string> = {
	planned: m.meeting_status_option_planned,
	agenda_published: m.meeting_status_option_agenda_published,
	held: m.meeting_status_option_held,
	cancelled: m.meeting_status_option_cancelled
};

function valueText(field: FieldName, value: MeetingFieldChange['from']): string {
	if (value === null || value === '') return m.meeting_history_empty();
	if (typeof value === 'boolean') return value ? m.meeting_history_yes() : m.meeting_history_no();
	if (field === 'status') {
		const label = STATUS_LABELS[String(value)];
		return label ? label() : value === 'minutes_published' ? labels.meetingStatus('minutes_published') : String(value);
	}
	return String(value);
}

function whenText(values: Pick<RecordedValues, 'date' | 'startTime' | 'endTime'>, locale: DateLocale): string {
	if (!values.startTime) return formatWeekdayDate(values.date, locale);
	const end = values.endTime ? copenhagenInstant(values.date, values.endTime) : null;
	return formatMeetingTime(copenhagenInstant(values.date, values.startTime), end, locale);
}

function apply(values: RecordedValues, changes: Record<string, MeetingFieldChange>, side: 'from' | 'to'): RecordedValues {
	const next = { ...values } as Record<string, unknown>;
	for (const [field, change] of Object.entries(changes)) if (field in next) next[field] = change[side];
	return next as unknown as RecordedValues;
}

/** The change log in words, oldest first; `current` is the meeting as it is now. */
export function describeHistory(
	current: RecordedValues,
	history: MeetingHistoryEntry[],
	options: { showNames: boolean; locale: DateLocale }
): HistoryView[] {
	const views: HistoryView[] = [];
	let after = current;
	for (let i = history.length - 1; i >= 0; i--) {
		const entry = history[i];
		const before = apply(after, entry.changes, 'from');
		const lines: string[] = [];
		if (entry.kind === 'created') {
			lines.push(m.meeting_history_created());
		} else {
			if (entry.kind === 'cancelled') lines.push(m.meeting_history_cancelled());
			if (TIMING.some((field) => field in entry.changes) && before.date) {
				lines.push(
					m.meeting_history_moved({
						from: whenText(before, options.locale),
						to: whenText(after, options.locale)
					})
				);
			}
			for (const field of DESCRIBED) {
				const change = entry.changes[field];
				if (!change || (field === 'status' && entry.kind === 'cancelled' && change.to === 'cancelled')) continue;
				lines.push(
					m.meeting_history_field({
						field: fieldLabel[field](),
						from: valueText(field, change.from),
						to: valueText(field, change.to)
					})
				);
			}
		}
		const who = options.showNames && entry.user ? entry.user.name : m.meeting_history_by_secretariat();
		views.unshift({ at: entry.at, kind: entry.kind, who, lines });
		after = before;
	}
	return views;
}

/** A meeting's change log for the meeting page; names of who changed what only for staff. */
export async function meetingHistoryView(
	db: Db,
	meetingId: number,
	options: { showNames: boolean; locale: DateLocale }
): Promise<HistoryView[]> {
	const [meeting, history] = await Promise.all([getMeetingForEdit(db, meetingId), meetingHistory(db, meetingId)]);
	if (!meeting || history.length === 0) return [];
	return describeHistory(meeting.values, history, options);
}
