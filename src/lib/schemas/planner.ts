// The planner's forms (src/routes/(app)/kalender/planlaeg): shared by the pages and the store
// (src/lib/server/calendar/planner-store.ts), which parses its input again so nothing invalid is ever written.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const PLAN_BASES = ['kkr', 'k17'] as const;
export const PLACE_MAX = 200;
/** Enough for 30 dates in any accepted form, with separators and blank lines. */
export const PLAN_TEXT_MAX = 2000;

/** The form fields of one proposal, each with an id of its own on the plan page (the error summary links to it). */
export type ProposalField = 'date' | 'start' | 'end' | 'virtual' | 'place';

export const proposalFieldId = (proposalId: number, field: ProposalField) => `forslag-${proposalId}-${field}`;

/** The planner's form on /kalender/planlaeg: which meetings the dates are for, and the dates. */
export const createPlanSchema = () =>
	z.object({
		basis: z.enum(PLAN_BASES, { error: () => m.planner_error_basis() }),
		/** The dates as typed: one per line (or separated by commas or semicolons). */
		dates: z
			.string({ error: () => m.planner_error_dates_empty() })
			.max(PLAN_TEXT_MAX, { error: () => m.planner_error_text_long({ max: PLAN_TEXT_MAX }) })
	});

const blankToNull = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? null : value;

/** "9", "9.00", "09:00" → "09:00"; minutes must be whole. */
export function normalizeTime(value: string): string | null {
	const match = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(value.trim());
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2] ?? '0');
	if (hours > 23 || minutes > 59) return null;
	return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const timeField = () =>
	z.preprocess(
		blankToNull,
		z
			.string()
			.transform((value, ctx) => {
				const time = normalizeTime(value);
				if (time === null) {
					ctx.addIssue({ code: 'custom', message: m.planner_error_time_format() });
					return z.NEVER;
				}
				return time;
			})
			.nullable()
	);

/**
 * One proposal's changes: the date as the secretariat writes it ("16/5-2031" or "2031-05-16"; the store reads it
 * with the planner's date parser), start and end time (both or neither), virtual, place.
 */
export const proposalEditSchema = () =>
	z
		.object({
			date: z
				.string({ error: () => m.planner_error_date_one() })
				.trim()
				.min(1, { error: () => m.planner_error_date_one() })
				.max(40, { error: () => m.planner_error_date_one() }),
			startTime: timeField(),
			endTime: timeField(),
			isVirtual: z.preprocess((value) => value === true || value === 'on', z.boolean()),
			place: z.preprocess(
				(value) => blankToNull(value) ?? '',
				z
					.string()
					.trim()
					.max(PLACE_MAX, { error: () => m.error_field_too_long({ max: PLACE_MAX }) })
			)
		})
		.superRefine((value, ctx) => {
			if (typeof value.startTime === 'string' && value.endTime === null) {
				ctx.addIssue({ code: 'custom', path: ['endTime'], message: m.planner_error_times_both() });
			} else if (value.startTime === null && typeof value.endTime === 'string') {
				ctx.addIssue({ code: 'custom', path: ['startTime'], message: m.planner_error_times_both() });
			} else if (typeof value.startTime === 'string' && typeof value.endTime === 'string' && value.endTime <= value.startTime) {
				ctx.addIssue({ code: 'custom', path: ['endTime'], message: m.planner_error_time_order() });
			}
		});
export type ProposalEditInput = z.input<ReturnType<typeof proposalEditSchema>>;
export type ProposalEdits = z.output<ReturnType<typeof proposalEditSchema>>;
