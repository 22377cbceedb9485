import type { MunicipalitySlug, SourceSlug } from './types';

export interface MunicipalitySeed {
	slug: MunicipalitySlug;
	name: string;
	kind: 'kommune' | 'region';
	source: SourceSlug;
}

// The hovedbilag states the parties: "de 17 kommunalbestyrelser i Region Sjælland og Regionsrådet". It does not
// list all 17 by name (Lejre, Solrød and Stevns Kommune are named in no seed); the names follow the domain brief.
const HOVEDBILAG: SourceSlug = 'rammeaftale-2021-22-hovedbilag';

export const municipalities: MunicipalitySeed[] = [
	{ slug: 'faxe', name: 'Faxe', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'greve', name: 'Greve', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'guldborgsund', name: 'Guldborgsund', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'holbaek', name: 'Holbæk', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'kalundborg', name: 'Kalundborg', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'koge', name: 'Køge', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'lejre', name: 'Lejre', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'lolland', name: 'Lolland', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'naestved', name: 'Næstved', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'odsherred', name: 'Odsherred', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'ringsted', name: 'Ringsted', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'roskilde', name: 'Roskilde', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'slagelse', name: 'Slagelse', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'solrod', name: 'Solrød', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'soro', name: 'Sorø', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'stevns', name: 'Stevns', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'vordingborg', name: 'Vordingborg', kind: 'kommune', source: HOVEDBILAG },
	{ slug: 'region-sjaelland', name: 'Region Sjælland', kind: 'region', source: HOVEDBILAG }
];

/** The 17 municipalities, without the region. */
export const kommuneSlugs: MunicipalitySlug[] = municipalities.filter((m) => m.kind === 'kommune').map((m) => m.slug);
