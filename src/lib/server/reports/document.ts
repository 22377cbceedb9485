// A report's co-edited document on the same server as the agendas: `report-<id>`, one Y.Text per template section
// in the map `sections`. Who may open it, read-only or not, comes from the policy and the report's status.
import * as Y from 'yjs';
import { eq } from 'drizzle-orm';
import { annualReports, networkGroups, reportTemplates } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import type { AccessResult } from '../collab/server';
import { can } from '../auth/policy';
import { memberInPeriod } from './members';
import { isEditable, type ReportStatus } from './state';

export const reportDocumentName = (reportId: number) => `report-${reportId}`;

export function parseReportDocumentName(name: string): number | null {
	const match = /^report-([1-9][0-9]{0,9})$/.exec(name);
	if (!match) return null;
	const id = Number(match[1]);
	return id <= 2_147_483_647 ? id : null;
}

/** The map of section texts (the client reads the same map). */
export const SECTIONS_MAP = 'sections';

export async function reportContext(db: Db, reportId: number) {
	const [row] = await db
		.select({
			id: annualReports.id,
			year: annualReports.year,
			status: annualReports.status,
			bodyId: networkGroups.bodyId,
			templateVersion: annualReports.templateVersion,
			content: annualReports.content
		})
		.from(annualReports)
		.innerJoin(networkGroups, eq(networkGroups.id, annualReports.networkGroupId))
		.where(eq(annualReports.id, reportId));
	return row ?? null;
}

/** Whether the user may open the report at all (policy `report.edit` with the membership of the report's year). */
export async function mayOpenReport(db: Db, user: SessionUser, report: { bodyId: number; year: number }): Promise<boolean> {
	// Staff need no membership; for anyone else the policy decides on the membership of the report's year.
	if (can(user, 'report.edit', {})) return true;
	return can(user, 'report.edit', { memberInPeriod: await memberInPeriod(db, user, report.bodyId, report.year) });
}

/** Write while the group drafts (draft, sent back), for everyone who may open it; read-only once submitted. */
export async function reportDocumentAccess(db: Db, user: SessionUser, reportId: number): Promise<AccessResult> {
	const report = await reportContext(db, reportId);
	if (!report) return 'not-found';
	if (!(await mayOpenReport(db, user, report))) return 'forbidden';
	return isEditable(report.status as ReportStatus) ? 'write' : 'read';
}

/** The first content: a Y.Text per section of the report's template version, holding what `content` has. */
export async function seedReportDocument(db: Db, reportId: number): Promise<Uint8Array | null> {
	const report = await reportContext(db, reportId);
	if (!report) return null;
	const [template] = await db.select().from(reportTemplates).where(eq(reportTemplates.version, report.templateVersion));
	if (!template) return null;
	const doc = new Y.Doc();
	const map = doc.getMap<Y.Text>(SECTIONS_MAP);
	doc.transact(() => {
		for (const section of template.sections) map.set(section.key, new Y.Text(report.content[section.key] ?? ''));
	});
	const update = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	return update;
}

/** The section texts as they stand in a document. */
export function sectionTexts(doc: Y.Doc): Record<string, string> {
	const out: Record<string, string> = {};
	doc.getMap<Y.Text>(SECTIONS_MAP).forEach((text, key) => {
		if (text instanceof Y.Text) out[key] = text.toString();
	});
	return out;
}
