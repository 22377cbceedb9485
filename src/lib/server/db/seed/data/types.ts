// Shared types for the reference data modules. Records refer to each other by slug or natural key, never by id;
// loadReferenceData() resolves them while inserting.

/** The seed documents in /shared/domain/seeds, by file name without `.txt`. */
export type SourceSlug =
	| 'rammeaftale-2021-22-hovedbilag'
	| 'rammeaftale-2023-24'
	| 'rammeaftale-2025-26'
	| 'styregruppe-2022-08-12-dagsorden-referat'
	| 'tre-faelleskommunale-principper-2025';

export type MunicipalitySlug =
	| 'faxe'
	| 'greve'
	| 'guldborgsund'
	| 'holbaek'
	| 'kalundborg'
	| 'koge'
	| 'lejre'
	| 'lolland'
	| 'naestved'
	| 'odsherred'
	| 'ringsted'
	| 'roskilde'
	| 'slagelse'
	| 'solrod'
	| 'soro'
	| 'stevns'
	| 'vordingborg'
	| 'region-sjaelland';

export type PeriodLabel = '2021-22' | '2023-24' | '2025-26';

/** A calendar date as PostgreSQL `date` text, YYYY-MM-DD. */
export type IsoDate = `${number}-${number}-${number}`;
