import type { BodySlug } from './bodies';
import type { SourceSlug } from './types';

/**
 * A network group. Its leads (tovholdere) and steering-group contacts, with their periods, are memberships of its
 * body (roles `lead` and `contact` in bodies.ts); the notes add what the minutes say beyond that.
 */
export interface NetworkGroupSeed {
	body: BodySlug;
	leadNote: string;
	sgContactNote: string;
	source: SourceSlug;
}

// "Følgende overblik over netværksgruppernes tovholdere og styregruppekontaktpersoner" (referat 12/8-2022, punkt 5).
const REFERAT: SourceSlug = 'styregruppe-2022-08-12-dagsorden-referat';

export const networkGroups: NetworkGroupSeed[] = [
	{
		body: 'voksne-handicappede',
		leadNote: 'Vakant – Greve undersøger muligheden for at påtage sig tovholderopgaven (styregruppemøde 12/8-2022).',
		sgContactNote: 'Vakant – Greve undersøger muligheden for at være styregruppens kontaktperson (styregruppemøde 12/8-2022).',
		source: REFERAT
	},
	{
		body: 'boern-og-unge',
		leadNote: '',
		sgContactNote: '',
		source: REFERAT
	},
	{
		body: 'voksne-sindslidende',
		leadNote: '',
		sgContactNote: '',
		source: REFERAT
	},
	{
		body: 'oekonomigruppen',
		leadNote: 'Slagelse og Sekretariatet.',
		sgContactNote: '',
		source: REFERAT
	},
	{
		body: 'specialundervisning-og-hjaelpemidler',
		leadNote: '',
		sgContactNote: '',
		source: REFERAT
	}
];
