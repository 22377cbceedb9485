import type { BodySlug } from './bodies';
import type { MunicipalitySlug, SourceSlug } from './types';

export interface NetworkGroupSeed {
	body: BodySlug;
	/** Lead municipality (tovholder); null = vacant or not one municipality, see leadNote. */
	lead: MunicipalitySlug | null;
	leadNote: string;
	/** The municipality of the group's contact person in the steering group; null = vacant. */
	sgContact: MunicipalitySlug | null;
	sgContactNote: string;
	source: SourceSlug;
}

// "Følgende overblik over netværksgruppernes tovholdere og styregruppekontaktpersoner" (referat 12/8-2022, punkt 5).
const REFERAT: SourceSlug = 'styregruppe-2022-08-12-dagsorden-referat';

export const networkGroups: NetworkGroupSeed[] = [
	{
		body: 'voksne-handicappede',
		lead: null,
		leadNote: 'Vakant – Greve undersøger muligheden for at påtage sig tovholderopgaven (styregruppemøde 12/8-2022).',
		sgContact: null,
		sgContactNote: 'Vakant – Greve undersøger muligheden for at være styregruppens kontaktperson (styregruppemøde 12/8-2022).',
		source: REFERAT
	},
	{
		body: 'boern-og-unge',
		lead: 'holbaek',
		leadNote: '',
		sgContact: 'holbaek',
		sgContactNote: '',
		source: REFERAT
	},
	{
		body: 'voksne-sindslidende',
		lead: 'koge',
		leadNote: 'Køge (Roskilde pr. 1/9-2022).',
		sgContact: 'guldborgsund',
		sgContactNote: '',
		source: REFERAT
	},
	{
		body: 'oekonomigruppen',
		lead: 'slagelse',
		leadNote: 'Slagelse og Sekretariatet.',
		sgContact: 'slagelse',
		sgContactNote: '',
		source: REFERAT
	},
	{
		body: 'specialundervisning-og-hjaelpemidler',
		lead: 'naestved',
		leadNote: '',
		sgContact: 'naestved',
		sgContactNote: '',
		source: REFERAT
	}
];
