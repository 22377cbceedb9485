import { pgTable, text, integer, pgEnum, date, index, check, boolean, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { sourceDocuments } from './sources';
import { municipalities } from './municipalities';

export const bodyKind = pgEnum('body_kind', ['political', 'administrative', 'network_group', 'external']);
export const membershipRole = pgEnum('membership_role', [
	'chair',
	'vice_chair',
	'member',
	'secretary',
	'lead',
	'contact',
	'municipality'
]);

/** A body that meets or decides: KKR, K17, Styregruppen, a network group, Koordinationsforum … */
export const bodies = pgTable('bodies', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	slug: text().notNull().unique(),
	name: text().notNull().unique(),
	shortName: text(),
	kind: bodyKind().notNull(),
	description: text().notNull().default(''),
	/** Which body this one reports to, e.g. a network group → Styregruppen. */
	reportsToId: integer().references((): AnyPgColumn => bodies.id),
	source: text().notNull().references(() => sourceDocuments.slug)
});

/** A person who sits in a body; not necessarily a user of the system. */
export const people = pgTable('people', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	name: text().notNull(),
	title: text().notNull().default(''),
	municipalityId: integer().references(() => municipalities.id),
	/** A fictional demo person (DEMO_USERS): their memberships grant access but are never listed publicly. */
	isDemo: boolean().notNull().default(false),
	source: text().references(() => sourceDocuments.slug)
});

/**
 * Membership of a body: a person, or a municipality as such (e.g. tovholder municipality), for a period.
 * A network group's leads (role `lead`) and steering-group contacts (role `contact`) are recorded here, with their
 * periods, so a change of lead ("Køge, Roskilde pr. 1/9-2022") is a history, not an overwrite.
 */
export const memberships = pgTable(
	'memberships',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		bodyId: integer()
			.notNull()
			.references(() => bodies.id, { onDelete: 'cascade' }),
		personId: integer().references(() => people.id, { onDelete: 'cascade' }),
		municipalityId: integer().references(() => municipalities.id),
		role: membershipRole().notNull(),
		validFrom: date(),
		validTo: date(),
		note: text().notNull().default(''),
		source: text().references(() => sourceDocuments.slug)
	},
	(t) => [
		index('memberships_body_idx').on(t.bodyId),
		index('memberships_person_idx').on(t.personId),
		check('membership_has_holder', sql`${t.personId} is not null or ${t.municipalityId} is not null`),
		check('membership_period', sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validFrom} <= ${t.validTo}`)
	]
);
