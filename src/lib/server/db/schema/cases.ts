import { pgTable, text, integer, pgEnum, date, timestamp, index, unique } from 'drizzle-orm/pg-core';
import { sourceDocuments } from './sources';
import { bodies } from './bodies';
import { meetings, agendaItems } from './meetings';
import { agreementPeriods } from './municipalities';

export const caseStepStatus = pgEnum('case_step_status', ['planned', 'on_agenda', 'decided', 'skipped']);

/** A case (sag) that travels from body to body, e.g. the agreement 2023-24: SG → K17 → KKR → the councils. */
export const cases = pgTable('cases', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	slug: text().notNull().unique(),
	title: text().notNull(),
	description: text().notNull().default(''),
	agreementPeriodId: integer().references(() => agreementPeriods.id),
	/** A final deadline, e.g. the councils' approval by 1 December. */
	deadline: date(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	source: text().references(() => sourceDocuments.slug)
});

/** One step of a case at one body, ordered; linked to the meeting and item once it is on an agenda. */
export const caseSteps = pgTable(
	'case_steps',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		caseId: integer()
			.notNull()
			.references(() => cases.id, { onDelete: 'cascade' }),
		position: integer().notNull(),
		bodyId: integer()
			.notNull()
			.references(() => bodies.id),
		meetingId: integer().references(() => meetings.id),
		agendaItemId: integer().references(() => agendaItems.id),
		status: caseStepStatus().notNull().default('planned'),
		dueOn: date(),
		note: text().notNull().default(''),
		source: text().references(() => sourceDocuments.slug)
	},
	(t) => [unique('case_steps_case_position').on(t.caseId, t.position), index('case_steps_body_idx').on(t.bodyId)]
);
