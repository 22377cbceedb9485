// How an offer history entry's `changes` ({ places: 68, occupancyPercent: 102 }) reads on the page.
import { m } from '$lib/paraglide/messages';
import { labels } from '$lib/format/labels';
import type { OfferCategory, OfferCoverage, OfferStatus } from '$lib/server/offers/offers';

const fieldLabels: Record<string, () => string> = {
	name: m.offer_field_name,
	operator: m.offer_field_operator,
	targetGroup: m.offer_field_target_group,
	legalBasis: m.offer_field_legal_basis,
	places: m.offer_field_places,
	occupancyPercent: m.offer_field_occupancy,
	category: m.offer_field_category,
	coverage: m.offer_field_coverage,
	status: m.offer_field_status,
	mostSpecialised: m.offers_flag_most_specialised,
	secureUnit: m.offers_flag_secure,
	specialEducationAnnex: m.offers_flag_special_education,
	operatorNote: m.offers_edit_operator_note,
	contact: m.offers_edit_contact,
	description: m.offer_description_heading,
	buyers: m.offers_edit_buyers
};

function formatValue(key: string, value: unknown): string {
	if (value === null || value === undefined) return '–';
	if (typeof value === 'boolean') return value ? m.offer_yes() : m.offer_no();
	if (key === 'status' && typeof value === 'string' && value in statusKeys) return labels.offerStatus(value as OfferStatus);
	if (key === 'category' && typeof value === 'string' && value in categoryKeys)
		return labels.offerCategory(value as OfferCategory);
	if (key === 'coverage' && typeof value === 'string' && value in coverageKeys)
		return labels.offerCoverage(value as OfferCoverage);
	if (key === 'occupancyPercent' && typeof value === 'number') return `${value.toLocaleString('da-DK')} %`;
	if (typeof value === 'number') return value.toLocaleString('da-DK');
	if (Array.isArray(value)) return value.length ? value.map((v) => String(v)).join(', ') : '–';
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}

const statusKeys = { active: 1, closing: 1, closed: 1, planned: 1 };
const categoryKeys = { local: 1, cluster: 1, regional: 1 };
const coverageKeys = { national: 1, regional: 1 };

const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && 'from' in value && 'to' in value;

/**
 * Seeded entries give the new value ({ places: 68 }); edits in the product give both ({ places: { from: 44, to: 68 } }),
 * read as "44 → 68".
 */
export function describeChanges(changes: Record<string, unknown>): { label: string; value: string }[] {
	return Object.entries(changes).map(([key, value]) => ({
		label: fieldLabels[key]?.() ?? key,
		value: isChange(value) ? `${formatValue(key, value.from)} → ${formatValue(key, value.to)}` : formatValue(key, value)
	}));
}
