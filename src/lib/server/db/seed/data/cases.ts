import type { BodySlug } from './bodies';
import { meetingKey } from './calendar';
import type { IsoDate, PeriodLabel, SourceSlug } from './types';

export interface CaseStepSeed {
	body: BodySlug;
	/** Key of a meeting in calendar.ts. */
	meeting: string | null;
	/** Agenda item number on that meeting, e.g. "2". */
	agendaItem: string | null;
	status: 'planned' | 'on_agenda' | 'decided' | 'skipped';
	dueOn: IsoDate | null;
	note: string;
	source: SourceSlug;
}

export interface CaseSeed {
	slug: string;
	title: string;
	description: string;
	period: PeriodLabel | null;
	deadline: IsoDate | null;
	source: SourceSlug;
	/** In order; position = index. */
	steps: CaseStepSeed[];
}

const REFERAT: SourceSlug = 'styregruppe-2022-08-12-dagsorden-referat';

export const cases: CaseSeed[] = [
	{
		slug: 'rammeaftale-2023-24',
		title: 'Rammeaftale 2023-24',
		description:
			'Styregruppen behandler rammeaftale 2023-24 og anbefaler og videresender den til K17 med indstilling om, at ' +
			'K17 anbefaler og videresender den til KKR Sjælland. Derefter sendes rammeaftalen til godkendelse i de 17 ' +
			'kommunalbestyrelser og regionsrådet med frist 1/12-2022. KKR Sjælland anbefalede 22/3-2022 en proces, hvor ' +
			'rammeaftale 2021-22 forlænges, så fokusområderne også gælder for 2023-24.',
		period: '2023-24',
		deadline: '2022-12-01',
		source: REFERAT,
		steps: [
			{
				body: 'styregruppen',
				meeting: meetingKey('styregruppen', '2022-08-12'),
				agendaItem: '2',
				status: 'decided',
				dueOn: '2022-08-12',
				note: 'Styregruppen besluttede at anbefale og videresende rammeaftalen til behandling i K17.',
				source: REFERAT
			},
			{
				body: 'k17',
				meeting: meetingKey('k17', '2022-08-26'),
				agendaItem: null,
				status: 'planned',
				dueOn: '2022-08-26',
				note:
					'Referatet 12/8-2022 angiver under punkt 2 K17-behandling 29/8, mens mødekalenderen (punkt 6B) og punkt 3 og ' +
					'4 angiver K17-møde 26/8. K17s behandling er ikke dokumenteret i kilderne.',
				source: REFERAT
			},
			{
				body: 'kkr-sjaelland',
				meeting: meetingKey('kkr-sjaelland', '2022-09-07'),
				agendaItem: null,
				status: 'planned',
				dueOn: '2022-09-07',
				note: 'KKR Sjælland behandler rammeaftalen 7/9 og sender den derefter til godkendelse. KKRs behandling er ikke dokumenteret i kilderne.',
				source: REFERAT
			},
			{
				body: 'kommunalbestyrelserne',
				meeting: null,
				agendaItem: null,
				status: 'planned',
				dueOn: '2022-12-01',
				note: 'Godkendelse i de 17 kommunalbestyrelser med frist 1/12; sker parallelt med regionsrådets godkendelse.',
				source: REFERAT
			},
			{
				body: 'regionsraadet',
				meeting: null,
				agendaItem: null,
				status: 'planned',
				dueOn: '2022-12-01',
				note: 'Godkendelse i regionsrådet med frist 1/12; sker parallelt med kommunalbestyrelsernes godkendelse.',
				source: REFERAT
			}
		]
	}
];
