// A network group's annual report: started by its lead or members (or the secretariat) on the current template,
// drafted together in the co-edited document, submitted when every required section has text, reviewed by the
// secretariat (approved, or sent back with comments per section), and put on a coming steering-group agenda as an
// orientation item. Published = on an SG agenda whose minutes are published.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { annualReports, bodies, meetings, networkGroups, reportTemplates, users, type ReportSection } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import type { CollabServer } from '../collab/server';
import { logger } from '../log';
import { addOrientationItem } from '../agenda/orientation';
import { currentTemplate } from './template';
import { mayOpenReport, reportDocumentName, sectionTexts } from './document';
import { isEditable, nextStatus, reportState, type ReportState, type ReportStatus } from './state';
import { m } from '$lib/paraglide/messages';

const log = logger.child({ part: 'reports' });

export const COMMENT_MAX = 2000;

/** Where a report is read: the public once published, before that the group, staff and the SG meeting's members. */
export const reportPath = (groupSlug: string, year: number) => `/netvaerksgrupper/${groupSlug}/aarsrapport/${year}`;
export const REPORT_YEARS = { min: 2020, max: 2100 } as const;

export type Outcome<T = null> =
	| { ok: true; value: T }
	| { ok: false; status: 400 | 403 | 404 | 409; errors: Record<string, string> };

const fail = (status: 400 | 403 | 404 | 409, form: string, more: Record<string, string> = {}) =>
	({ ok: false, status, errors: { form, ...more } }) as const;

export interface ReportView {
	id: number;
	year: number;
	status: ReportStatus;
	state: ReportState;
	group: { id: number; bodyId: number; slug: string; name: string };
	templateVersion: number;
	sections: ReportSection[];
	/** The text as last submitted (what was reviewed and is published). */
	content: Record<string, string>;
	reviewComments: Record<string, string>;
	submittedAt: Date | null;
	submittedBy: string | null;
	reviewedAt: Date | null;
	sgMeeting: { id: number; startsAt: Date; minutesPublished: boolean } | null;
}

const submitter = alias(users, 'submitter');

export async function getReport(db: Db, id: number): Promise<ReportView | null> {
	const [row] = await db
		.select({
			id: annualReports.id,
			year: annualReports.year,
			status: annualReports.status,
			groupId: networkGroups.id,
			bodyId: bodies.id,
			slug: bodies.slug,
			name: bodies.name,
			templateVersion: annualReports.templateVersion,
			sections: reportTemplates.sections,
			content: annualReports.content,
			reviewComments: annualReports.reviewComments,
			submittedAt: annualReports.submittedAt,
			submittedBy: submitter.name,
			reviewedAt: annualReports.reviewedAt,
			sgMeetingId: meetings.id,
			sgStartsAt: meetings.startsAt,
			sgStatus: meetings.status
		})
		.from(annualReports)
		.innerJoin(networkGroups, eq(networkGroups.id, annualReports.networkGroupId))
		.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
		.innerJoin(reportTemplates, eq(reportTemplates.version, annualReports.templateVersion))
		.leftJoin(submitter, eq(submitter.id, annualReports.submittedBy))
		.leftJoin(meetings, eq(meetings.id, annualReports.sgMeetingId))
		.where(eq(annualReports.id, id));
	if (!row) return null;
	const minutesPublished = row.sgStatus === 'minutes_published';
	return {
		id: row.id,
		year: row.year,
		status: row.status,
		state: reportState(row.status, minutesPublished),
		group: { id: row.groupId, bodyId: row.bodyId, slug: row.slug, name: row.name },
		templateVersion: row.templateVersion,
		sections: row.sections,
		content: row.content,
		reviewComments: row.reviewComments,
		submittedAt: row.submittedAt,
		submittedBy: row.submittedBy,
		reviewedAt: row.reviewedAt,
		sgMeeting: row.sgMeetingId && row.sgStartsAt ? { id: row.sgMeetingId, startsAt: row.sgStartsAt, minutesPublished } : null
	};
}

/** The published report of a group's year (for the portal), or null: nothing else of a report leaves the server. */
export async function publishedReport(db: Db, groupSlug: string, year: number): Promise<ReportView | null> {
	const [row] = await db
		.select({ id: annualReports.id })
		.from(annualReports)
		.innerJoin(networkGroups, eq(networkGroups.id, annualReports.networkGroupId))
		.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
		.innerJoin(meetings, eq(meetings.id, annualReports.sgMeetingId))
		.where(
			and(
				eq(bodies.slug, groupSlug),
				eq(annualReports.year, year),
				eq(annualReports.status, 'on_agenda'),
				eq(meetings.status, 'minutes_published')
			)
		);
	return row ? getReport(db, row.id) : null;
}

/** The years of a group's published reports, newest first (the group's public page lists them). */
export async function publishedReportYears(db: Db, bodyId: number): Promise<number[]> {
	const rows = await db
		.select({ year: annualReports.year })
		.from(annualReports)
		.innerJoin(networkGroups, eq(networkGroups.id, annualReports.networkGroupId))
		.innerJoin(meetings, eq(meetings.id, annualReports.sgMeetingId))
		.where(and(eq(networkGroups.bodyId, bodyId), eq(annualReports.status, 'on_agenda'), eq(meetings.status, 'minutes_published')))
		.orderBy(sql`${annualReports.year} desc`);
	return rows.map((r) => r.year);
}

/**
 * The report of a group's year, started now on the current template if there is none. Only someone who may draft
 * it (the group's lead or a member in that year, or staff) starts it.
 */
export async function startReport(db: Db, actor: SessionUser, groupId: number, year: number): Promise<Outcome<number>> {
	if (!Number.isInteger(year) || year < REPORT_YEARS.min || year > REPORT_YEARS.max) {
		return fail(400, m.reports_error_year(REPORT_YEARS));
	}
	const [group] = await db.select({ id: networkGroups.id, bodyId: networkGroups.bodyId }).from(networkGroups).where(eq(networkGroups.id, groupId));
	if (!group) return fail(404, m.error_not_found());
	if (!(await mayOpenReport(db, actor, { bodyId: group.bodyId, year }))) return fail(403, m.reports_error_not_your_group());
	const template = await currentTemplate(db);
	const [created] = await db
		.insert(annualReports)
		.values({ networkGroupId: groupId, year, templateVersion: template.version, createdBy: actor.id })
		.onConflictDoNothing()
		.returning({ id: annualReports.id });
	if (created) {
		log.info({ userId: actor.id, reportId: created.id, groupId, year }, 'årsrapport påbegyndt');
		return { ok: true, value: created.id };
	}
	const [existing] = await db
		.select({ id: annualReports.id })
		.from(annualReports)
		.where(and(eq(annualReports.networkGroupId, groupId), eq(annualReports.year, year)));
	return { ok: true, value: existing.id };
}

/** The required sections whose text is empty (only whitespace). */
export function emptyRequired(sections: ReportSection[], texts: Record<string, string>): ReportSection[] {
	return sections.filter((s) => s.required && !(texts[s.key] ?? '').trim());
}

/**
 * Submits the report as the document holds it. Refused with the empty required sections named, or when the report
 * is not being drafted. The document turns read-only first, then its final text is stored, so no edit typed
 * during the submission is left out of what the secretariat reviews.
 */
export async function submitReport(db: Db, collab: CollabServer, actor: SessionUser, id: number): Promise<Outcome> {
	const report = await getReport(db, id);
	if (!report) return fail(404, m.error_not_found());
	if (!(await mayOpenReport(db, actor, { bodyId: report.group.bodyId, year: report.year }))) {
		return fail(403, m.reports_error_not_your_group());
	}
	if (!isEditable(report.status)) return fail(409, m.reports_error_not_draft());
	const name = reportDocumentName(id);
	const texts = await collab.read(name, sectionTexts);
	const missing = emptyRequired(report.sections, texts);
	if (missing.length) {
		return fail(
			400,
			m.reports_error_required({ sections: missing.map((s) => `»${s.heading}«`).join(', ') }),
			Object.fromEntries(missing.map((s) => [`section-${s.key}`, m.reports_error_section_empty({ heading: s.heading })]))
		);
	}
	const [moved] = await db
		.update(annualReports)
		.set({ status: 'submitted', submittedAt: new Date(), submittedBy: actor.id, updatedAt: new Date() })
		.where(and(eq(annualReports.id, id), inArray(annualReports.status, ['draft', 'sent_back'])))
		.returning({ id: annualReports.id });
	if (!moved) return fail(409, m.reports_error_not_draft());
	await collab.reauthorize({ document: name });
	await collab.settled();
	const final = await collab.read(name, sectionTexts);
	await db.update(annualReports).set({ content: final }).where(eq(annualReports.id, id));
	log.info({ userId: actor.id, reportId: id }, 'årsrapport indsendt');
	return { ok: true, value: null };
}

export interface ReviewInput {
	decision: 'approve' | 'sendBack';
	/** Comments by section key (send back). */
	comments: Record<string, string>;
	/** Approve: the coming SG meeting to put it on (none = approve only). */
	meetingId: number | null;
}

/**
 * The secretariat's review of a submitted report. Send back needs at least one comment; the group then drafts again
 * and sees the comments beside the sections. Approve clears them and, with a meeting, puts the report on its agenda.
 */
export async function reviewReport(
	db: Db,
	collab: CollabServer,
	actor: SessionUser,
	id: number,
	input: ReviewInput
): Promise<Outcome<{ agendaItem: string | null }>> {
	const report = await getReport(db, id);
	if (!report) return fail(404, m.error_not_found());
	const event = input.decision === 'approve' ? 'approve' : 'sendBack';
	const to = nextStatus(report.status, event);
	if (!to) return fail(409, m.reports_error_not_submitted());
	const comments: Record<string, string> = {};
	const errors: Record<string, string> = {};
	for (const section of report.sections) {
		const text = (input.comments[section.key] ?? '').trim();
		if (text.length > COMMENT_MAX) errors[`comment-${section.key}`] = m.reports_error_comment_long({ heading: section.heading, max: COMMENT_MAX });
		else if (text) comments[section.key] = text;
	}
	if (Object.keys(errors).length) return { ok: false, status: 400, errors };
	if (event === 'sendBack' && Object.keys(comments).length === 0) return fail(400, m.reports_error_comment_needed());
	const [moved] = await db
		.update(annualReports)
		.set({
			status: to,
			reviewComments: event === 'sendBack' ? comments : {},
			reviewedAt: new Date(),
			reviewedBy: actor.id,
			updatedAt: new Date()
		})
		.where(and(eq(annualReports.id, id), eq(annualReports.status, 'submitted')))
		.returning({ id: annualReports.id });
	if (!moved) return fail(409, m.reports_error_not_submitted());
	await collab.reauthorize({ document: reportDocumentName(id) });
	log.info({ userId: actor.id, reportId: id, decision: input.decision }, 'årsrapport gennemgået');
	if (event === 'approve' && input.meetingId !== null) {
		const put = await putOnAgenda(db, collab, actor, id, input.meetingId);
		if (!put.ok) return put;
		return { ok: true, value: { agendaItem: put.value } };
	}
	return { ok: true, value: { agendaItem: null } };
}

/** Puts an approved report on a coming steering-group meeting's agenda as an orientation item linking the report. */
export async function putOnAgenda(
	db: Db,
	collab: CollabServer,
	actor: SessionUser,
	id: number,
	meetingId: number
): Promise<Outcome<string>> {
	const report = await getReport(db, id);
	if (!report) return fail(404, m.error_not_found());
	if (!nextStatus(report.status, 'putOnAgenda')) return fail(409, m.reports_error_not_approved());
	// Claim the step first, so two clicks put the report on one agenda once.
	const [claimed] = await db
		.update(annualReports)
		.set({ status: 'on_agenda', sgMeetingId: meetingId, updatedAt: new Date() })
		.where(and(eq(annualReports.id, id), eq(annualReports.status, 'approved')))
		.returning({ id: annualReports.id });
	if (!claimed) return fail(409, m.reports_error_not_approved());
	let itemId: string | null = null;
	try {
		itemId = await addOrientationItem(db, collab, meetingId, {
			// The agenda is written in Danish, whatever language the secretary's browser asks for.
			title: m.reports_agenda_item_title({ year: report.year, group: report.group.name }, { locale: 'da' }),
			beslutningstema: m.reports_agenda_item_theme({
				year: report.year,
				group: report.group.name,
				link: reportPath(report.group.slug, report.year)
			}, { locale: 'da' }),
			indstilling: m.reports_agenda_item_recommendation({}, { locale: 'da' })
		});
	} finally {
		if (itemId === null) {
			await db.update(annualReports).set({ status: 'approved', sgMeetingId: null }).where(eq(annualReports.id, id));
		}
	}
	if (itemId === null) return fail(400, m.reports_error_meeting_closed());
	await db.update(annualReports).set({ sgItemDocId: itemId }).where(eq(annualReports.id, id));
	log.info({ userId: actor.id, reportId: id, meetingId }, 'årsrapport sat på styregruppens dagsorden');
	return { ok: true, value: itemId };
}
