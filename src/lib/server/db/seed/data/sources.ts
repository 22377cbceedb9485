import type { SourceSlug } from './types';

export interface SourceDocumentSeed {
	slug: SourceSlug;
	title: string;
	year: number;
	/** Where the public can read it, as the seed documents themselves give it; null when not known. */
	url: string | null;
}

/** One row per seed document; every other seeded row names one of these in its `source` column. */
export const sourceDocuments: SourceDocumentSeed[] = [
	{
		slug: 'rammeaftale-2021-22-hovedbilag',
		title: 'Hovedbilag til Rammeaftale 2021-2022',
		year: 2020,
		// "Bilag til takstaftalen ligger på hjemmesiden" (referat 12/8-2022, punkt 2).
		url: 'https://www.rs17.dk/rammeaftalen/rammeaftale-2021-2022/'
	},
	{
		slug: 'rammeaftale-2023-24',
		title: 'Rammeaftale 2023-2024',
		year: 2022,
		// "Bilagene kan findes på hjemmesiden" (the agreement's last page).
		url: 'https://rs17.dk/rammeaftalen/rammeaftale-2023-2024.aspx'
	},
	{
		slug: 'styregruppe-2022-08-12-dagsorden-referat',
		title: 'Dagsorden og referat, styregruppemøde i Rammeaftale Sjælland 12/8-2022',
		year: 2022,
		// Not published at an address the seeds give; the whole document is in the portal as the meeting of 12/8-2022.
		url: null
	},
	{
		slug: 'tre-faelleskommunale-principper-2025',
		title: '3 fælleskommunale principper på det specialiserede socialområde i region Sjælland (oplæg til DASSOS 21. januar 2025)',
		year: 2025,
		url: null
	},
	{
		slug: 'rammeaftale-2025-26',
		title: 'Rammeaftale 2025-2026',
		year: 2024,
		url: 'https://www.rs17.dk/rammeaftalen/rammeaftale-2025-2026/'
	}
];
