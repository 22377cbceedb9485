// The meeting form (create, edit, reschedule): shared by the routes, which parse the posted strings, and the
// domain module src/lib/server/meetings/manage.ts, which parses its input again so that nothing invalid is written.
// Each message names the rule that was broken.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** The statuses the secretariat sets; `minutes_published` is set only by the agenda lifecycle. */
export const MANAGED_STATUSES = ['planned', 'agenda_published', 'held', 'cancelled'] as const;

export const PLACE_MAX = 300;
export const URL_MAX = 2000;
export const MEETING_NOTE_MAX = 2000;

/** The fields of the meeting form, in the order the form shows them (also the ids of its inputs). */
export const MEETING_FIELDS = [
	'bodyId',
	'date',
	'startTime',
	'endTime',
	'isVirtual',
	'place',
	'virtualUrl',
	'status',
	'isPublic',
	'note'
] as const;

const evenWithFieldErrors = {
	when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null
};

const blankToNull = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? null : value;

/** A checkbox posts "on" when ticked and nothing otherwise; domain callers pass booleans. */
const checkbox = () => z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeField = () =>
	z.preprocess(
		(value) => {
			const v = blankToNull(value);
			// "9:00" is what people type where the browser shows a text field.
			return typeof v === 'string' && /^\d:\d\d$/.test(v.trim()) ? `0${v.trim()}` : typeof v === 'string' ? v.trim() : v;
		},
		z.string({ error: () => m.meeting_error_time() }).regex(TIME, { error: () => m.meeting_error_time() }).nullable()
	);

const text = (max: number) =>
	z.preprocess(
		(value) => blankToNull(value) ?? '',
		z
			.string()
			.trim()
			.max(max, { error: () => m.error_field_too_long({ max }) })
	);

const isHttpUrl = (value: string) => {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
	} catch {
		return false;
	}
};

/** A meeting as the secretariat enters it: date and times in Europe/Copenhagen. */
export const meetingSchema = () =>
	z
		.object({
			bodyId: z.coerce
				.number({ error: () => m.meeting_error_body() })
				.int({ error: () => m.meeting_error_body() })
				.positive({ error: () => m.meeting_error_body() })
				.max(2_147_483_647, { error: () => m.meeting_error_body() }),
			date: z.iso.date({ error: () => m.meeting_error_date() }),
			startTime: timeField(),
			endTime: timeField(),
			isVirtual: checkbox(),
			place: text(PLACE_MAX),
			virtualUrl: z.preprocess(
				(value) => (typeof value === 'string' ? blankToNull(value.trim()) : blankToNull(value)),
				z
					.string()
					.max(URL_MAX, { error: () => m.error_field_too_long({ max: URL_MAX }) })
					.refine(isHttpUrl, { error: () => m.meeting_error_url() })
					.nullable()
			),
			status: z.enum(MANAGED_STATUSES, { error: () => m.meeting_error_status() }),
			isPublic: checkbox(),
			note: text(MEETING_NOTE_MAX)
		})
		.superRefine((value, ctx) => {
			const start = typeof value.startTime === 'string' ? value.startTime : null;
			const end = typeof value.endTime === 'string' ? value.endTime : null;
			if (start && !end && value.endTime === null) {
				ctx.addIssue({ code: 'custom', path: ['endTime'], message: m.meeting_error_time_pair() });
			}
			if (end && !start && value.startTime === null) {
				ctx.addIssue({ code: 'custom', path: ['startTime'], message: m.meeting_error_time_pair() });
			}
			if (start && end && TIME.test(start) && TIME.test(end) && end <= start) {
				ctx.addIssue({ code: 'custom', path: ['endTime'], message: m.meeting_error_end_order() });
			}
		}, evenWithFieldErrors);

export type MeetingSchemaOutput = z.output<ReturnType<typeof meetingSchema>>;

/** Cancelling: an optional note that says why ("Aflyst: for få punkter"). */
export const cancelMeetingSchema = () => z.object({ note: text(MEETING_NOTE_MAX) });

/** The meeting form's values as the inputs hold them (strings; a ticked checkbox is "on"). */
export type MeetingFormValues = Record<(typeof MEETING_FIELDS)[number], string>;

/** A meeting (or the defaults for a new one) as form values. */
export function meetingFormValues(value: {
	bodyId?: number | null;
	date: string;
	startTime: string | null;
	endTime: string | null;
	place: string;
	virtualUrl: string | null;
	isVirtual: boolean;
	status: string;
	isPublic: boolean;
	note: string;
}): MeetingFormValues {
	return {
		bodyId: value.bodyId ? String(value.bodyId) : '',
		date: value.date,
		startTime: value.startTime ?? '',
		endTime: value.endTime ?? '',
		isVirtual: value.isVirtual ? 'on' : '',
		place: value.place,
		virtualUrl: value.virtualUrl ?? '',
		status: value.status,
		isPublic: value.isPublic ? 'on' : '',
		note: value.note
	};
}
