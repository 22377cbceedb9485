// Who owns a follow-up action. The minutes name the owner in words ("Sekretariatet", "Greve Kommune"); the product
// keeps what it can read from them as a kind (person, municipality, the secretariat) so reminders reach someone.
import { municipalities } from '../db/schema';
import type { Db } from '../db/types';

export type OwnerKind = 'person' | 'municipality' | 'secretariat';

/** The owner as far as the text tells: the secretariat, or a municipality named in it; otherwise unknown. */
export function ownerFromNames(
	text: string,
	list: { id: number; name: string }[]
): { ownerKind: OwnerKind | null; ownerMunicipalityId: number | null } {
	if (/sekretariat/i.test(text)) return { ownerKind: 'secretariat', ownerMunicipalityId: null };
	const words = text.toLocaleLowerCase('da');
	// The longest name first, so "Region Sjælland" is not read as another name inside it.
	const match = [...list]
		.sort((a, b) => b.name.length - a.name.length)
		.find((mu) => new RegExp(`(^|[^\\p{L}])${mu.name.toLocaleLowerCase('da')}([^\\p{L}]|$)`, 'u').test(words));
	return match ? { ownerKind: 'municipality', ownerMunicipalityId: match.id } : { ownerKind: null, ownerMunicipalityId: null };
}

export async function ownerFromText(db: Pick<Db, 'select'>, text: string) {
	return ownerFromNames(text, await db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities));
}
