// The calculators as the portal offers them: each one's page (slug, title, the rule it applies), its form fields,
// and how a posted form becomes a calculation or Danish messages on the fields.
import { asc } from 'drizzle-orm';
import { municipalities } from '../../db/schema';
import type { Db } from '../../db/types';
import { parseIsoDate } from './dates';
import { parseDecimal, parseKroner } from './money';
import { appliedRule, MissingParameter, type AppliedRule } from './rule-parameters';
import { closureShares, NoOccupancy } from './closure';
import { startUpShares, startUpYears } from './start-up';
import { productionChange } from './production-change';
import { expenseIncrease } from './expense-increase';
import { noticePeriod } from './notice';
import { LOCAL_DATE_TIME, respiteDays } from './respite';
import { payment } from './payment';
import type { Calculation } from './types';

export type FieldKind = 'date' | 'datetime' | 'money' | 'signedMoney' | 'percent' | 'checkbox' | 'municipalityDays';

export interface CalculatorField {
	name: string;
	label: string;
	kind: FieldKind;
	hint?: string;
	optional?: boolean;
}

export interface MunicipalityOption {
	slug: string;
	name: string;
}

export interface CalculatorPage {
	slug: string;
	title: string;
	intro: string;
	ruleSlug: string;
	fields: CalculatorField[];
	/** For `municipalityDays`: the column headings (one number per municipality and column). */
	columns: string[];
	municipalities: MunicipalityOption[];
	rule: AppliedRule | null;
	/** Why the calculator cannot run (a missing parameter); the form is still shown. */
	unavailable: string | null;
}

type Values = Record<string, string>;
type Errors = Record<string, string>;

interface Definition {
	slug: string;
	title: string;
	intro: string;
	ruleSlug: string;
	fields: CalculatorField[];
	columns?: (rule: AppliedRule, values: Values) => string[];
	compute: (ctx: { rule: AppliedRule; values: Values; errors: Errors; municipalities: MunicipalityOption[] }) => Calculation | null;
}

// ── Field readers: each returns the value or records a Danish message and returns null ───────────────────────────

function readDate(values: Values, errors: Errors, field: string, label: string, optional = false): string | null {
	const raw = values[field]?.trim() ?? '';
	if (!raw) {
		if (!optional) errors[field] = `Angiv ${label.toLowerCase()}.`;
		return null;
	}
	const date = parseIsoDate(raw);
	if (!date) errors[field] = `${label} skal være en dato (åååå-mm-dd).`;
	return date;
}

function readMoney(values: Values, errors: Errors, field: string, label: string, opts: { signed?: boolean; positive?: boolean } = {}): number | null {
	const raw = values[field]?.trim() ?? '';
	if (!raw) {
		errors[field] = `Angiv ${label.toLowerCase()}.`;
		return null;
	}
	const ore = parseKroner(raw);
	if (ore === null) errors[field] = `${label} skal være et beløb i kroner, fx 125.000,50.`;
	else if (!opts.signed && ore < 0) errors[field] = `${label} kan ikke være negativ.`;
	else if (opts.positive && ore <= 0) errors[field] = `${label} skal være større end 0.`;
	else return ore;
	return null;
}

function readDays(values: Values, errors: Errors, field: string, name: string): number {
	const raw = values[field]?.trim() ?? '';
	if (!raw) return 0;
	const n = parseDecimal(raw);
	if (n === null || n < 0 || !Number.isInteger(n)) {
		errors[field] = `Belægningsdøgn for ${name} skal være et helt tal, 0 eller derover.`;
		return 0;
	}
	return n;
}

const dayField = (slug: string, column: number) => `m-${slug}-${column}`;

function occupancyRows(values: Values, errors: Errors, list: MunicipalityOption[], columns: number) {
	return list.map((m) => ({
		name: m.name,
		days: Array.from({ length: columns }, (_, c) => readDays(values, errors, dayField(m.slug, c), m.name))
	}));
}

function noOccupancy<T>(errors: Errors, run: () => T): T | null {
	try {
		return run();
	} catch (e) {
		if (e instanceof NoOccupancy) {
			errors['form'] = e.message;
			return null;
		}
		throw e;
	}
}

// ── The calculators ──────────────────────────────────────────────────────────────────────────────────────────────

const definitions: Definition[] = [
	{
		slug: 'nedlukning',
		title: 'Nedlukning: fordeling af merudgifter',
		intro: 'Når et tilbud lukkes, fordeles merudgifterne i forhold til a conto-taksten mellem brugerkommunerne efter deres andel af belægningen i det sidste fulde kalenderår før beslutningen.',
		ruleSlug: 'nedlukning-med-deling-af-omkostninger',
		fields: [
			{ name: 'beslutning', label: 'Dato for beslutningen om nedlukning', kind: 'date' },
			{ name: 'beloeb', label: 'Merudgifter, der skal fordeles', kind: 'money', hint: 'I kroner, fx 1.250.000' },
			{ name: 'belaegning', label: 'Belægningsdøgn pr. kommune i grundlagsåret', kind: 'municipalityDays', hint: 'Tomt felt = 0 døgn.' }
		],
		columns: (rule, values) => {
			const date = parseIsoDate(values['beslutning'] ?? '');
			const before = rule.parameters['allocationBasisYearsBeforeDecision'];
			return [date && typeof before === 'number' ? `Døgn ${Number(date.slice(0, 4)) - before}` : 'Døgn i grundlagsåret'];
		},
		compute: ({ rule, values, errors, municipalities: list }) => {
			const decisionDate = readDate(values, errors, 'beslutning', 'Dato for beslutningen');
			const amount = readMoney(values, errors, 'beloeb', 'Merudgifterne', { positive: true });
			const rows = occupancyRows(values, errors, list, 1);
			if (decisionDate === null || amount === null || Object.keys(errors).length) return null;
			return noOccupancy(errors, () =>
				closureShares({ decisionDate, amount, occupancy: rows.map((r) => ({ name: r.name, days: r.days[0] })) }, rule)
			);
		}
	},
	{
		slug: 'indkoering',
		title: 'Indkøring: fordeling af indkøringsudgifter',
		intro: 'Indkøringsudgifter ved et nyt tilbud fordeles mellem brugerkommunerne i startåret og det efterfølgende kalenderår.',
		ruleSlug: 'indkoering-af-nye-tilbud',
		fields: [
			{ name: 'start', label: 'Tilbuddets startdato', kind: 'date' },
			{ name: 'beloeb', label: 'Indkøringsudgifter, der skal fordeles', kind: 'money', hint: 'I kroner' },
			{ name: 'belaegning', label: 'Belægningsdøgn pr. kommune i fordelingsperioden', kind: 'municipalityDays', hint: 'Tomt felt = 0 døgn.' }
		],
		columns: (rule, values) => {
			const date = parseIsoDate(values['start'] ?? '');
			try {
				const years = startUpYears(date ?? '2000-01-01', rule);
				return years.map((y, i) => (date ? `Døgn ${y}` : i === 0 ? 'Døgn i startåret' : `Døgn i år ${i + 1}`));
			} catch {
				return ['Døgn i startåret', 'Døgn året efter'];
			}
		},
		compute: ({ rule, values, errors, municipalities: list }) => {
			const startDate = readDate(values, errors, 'start', 'Startdatoen');
			const amount = readMoney(values, errors, 'beloeb', 'Indkøringsudgifterne', { positive: true });
			const columns = startUpYears(startDate ?? '2000-01-01', rule).length;
			const rows = occupancyRows(values, errors, list, columns);
			if (startDate === null || amount === null || Object.keys(errors).length) return null;
			return noOccupancy(errors, () => startUpShares({ startDate, amount, use: rows }, rule));
		}
	},
	{
		slug: 'produktionsaendring',
		title: 'Produktionsændring: inden for ±20 %?',
		intro: 'Driftsherren kan uden godkendelse ændre produktionen med op til ±20 % af årets bruttobudget, men skal orientere køberne, før ændringen når 10 %.',
		ruleSlug: 'produktionsaendringer',
		fields: [
			{ name: 'budget', label: 'Årets bruttobudget for tilbuddet', kind: 'money', hint: 'I kroner' },
			{ name: 'foretaget', label: 'Ændringer allerede foretaget i år', kind: 'signedMoney', hint: 'I kroner; minus for en reduktion, 0 hvis ingen.' },
			{ name: 'planlagt', label: 'Den planlagte ændring', kind: 'signedMoney', hint: 'I kroner; minus for en reduktion.' }
		],
		compute: ({ rule, values, errors }) => {
			const budget = readMoney(values, errors, 'budget', 'Bruttobudgettet', { positive: true });
			const alreadyChanged = readMoney(values, errors, 'foretaget', 'Allerede foretagne ændringer', { signed: true });
			const planned = readMoney(values, errors, 'planlagt', 'Den planlagte ændring', { signed: true });
			if (budget === null || alreadyChanged === null || planned === null) return null;
			return productionChange({ budget, alreadyChanged, planned }, rule);
		}
	},
	{
		slug: 'udgiftsstigning',
		title: 'Udgiftsstigning over 5 % i døgn- og botilbud',
		intro: 'Udgiftsstigninger over 5 % i døgn- og botilbud indberettes til Socialtilsyn Øst og drøftes i styregruppen.',
		ruleSlug: 'princip-udgiftsstigninger-over-5-pct',
		fields: [
			{ name: 'sidste', label: 'Sidste års udgifter', kind: 'money', hint: 'I kroner' },
			{ name: 'aar', label: 'Årets udgifter', kind: 'money', hint: 'I kroner' },
			{ name: 'doegntilbud', label: 'Tilbuddet er et døgn- eller botilbud', kind: 'checkbox', optional: true }
		],
		compute: ({ rule, values, errors }) => {
			const previous = readMoney(values, errors, 'sidste', 'Sidste års udgifter', { positive: true });
			const current = readMoney(values, errors, 'aar', 'Årets udgifter');
			if (previous === null || current === null) return null;
			return expenseIncrease({ previous, current, residential: values['doegntilbud'] === 'on' }, rule);
		}
	},
	{
		slug: 'opsigelse',
		title: 'Opsigelse: sidste betalingsdag',
		intro: 'Opsigelsesvarslet er løbende måned plus 30 dage, også ved dødsfald.',
		ruleSlug: 'opsigelsesvarsel',
		fields: [
			{ name: 'dato', label: 'Dato for opsigelsen eller dødsfaldet', kind: 'date' },
			{ name: 'doedsfald', label: 'Der er tale om et dødsfald', kind: 'checkbox', optional: true }
		],
		compute: ({ rule, values, errors }) => {
			const noticeDate = readDate(values, errors, 'dato', 'Datoen');
			if (noticeDate === null) return null;
			return noticePeriod({ noticeDate, death: values['doedsfald'] === 'on' }, rule);
		}
	},
	{
		slug: 'aflastning',
		title: 'Aflastning: hoteldøgn fra kl. 12 til kl. 12',
		intro: 'Ophold på aflastningstilbud tælles som hoteldøgn fra kl. 12.00 til kl. 12.00 næste dag.',
		ruleSlug: 'aflastning-hoteldoegn',
		fields: [
			{ name: 'ankomst', label: 'Ankomst (dato og klokkeslæt)', kind: 'datetime' },
			{ name: 'afrejse', label: 'Afrejse (dato og klokkeslæt)', kind: 'datetime' }
		],
		compute: ({ rule, values, errors }) => {
			const read = (field: string, label: string) => {
				const raw = values[field]?.trim() ?? '';
				const ok = LOCAL_DATE_TIME.exec(raw);
				if (!raw) errors[field] = `Angiv ${label.toLowerCase()}.`;
				else if (!ok || !parseIsoDate(ok[1]) || Number(ok[2]) > 23 || Number(ok[3]) > 59)
					errors[field] = `${label} skal være en dato og et klokkeslæt (åååå-mm-ddTtt:mm).`;
				else return raw;
				return null;
			};
			const arrival = read('ankomst', 'Ankomsten');
			const departure = read('afrejse', 'Afrejsen');
			if (arrival === null || departure === null) return null;
			if (departure <= arrival) {
				errors['afrejse'] = 'Afrejsen skal ligge efter ankomsten.';
				return null;
			}
			return respiteDays({ arrival, departure }, rule);
		}
	},
	{
		slug: 'betaling',
		title: 'Betaling: frist og morarenter',
		intro: 'Afregning sker månedsvis bagud med betaling inden 30 dage; senere betalinger end 1 måned påføres morarenter.',
		ruleSlug: 'afregning',
		fields: [
			{ name: 'regning', label: 'Regningens dato', kind: 'date' },
			{ name: 'beloeb', label: 'Regningens beløb', kind: 'money', hint: 'I kroner' },
			{ name: 'betalt', label: 'Betalt den (valgfrit)', kind: 'date', optional: true },
			{
				name: 'rente',
				label: 'Rentesats pr. år i procent (valgfrit)',
				kind: 'percent',
				optional: true,
				hint: 'Rammeaftalen nævner ingen rentesats. Indtast den sats, der gælder (fx renteloven: referencerenten + 8 procentpoint). Satsen er dit input, ikke reglens.'
			}
		],
		compute: ({ rule, values, errors }) => {
			const invoiceDate = readDate(values, errors, 'regning', 'Regningens dato');
			const amount = readMoney(values, errors, 'beloeb', 'Beløbet', { positive: true });
			const paidOn = readDate(values, errors, 'betalt', 'Betalingsdatoen', true);
			const rawRate = values['rente']?.trim() ?? '';
			let ratePercent: number | null = null;
			if (rawRate) {
				ratePercent = parseDecimal(rawRate);
				if (ratePercent === null || ratePercent < 0 || ratePercent > 100) {
					errors['rente'] = 'Rentesatsen skal være et tal mellem 0 og 100, fx 9,6.';
					ratePercent = null;
				}
			}
			if (invoiceDate && paidOn && paidOn < invoiceDate) errors['betalt'] = 'Betalingsdatoen kan ikke ligge før regningens dato.';
			if (invoiceDate === null || amount === null || Object.keys(errors).length) return null;
			return payment({ invoiceDate, amount, paidOn, ratePercent }, rule);
		}
	}
];

export const CALCULATOR_SLUGS = definitions.map((d) => d.slug);

export function calculatorSummaries(): { slug: string; title: string; intro: string }[] {
	return definitions.map(({ slug, title, intro }) => ({ slug, title, intro }));
}

async function municipalityOptions(db: Db): Promise<MunicipalityOption[]> {
	return db
		.select({ slug: municipalities.slug, name: municipalities.name })
		.from(municipalities)
		.orderBy(asc(municipalities.kind), asc(municipalities.name));
}

/** The calculator's page (its rule as in force now), or null for an unknown slug. */
export async function calculatorPage(db: Db, slug: string, values: Values = {}, now = new Date()): Promise<CalculatorPage | null> {
	const def = definitions.find((d) => d.slug === slug);
	if (!def) return null;
	const rule = await appliedRule(db, def.ruleSlug, now);
	const needsMunicipalities = def.fields.some((f) => f.kind === 'municipalityDays');
	let columns: string[] = [];
	let unavailable: string | null = rule ? null : `Reglen »${def.ruleSlug}« findes ikke.`;
	try {
		if (rule && def.columns) columns = def.columns(rule, values);
	} catch (e) {
		if (!(e instanceof MissingParameter)) throw e;
		unavailable = e.message;
	}
	return {
		slug: def.slug,
		title: def.title,
		intro: def.intro,
		ruleSlug: def.ruleSlug,
		fields: def.fields,
		columns,
		municipalities: needsMunicipalities ? await municipalityOptions(db) : [],
		rule,
		unavailable
	};
}

export type CalculatorOutcome =
	| { ok: true; page: CalculatorPage; result: Calculation }
	| { ok: false; page: CalculatorPage; errors: Errors };

/** Runs the calculator on posted values: the result, or the messages (nothing is stored either way). */
export async function runCalculator(db: Db, slug: string, values: Values, now = new Date()): Promise<CalculatorOutcome | null> {
	const page = await calculatorPage(db, slug, values, now);
	if (!page) return null;
	const def = definitions.find((d) => d.slug === slug)!;
	if (!page.rule) return { ok: false, page, errors: { form: page.unavailable ?? '' } };
	const errors: Errors = {};
	try {
		const result = def.compute({ rule: page.rule, values, errors, municipalities: page.municipalities });
		if (result && Object.keys(errors).length === 0) return { ok: true, page, result };
	} catch (e) {
		if (!(e instanceof MissingParameter)) throw e;
		errors['form'] = e.message;
	}
	return { ok: false, page, errors };
}

export { dayField };
