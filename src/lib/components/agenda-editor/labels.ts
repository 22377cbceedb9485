// Labels for the editor's fields and link kinds, from messages/.
import type { LinkType, TextField } from '$lib/collab/agenda/model';
import { m } from '$lib/paraglide/messages';

const linkTypes: Record<LinkType, () => string> = {
	offer: m.editor_link_type_offer,
	tariffRule: m.editor_link_type_tariff_rule,
	focusArea: m.editor_link_type_focus_area,
	networkGroup: m.editor_link_type_network_group,
	municipality: m.editor_link_type_municipality
};

const fields: Record<TextField, () => string> = {
	title: m.editor_field_title,
	beslutningstema: m.editor_field_beslutningstema,
	baggrund: m.editor_field_baggrund,
	sagsfremstilling: m.editor_field_sagsfremstilling,
	indstilling: m.editor_field_indstilling,
	droftelse: m.editor_field_droftelse,
	closedReason: m.editor_field_closed_reason
};

export const linkTypeLabel = (type: LinkType) => linkTypes[type]();
export const fieldLabel = (field: TextField) => fields[field]();
