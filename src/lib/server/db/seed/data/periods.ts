import type { IsoDate, PeriodLabel, SourceSlug } from './types';

export interface AgreementPeriodSeed {
	label: PeriodLabel;
	startsOn: IsoDate;
	endsOn: IsoDate;
	/** The councils' approval deadline, only where a seed states it. */
	approvalDeadline: IsoDate | null;
	source: SourceSlug;
}

export const agreementPeriods: AgreementPeriodSeed[] = [
	{
		// Hovedbilag: "Rammeaftalen skal godkendes i de enkelte kommunalbestyrelser og Regionsrådet senest den
		// 1. december"; "rammeaftale 2021-22 er gældende fra 1/1-2021".
		label: '2021-22',
		startsOn: '2021-01-01',
		endsOn: '2022-12-31',
		approvalDeadline: '2020-12-01',
		source: 'rammeaftale-2021-22-hovedbilag'
	},
	{
		// Referat 12/8-2022, punkt 2: "til godkendelse i kommunerne med frist 1/12".
		label: '2023-24',
		startsOn: '2023-01-01',
		endsOn: '2024-12-31',
		approvalDeadline: '2022-12-01',
		source: 'styregruppe-2022-08-12-dagsorden-referat'
	},
	{
		// Rammeaftale 2025-26 names no approval deadline.
		label: '2025-26',
		startsOn: '2025-01-01',
		endsOn: '2026-12-31',
		approvalDeadline: null,
		source: 'rammeaftale-2025-26'
	}
];
