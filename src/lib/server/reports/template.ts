// The annual-report template: sections with a heading, a guiding question and whether they are required. A change
// is a new version; a report keeps the version it was started on, so a section can only be dropped once no report
// in progress uses it.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { annualReports, bodies, networkGroups, reportTemplates, type ReportSection } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { logger } from '../log';
import { m } from '$lib/paraglide/messages';

const log = logger.child({ part: 'reports' });

export interface Template {
	version: number;
	sections: ReportSection[];
	createdAt: Date;
}

export const TEMPLATE_LIMITS = { heading: 200, question: 1000, sections: 30 } as const;

export async function currentTemplate(db: Db): Promise<Template> {
	const [row] = await db.select().from(reportTemplates).orderBy(desc(reportTemplates.version)).limit(1);
	if (!row) throw new Error('der er ingen skabelon til årsrapporter (migration 0007 indsætter version 1)');
	return row;
}

export async function templateVersion(db: Db, version: number): Promise<Template | null> {
	const [row] = await db.select().from(reportTemplates).where(eq(reportTemplates.version, version));
	return row ?? null;
}

/** A section as the form sends it: an existing key (or '' for a new section), and whether to drop it. */
export interface SectionInput {
	key: string;
	heading: string;
	question: string;
	required: boolean;
	remove: boolean;
}

export type TemplateOutcome =
	| { ok: true; version: number }
	| { ok: false; status: 400 | 409; errors: Record<string, string> };

const slugKey = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'oe')
		.replace(/å/g, 'aa')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40) || 'afsnit';

/**
 * Saves the sections as a new template version. Blank new rows are ignored; a section without a heading, too long a
 * text, or dropping a section that a report in progress (draft, submitted, sent back) was started with is refused,
 * naming the groups, and nothing is written. An unchanged template makes no version.
 */
export async function saveTemplate(db: Db, actor: SessionUser, input: SectionInput[]): Promise<TemplateOutcome> {
	const errors: Record<string, string> = {};
	const current = await currentTemplate(db);
	const kept: ReportSection[] = [];
	const used = new Set<string>();
	input.forEach((row, i) => {
		const heading = row.heading.trim();
		const question = row.question.trim();
		if (!row.key && !heading && !question) return;
		if (row.remove) return;
		if (!heading) errors[`heading-${i}`] = m.reports_template_error_heading({ n: i + 1 });
		else if (heading.length > TEMPLATE_LIMITS.heading) errors[`heading-${i}`] = m.reports_template_error_heading_long({ n: i + 1, max: TEMPLATE_LIMITS.heading });
		if (question.length > TEMPLATE_LIMITS.question) errors[`question-${i}`] = m.reports_template_error_question_long({ n: i + 1, max: TEMPLATE_LIMITS.question });
		const existing = row.key ? current.sections.find((s) => s.key === row.key) : undefined;
		if (row.key && !existing) errors[`heading-${i}`] = m.reports_template_error_unknown({ n: i + 1 });
		let key = existing?.key ?? slugKey(heading);
		for (let n = 2; used.has(key) || (!existing && current.sections.some((s) => s.key === key)); n++) key = `${slugKey(heading)}-${n}`;
		used.add(key);
		kept.push({ key, heading, question, required: row.required });
	});
	if (kept.length === 0) errors['form'] = m.reports_template_error_empty();
	if (kept.length > TEMPLATE_LIMITS.sections) errors['form'] = m.reports_template_error_many({ max: TEMPLATE_LIMITS.sections });
	if (Object.keys(errors).length) return { ok: false, status: 400, errors };

	const dropped = current.sections.filter((s) => !kept.some((k) => k.key === s.key));
	if (dropped.length) {
		const inUse = await reportsInProgressUsing(db, current.version);
		if (inUse.length) {
			return {
				ok: false,
				status: 409,
				errors: {
					form: m.reports_template_error_in_use({
						sections: dropped.map((s) => `»${s.heading}«`).join(', '),
						groups: inUse.join(', ')
					})
				}
			};
		}
	}
	const same = JSON.stringify(kept) === JSON.stringify(current.sections);
	if (same) return { ok: false, status: 400, errors: { form: m.reports_template_error_unchanged() } };
	const version = await db.transaction(async (tx) => {
		const [latest] = await tx.select({ version: reportTemplates.version }).from(reportTemplates).orderBy(desc(reportTemplates.version)).limit(1).for('update');
		const [row] = await tx
			.insert(reportTemplates)
			.values({ version: (latest?.version ?? 0) + 1, sections: kept, createdBy: actor.id })
			.returning({ version: reportTemplates.version });
		return row.version;
	});
	log.info({ userId: actor.id, version }, 'ny version af skabelonen til årsrapporter');
	return { ok: true, version };
}

/** The names of the groups whose report in progress was started on `version`. */
async function reportsInProgressUsing(db: Db, version: number): Promise<string[]> {
	const rows = await db
		.select({ name: bodies.name, year: annualReports.year })
		.from(annualReports)
		.innerJoin(networkGroups, eq(networkGroups.id, annualReports.networkGroupId))
		.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
		.where(and(eq(annualReports.templateVersion, version), inArray(annualReports.status, ['draft', 'submitted', 'sent_back'])));
	return rows.map((r) => `${r.name} (${r.year})`);
}
