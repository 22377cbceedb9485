import { pgTable, text, integer, pgEnum, date, numeric, timestamp, unique, index } from 'drizzle-orm/pg-core';
import { sourceDocuments } from './sources';
import { municipalities, agreementPeriods } from './municipalities';
import { users } from './users';

export const initiativeStatus = pgEnum('initiative_status', ['planned', 'in_progress', 'done', 'paused']);

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
		owner: text().notNull().default(''),
		deadline: date(),
		resources: text().notNull().default(''),
		status: initiativeStatus().notNull().default('planned'),
		source: text().references(() => sourceDocuments.slug)
	},
	(t) => [index('initiatives_effort_area_idx').on(t.effortAreaId)]
);

/** An indicator chosen to follow the programme's purposes; municipalities report measurements. */
export const indicators = pgTable('indicators', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	slug: text().notNull().unique(),
	title: text().notNull(),
	description: text().notNull().default(''),
	unit: text().notNull().default(''),
	effortAreaId: integer().references(() => effortAreas.id),
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
