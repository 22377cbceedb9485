import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { indicatorBySlug, listIndicators } from '$lib/server/indicators/definitions';
import { parseFile, previewRows, saveImport, MAX_ROWS, type RawRow } from '$lib/server/indicators/import';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, 'plan.manage', undefined, url);
	const indicators = (await listIndicators(database())).filter((i) => !i.isDemo);
	return { indicators: indicators.map((i) => ({ slug: i.slug, title: i.title, frequency: i.frequency })), saved: url.searchParams.get('gemt') };
};

/** The rows carried from the preview to the save, checked for shape: the save checks every value again. */
function rowsFromJson(raw: string): RawRow[] | null {
	try {
		const rows = JSON.parse(raw) as unknown;
		if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_ROWS) return null;
		const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 500) : '');
		return rows.map((r: Record<string, unknown>, i) => ({
			line: Number.isInteger(r?.line) ? (r.line as number) : i + 2,
			kommune: text(r?.kommune),
			periode: text(r?.periode),
			vaerdi: text(r?.vaerdi),
			kommentar: text(r?.kommentar),
			extra: Number.isInteger(r?.extra) ? (r.extra as number) : 0
		}));
	} catch {
		return null;
	}
}

export const actions: Actions = {
	preview: async ({ locals, request, url }) => {
		requireUser(locals, 'plan.manage', undefined, url);
		const form = await request.formData();
		const slug = String(form.get('indicator') ?? '');
		const indicator = await indicatorBySlug(database(), slug);
		if (!indicator || indicator.isDemo) return fail(400, { slug, errors: { indicator: m.indicator_import_error_indicator() } });
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { slug, errors: { file: m.indicator_import_error_file() } });
		const parsed = await parseFile(file.name, new Uint8Array(await file.arrayBuffer()));
		if (!parsed.ok) return fail(400, { slug, errors: { file: parsed.error } });
		const rows = await previewRows(database(), indicator, parsed.rows);
		const bad = rows.filter((r) => r.errors.length).length;
		const preview = { slug, title: indicator.title, fileName: file.name, rows, bad, raw: JSON.stringify(parsed.rows) };
		// A file with errors is refused (400); nothing is saved from it either way until "Gem" on a clean preview.
		if (bad) return fail(400, { preview, errors: { form: m.indicator_import_rejected({ bad, total: rows.length }) } });
		return { preview };
	},
	save: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'plan.manage', undefined, url);
		const form = await request.formData();
		const indicator = await indicatorBySlug(database(), String(form.get('indicator') ?? ''));
		const rows = rowsFromJson(String(form.get('rows') ?? ''));
		if (!indicator || indicator.isDemo || !rows) return fail(400, { errors: { form: m.indicator_import_error_file() } });
		const outcome = await saveImport(database(), me, indicator, rows);
		if (!outcome.ok && outcome.status === 403) error(403, outcome.error);
		if (!outcome.ok) {
			const bad = outcome.rows.filter((r) => r.errors.length).length;
			return fail(400, {
				preview: { slug: indicator.slug, title: indicator.title, fileName: '', rows: outcome.rows, bad, raw: JSON.stringify(rows) },
				errors: { form: m.indicator_import_rejected({ bad, total: outcome.rows.length }) }
			});
		}
		redirect(303, `/indikatorer/import?gemt=${outcome.saved}`);
	}
};
