// The municipalities' yearly supply-and-demand survey (udbud og efterspørgsel, rammeaftale 2021-22 hovedbilag:
// "Hvert år udsendes spørgeskema …"): the secretariat opens one per year, each municipality answers for itself.
import { sql } from 'drizzle-orm';
import { pgTable, text, integer, jsonb, timestamp, unique, date } from 'drizzle-orm/pg-core';
import { users } from './users';
import { municipalities } from './municipalities';
import { reminderKind } from './reminder-kind';

export type DemandExpectation = 'up' | 'same' | 'down';

/** A municipality's answer for one target group. */
export interface TargetGroupAnswer {
	demand: DemandExpectation | null;
	/** Places the municipality expects to buy next year; null = not answered. */
	places: number | null;
	/** Offers planned to open or close (free text). */
	opening: string;
	closing: string;
}

/** The five parts of the survey (the hovedbilag's "Skemaet er opdelt i"), free text each. */
export type SurveyPart = 'balance' | 'plans' | 'prevention' | 'trends' | 'changes';

export interface SurveyAnswers {
	/** Keyed by target group, as the survey lists them. */
	groups: Record<string, TargetGroupAnswer>;
	parts: Record<SurveyPart, string>;
}

export const surveys = pgTable('surveys', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	year: integer().notNull().unique(),
	/** The last day to answer. */
	deadline: date().notNull(),
	/** The target groups asked about, fixed when the survey is opened. */
	targetGroups: jsonb().$type<string[]>().notNull(),
	/** Set while the secretariat has reopened the survey after its deadline: answers are taken again. */
	reopenedAt: timestamp({ withTimezone: true }),
	openedBy: integer().references(() => users.id, { onDelete: 'set null' }),
	openedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

export const surveyAnswers = pgTable(
	'survey_answers',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		surveyId: integer()
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		municipalityId: integer()
			.notNull()
			.references(() => municipalities.id),
		status: text({ enum: ['draft', 'submitted'] }).notNull().default('draft'),
		answers: jsonb().$type<SurveyAnswers>().notNull(),
		updatedBy: integer().references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		submittedBy: integer().references(() => users.id, { onDelete: 'set null' }),
		submittedAt: timestamp({ withTimezone: true })
	},
	(t) => [unique('survey_answers_one_per_municipality').on(t.surveyId, t.municipalityId)]
);

/** Reminders to the contacts of a municipality that has not submitted, each claimed once. */
export const surveyReminders = pgTable(
	'survey_reminders',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		surveyId: integer()
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		municipalityId: integer()
			.notNull()
			.references(() => municipalities.id),
		kind: reminderKind().notNull(),
		dueOn: date().notNull(),
		recipients: text().array().notNull().default(sql`'{}'::text[]`),
		claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true })
	},
	(t) => [unique('survey_reminders_once').on(t.surveyId, t.municipalityId, t.kind, t.dueOn)]
);
