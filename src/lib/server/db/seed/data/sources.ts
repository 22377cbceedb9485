import type { SourceSlug } from './types';

export interface SourceDocumentSeed {
	slug: SourceSlug;
	title: string;
	year: number;
}

/** One row per seed document; every other seeded row names one of these in its `source` column. */
export const sourceDocuments: SourceDocumentSeed[] = [
	{
		slug: 'rammeaftale-2021-22-hovedbilag',
		title: 'Hovedbilag til Rammeaftale 2021-2022',
		year: 2020
	},
	{
		slug: 'rammeaftale-2023-24',
		title: 'Rammeaftale 2023-2024',
		year: 2022
	},
	{
		slug: 'styregruppe-2022-08-12-dagsorden-referat',
		title: 'Dagsorden og referat, styregruppemøde i Rammeaftale Sjælland 12/8-2022',
		year: 2022
	},
	{
		slug: 'tre-faelleskommunale-principper-2025',
		title: '3 fælleskommunale principper på det specialiserede socialområde i region Sjælland (oplæg til DASSOS 21. januar 2025)',
		year: 2025
	},
	{
		slug: 'rammeaftale-2025-26',
		title: 'Rammeaftale 2025-2026',
		year: 2024
	}
];
