import { pgTable, text, integer, pgEnum, date, timestamp, jsonb, boolean, index, unique } from 'drizzle-orm/pg-core';
import { meetings } from './meetings';
import { bodies } from './bodies';
import { users, bytea } from './users';
import { municipalities, agreementPeriods } from './municipalities';

export const meetingChangeKind = pgEnum('meeting_change_kind', ['created', 'updated', 'rescheduled', 'cancelled']);

/** One field's value before and after a change, as shown on the meeting page ("Sted: Roskilde → Virtuelt"). */
export type MeetingFieldChange = { from: string | number | boolean | null; to: string | number | boolean | null };

/** Every change the secretariat makes to a meeting: who, when, what (field → old and new value). */
export const meetingChanges = pgTable(
	'meeting_changes',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		meetingId: integer()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		userId: integer().references(() => users.id, { onDelete: 'set null' }),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
		kind: meetingChangeKind().notNull(),
		changes: jsonb().$type<Record<string, MeetingFieldChange>>().notNull().default({})
	},
	(t) => [index('meeting_changes_meeting_idx').on(t.meetingId, t.at)]
);

export const planBasis = pgEnum('plan_basis', ['kkr', 'k17']);
export const proposalStatus = pgEnum('proposal_status', ['pending', 'accepted', 'rejected']);

/** A run of the planner: the secretariat gave a year's KKR (or K17) dates and got proposed chains back. */
export const calendarPlans = pgTable('calendar_plans', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	basis: planBasis().notNull(),
	/** The dates the secretariat entered, as ISO dates. */
	dates: jsonb().$type<string[]>().notNull(),
	createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** One proposed meeting of a plan, accepted (then linked to the meeting it became), edited or rejected. */
export const calendarProposals = pgTable(
	'calendar_proposals',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		planId: integer()
			.notNull()
			.references(() => calendarPlans.id, { onDelete: 'cascade' }),
		/** Which chain of the plan (0, 1, …) and which step, so the page can show SG → K17 → KKR side by side. */
		chain: integer().notNull(),
		bodyId: integer()
			.notNull()
			.references(() => bodies.id),
		startsAt: timestamp({ withTimezone: true }).notNull(),
		endsAt: timestamp({ withTimezone: true }),
		timeKnown: boolean().notNull(),
		isVirtual: boolean().notNull().default(false),
		place: text().notNull().default(''),
		/** Why the date is what it is, in words ("14 dage før K17 4/11; flyttet fra 5/6, grundlovsdag"). */
		reason: text().notNull().default(''),
		status: proposalStatus().notNull().default('pending'),
		meetingId: integer().references(() => meetings.id, { onDelete: 'set null' }),
		decidedBy: integer().references(() => users.id, { onDelete: 'set null' }),
		decidedAt: timestamp({ withTimezone: true })
	},
	(t) => [index('calendar_proposals_plan_idx').on(t.planId, t.chain)]
);

/**
 * A personal calendar feed's secret: the URL carries the token, only its SHA-256 is stored. One per user;
 * regenerating replaces it (the old URL stops working), deleting the row revokes it.
 */
export const calendarFeedTokens = pgTable('calendar_feed_tokens', {
	userId: integer()
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	tokenHash: bytea().notNull().unique(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/**
 * The 18 approvals of a framework agreement: each of the 17 municipal councils and regionsrådet, with the date
 * the secretariat expects the approval and the date it happened, against the period's approval deadline.
 */
export const agreementApprovals = pgTable(
	'agreement_approvals',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		agreementPeriodId: integer()
			.notNull()
			.references(() => agreementPeriods.id, { onDelete: 'cascade' }),
		municipalityId: integer()
			.notNull()
			.references(() => municipalities.id),
		plannedOn: date(),
		approvedOn: date(),
		note: text().notNull().default(''),
		updatedBy: integer().references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('agreement_approvals_period_municipality').on(t.agreementPeriodId, t.municipalityId)]
);

/** The network groups' annual-report deadline for a report year, set by the secretariat. */
export const networkReportDeadlines = pgTable('network_report_deadlines', {
	year: integer().primaryKey(),
	dueOn: date().notNull(),
	setBy: integer().references(() => users.id, { onDelete: 'set null' }),
	setAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
