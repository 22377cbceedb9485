import { pgTable, text, integer, pgEnum, primaryKey, unique, date } from 'drizzle-orm/pg-core';
import { bodies } from './bodies';
import { sourceDocuments } from './sources';
import { agreementPeriods, municipalities } from './municipalities';
import { sql } from 'drizzle-orm';
import { tsvector } from './tsvector';

export const focusAreaStatus = pgEnum('focus_area_status', ['active', 'prioritised', 'postponed', 'completed']);

/** A focus area (fokusområde) of an agreement period, with goal, content and desired results (Markdown). */
export const focusAreas = pgTable(
	'focus_areas',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		slug: text().notNull().unique(),
		/** The first period it belongs to; `periodLabel` says the span as the agreement does ("2021-22, forlænget til 2023-24"). */
		agreementPeriodId: integer()
			.notNull()
			.references(() => agreementPeriods.id),
		periodLabel: text().notNull(),
		number: integer().notNull(),
		title: text().notNull(),
		goal: text().notNull().default(''),
		content: text().notNull().default(''),
		desiredResults: text().notNull().default(''),
		status: focusAreaStatus().notNull().default('active'),
		statusNote: text().notNull().default(''),
		source: text().references(() => sourceDocuments.slug),
		/** Full-text search: the title (A) above goal, content and desired results (B). */
		searchVector: tsvector()
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', goal || ' ' || content || ' ' || desired_results), 'B')`
			)
	},
	(t) => [unique('focus_areas_period_number').on(t.agreementPeriodId, t.number)]
);

/** Owners (tovholdere) of a focus area: one or more municipalities, each with its period (none = the whole span). */
export const focusAreaOwners = pgTable(
	'focus_area_owners',
	{
		focusAreaId: integer()
			.notNull()
			.references(() => focusAreas.id, { onDelete: 'cascade' }),
		municipalityId: integer()
			.notNull()
			.references(() => municipalities.id),
		validFrom: date(),
		validTo: date()
	},
	(t) => [primaryKey({ columns: [t.focusAreaId, t.municipalityId] })]
);

/** Areas of effort (indsatsområder) within a focus area (2025-26). */
export const focusAreaEfforts = pgTable(
	'focus_area_efforts',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		focusAreaId: integer()
			.notNull()
			.references(() => focusAreas.id, { onDelete: 'cascade' }),
		position: integer().notNull(),
		title: text().notNull(),
		description: text().notNull().default(''),
		source: text().references(() => sourceDocuments.slug)
	},
	(t) => [unique('focus_area_efforts_position').on(t.focusAreaId, t.position)]
);

/** A body that owns a focus area (e.g. a network group or Styregruppen), with its period. */
export const focusAreaBodyOwners = pgTable(
	'focus_area_body_owners',
	{
		focusAreaId: integer()
			.notNull()
			.references(() => focusAreas.id, { onDelete: 'cascade' }),
		bodyId: integer()
			.notNull()
			.references(() => bodies.id),
		validFrom: date(),
		validTo: date()
	},
	(t) => [primaryKey({ columns: [t.focusAreaId, t.bodyId] })]
);
