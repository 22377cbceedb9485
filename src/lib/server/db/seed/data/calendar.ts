import { TZDate } from '@date-fns/tz';
import type { BodySlug } from './bodies';
import type { IsoDate, SourceSlug } from './types';

export interface MeetingSeed {
	/** Natural key: `${body}:${date}`. */
	key: string;
	body: BodySlug;
	date: IsoDate;
	startsAt: Date;
	endsAt: Date | null;
	timeKnown: boolean;
	place: string;
	isVirtual: boolean;
	status: 'planned' | 'agenda_published' | 'held' | 'minutes_published' | 'cancelled';
	isPublic: boolean;
	note: string;
	source: SourceSlug;
}

const ZONE = 'Europe/Copenhagen';
const REFERAT: SourceSlug = 'styregruppe-2022-08-12-dagsorden-referat';
const NO_TIME = 'Tidspunkt ikke oplyst i kilden.';

/** A wall-clock time in Copenhagen (DST-aware) as a plain Date. */
export function copenhagen(date: IsoDate, hour: number, minute = 0): Date {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(new TZDate(y, m - 1, d, hour, minute, ZONE).getTime());
}

export const meetingKey = (body: BodySlug, date: IsoDate) => `${body}:${date}`;

/** SG meets 9-12 ("næste møde 14/10, 9-12 Virtuelt"). */
function sg(date: IsoDate, extra: Partial<MeetingSeed> = {}): MeetingSeed {
	return {
		key: meetingKey('styregruppen', date),
		body: 'styregruppen',
		date,
		startsAt: copenhagen(date, 9),
		endsAt: copenhagen(date, 12),
		timeKnown: true,
		place: '',
		isVirtual: false,
		status: 'held',
		isPublic: true,
		note: '',
		source: REFERAT,
		...extra
	};
}

/** K17 and KKR: the seed gives the date only, so no time is invented: local midnight, flagged as date-only. */
function dateOnly(body: BodySlug, date: IsoDate, note = ''): MeetingSeed {
	return {
		key: meetingKey(body, date),
		body,
		date,
		startsAt: copenhagen(date, 0),
		endsAt: null,
		timeKnown: false,
		place: '',
		isVirtual: false,
		status: 'held',
		isPublic: true,
		note: note ? `${NO_TIME} ${note}` : NO_TIME,
		source: REFERAT
	};
}

// "Mødekalender for rammeaftalestyregruppen, K17 og KKR resten af 2022 og 2023" (referat 12/8-2022, punkt 6B):
// "Møder i styregruppen er placeret 14 dage før de møder i K17 som efterfølges af et møde i KKR."
export const meetings: MeetingSeed[] = [
	sg('2022-08-12', { status: 'minutes_published' }),
	sg('2022-10-14', { isVirtual: true, note: 'Virtuelt møde, kl. 9-12 (referat 12/8-2022, punkt 7).' }),
	sg('2023-01-06'),
	sg('2023-03-10'),
	sg('2023-05-19'),
	sg('2023-08-11'),
	sg('2023-10-13'),

	dateOnly(
		'k17',
		'2022-08-26',
		'Referatet 12/8-2022 nævner under punkt 2 K17-behandling af rammeaftale 2023-24 den 29/8, mens mødekalenderen (punkt 6B) og punkt 3 og 4 angiver K17-møde 26/8.'
	),
	dateOnly('k17', '2022-11-04'),
	dateOnly('k17', '2023-01-27'),
	dateOnly('k17', '2023-03-31'),
	dateOnly('k17', '2023-06-02'),
	dateOnly('k17', '2023-08-25'),
	dateOnly('k17', '2023-11-03'),

	dateOnly('kkr-sjaelland', '2022-09-07'),
	dateOnly('kkr-sjaelland', '2022-11-22'),
	dateOnly('kkr-sjaelland', '2023-02-08'),
	dateOnly('kkr-sjaelland', '2023-04-26'),
	dateOnly('kkr-sjaelland', '2023-06-20'),
	dateOnly('kkr-sjaelland', '2023-09-06'),
	dateOnly('kkr-sjaelland', '2023-11-20')
];
