import { m } from '$lib/paraglide/messages';

/** A corrected field's name in the reader's language (the log stores the field's key). */
export function correctionLabel(field: string): string {
	const names: Record<string, () => string> = {
		kind: m.register_kind,
		offers: m.meeting_affects_offers,
		tariffRules: m.meeting_affects_tariffs,
		focusAreas: m.meeting_affects_focus_areas,
		networkGroups: m.meeting_affects_network_groups,
		municipalities: m.meeting_affects_municipalities
	};
	return names[field]?.() ?? field;
}
