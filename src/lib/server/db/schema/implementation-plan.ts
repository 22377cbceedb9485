import { pgTable, text, integer, pgEnum, date, numeric, timestamp, unique, index, boolean, jsonb, primaryKey } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { sourceDocuments } from './sources';
import { municipalities, agreementPeriods } from './municipalities';
import { users } from './users';
import { bodies, people } from './bodies';
import { decisions } from './decisions';
import { focusAreas } from './focus-areas';
import { reminderKind } from './reminder-kind';
import { tsvector } from './tsvector';

export const initiativeStatus = pgEnum('initiative_status', ['planned', 'in_progress', 'done', 'paused', 'stopped']);
/** Who owns an initiative: a body (Direktør- og Chefforum, a network group), a municipality or a person. */
export const initiativeOwnerKind = pgEnum('initiative_owner_kind', ['body', 'municipality', 'person']);
/** What a decision did to an initiative (Direktør- og Chefforum approves, starts and closes them). */
export const initiativeDecisionRole = pgEnum('initiative_decision_role', ['approved', 'started', 'changed', 'paused', 'stopped', 'closed']);

/** One of the three shared principles (fælleskommunale principper) of the 2025 programme. */
export const principles = pgTable('principles', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	number: integer().notNull().unique(),
	title: text().notNull(),
	description: text().notNull().default(''),
	agreementPeriodId: integer().references(() => agreementPeriods.id),
	source: text().references(() => sourceDocuments.slug)
});

/** One of the seven areas of effort (indsatsområder) under the principles, numbered 1-7 across them. */
export const effortAreas = pgTable('effort_areas', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	principleId: integer()
		.notNull()
		.references(() => principles.id, { onDelete: 'cascade' }),
	number: integer().notNull().unique(),
	title: text().notNull(),
	description: text().notNull().default(''),
	source: text().references(() => sourceDocuments.slug)
});

/** An initiative (prøvehandling) of the implementation plan under an area of effort. */
export const initiatives = pgTable(
	'initiatives',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		effortAreaId: integer().references(() => effortAreas.id),
		title: text().notNull(),
		description: text().notNull().default(''),
		/** The owner in words, as the source names it; the structured owner below when the secretariat set one. */
		owner: text().notNull().default(''),
		ownerKind: initiativeOwnerKind(),
		ownerBodyId: integer().references(() => bodies.id),
		ownerMunicipalityId: integer().references(() => municipalities.id),
		ownerPersonId: integer().references(() => people.id),
		startsOn: date(),
		deadline: date(),
		resources: text().notNull().default(''),
		status: initiativeStatus().notNull().default('planned'),
		/** Rises by one per saved change: a save from an older version is refused (optimistic locking). */
		version: integer().notNull().default(1),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedBy: integer().references(() => users.id, { onDelete: 'set null' }),
		source: text().references(() => sourceDocuments.slug),
		/** Full-text search: the title (A) above description, owner and resources (B). */
		searchVector: tsvector()
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', description || ' ' || owner || ' ' || resources), 'B')`
			)
	},
	(t) => [index('initiatives_effort_area_idx').on(t.effortAreaId)]
);

/** A milestone of an initiative: a date to reach, and when it was reached. */
export const initiativeMilestones = pgTable(
	'initiative_milestones',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		initiativeId: integer()
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		dueOn: date().notNull(),
		doneOn: date()
	},
	(t) => [index('initiative_milestones_initiative_idx').on(t.initiativeId)]
);

/** The decisions behind an initiative, with what each did to it. */
export const initiativeDecisions = pgTable(
	'initiative_decisions',
	{
		initiativeId: integer()
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		decisionId: integer()
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		role: initiativeDecisionRole().notNull()
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.decisionId] })]
);

/** The focus areas an initiative serves. */
export const initiativeFocusAreas = pgTable(
	'initiative_focus_areas',
	{
		initiativeId: integer()
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		focusAreaId: integer()
			.notNull()
			.references(() => focusAreas.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.focusAreaId] })]
);

/** Every change of an initiative: who, when, the fields changed (old → new), and the decision it follows from. */
export const initiativeHistory = pgTable(
	'initiative_history',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		initiativeId: integer()
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		changedBy: integer().references(() => users.id, { onDelete: 'set null' }),
		changes: jsonb().$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
		decisionId: integer().references(() => decisions.id, { onDelete: 'set null' }),
		note: text().notNull().default('')
	},
	(t) => [index('initiative_history_initiative_idx').on(t.initiativeId, t.changedAt)]
);

/** How often municipalities report an indicator; its periods are "2025", "2025-H1" or "2025-Q1". */
export const indicatorFrequency = pgEnum('indicator_frequency', ['year', 'half', 'quarter']);
/** Which way is better. */
export const indicatorDirection = pgEnum('indicator_direction', ['higher', 'lower']);
/** The programme's three purposes (formål) an indicator can follow. */
export const programmePurpose = pgEnum('programme_purpose', ['competition', 'costs', 'quality']);

/** An indicator chosen to follow the programme's purposes; municipalities report measurements. */
export const indicators = pgTable('indicators', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	slug: text().notNull().unique(),
	title: text().notNull(),
	/** The definition: what is counted, how, and from which source. */
	description: text().notNull().default(''),
	unit: text().notNull().default(''),
	direction: indicatorDirection().notNull().default('higher'),
	baseline: numeric({ mode: 'number' }),
	baselinePeriod: text(),
	target: numeric({ mode: 'number' }),
	targetDate: date(),
	frequency: indicatorFrequency().notNull().default('year'),
	/** The range a reported value must lie in (e.g. 0-100 for a percentage); null = no bound. */
	minValue: numeric({ mode: 'number' }),
	maxValue: numeric({ mode: 'number' }),
	purpose: programmePurpose(),
	effortAreaId: integer().references(() => effortAreas.id),
	/** Fictional, loaded only with DEMO_DATA=on, and labelled as demo wherever it shows. */
	isDemo: boolean().notNull().default(false),
	createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
	source: text().references(() => sourceDocuments.slug)
});

/** A municipality's figure for an indicator in a period (e.g. "2025" or "2025-H1"). */
export const measurements = pgTable(
	'measurements',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		indicatorId: integer()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		municipalityId: integer()
			.notNull()
			.references(() => municipalities.id),
		period: text().notNull(),
		value: numeric({ mode: 'number' }).notNull(),
		comment: text().notNull().default(''),
		reportedBy: integer().references(() => users.id),
		reportedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('measurements_one_per_period').on(t.indicatorId, t.municipalityId, t.period)]
);

/** Reminders to the contacts of a municipality that has not reported an indicator's period, each claimed once. */
export const indicatorReminders = pgTable(
	'indicator_reminders',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		indicatorId: integer()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		municipalityId: integer()
			.notNull()
			.references(() => municipalities.id),
		period: text().notNull(),
		kind: reminderKind().notNull(),
		dueOn: date().notNull(),
		recipients: text().array().notNull().default(sql`'{}'::text[]`),
		claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true })
	},
	(t) => [unique('indicator_reminders_once').on(t.indicatorId, t.municipalityId, t.period, t.kind, t.dueOn)]
);
