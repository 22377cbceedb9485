import { m } from '$lib/paraglide/messages';

/** An owner kind in the reader's language; `unknown`: only named in the minutes' text. */
export function ownerKindLabel(kind: 'person' | 'municipality' | 'secretariat' | 'unknown'): string {
	return {
		person: m.followup_owner_person,
		municipality: m.followup_owner_municipality,
		secretariat: m.followup_owner_secretariat,
		unknown: m.followup_owner_unknown
	}[kind]();
}
