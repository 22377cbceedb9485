// Danish text for the benchmark data: titles, item sections and decisions built from the domain's own words
// (tilbud, takster, anbringelse, botilbud …), so that stemming, ranking and snippets meet realistic text.
// A small seeded PRNG makes every run produce the same data set.

/** mulberry32: tiny, fast, good enough for test data. */
export function prng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
	/** Picks by weight: `[[value, weight], …]`. */
	const weighted = <T>(list: readonly (readonly [T, number])[]): T => {
		const total = list.reduce((s, [, w]) => s + w, 0);
		let r = next() * total;
		for (const [value, w] of list) if ((r -= w) < 0) return value;
		return list[list.length - 1][0];
	};
	return { next, int, pick, weighted };
}
export type Rng = ReturnType<typeof prng>;

export const TOPICS = [
	'takster',
	'takstberegning',
	'anbringelse',
	'anbringelser af børn og unge',
	'botilbud',
	'specialundervisning',
	'handicap',
	'udviklingsplan',
	'kapacitet',
	'belægning',
	'lukning af pladser',
	'sikrede institutioner',
	'socialpsykiatri',
	'misbrugsbehandling',
	'hjerneskade',
	'autisme',
	'udviklingshæmning',
	'domfældte',
	'rammeaftalen',
	'styringsaftalen',
	'udviklingsstrategien',
	'tilsyn',
	'overhead',
	'budget',
	'regnskab',
	'tilbudsportalen',
	'efterværn',
	'forebyggelse',
	'døgntilbud',
	'dagtilbud',
	'aflastning',
	'specialskoler',
	'hjælpemidler',
	'kommunikationscentre',
	'høreområdet',
	'synsområdet',
	'fokusområder',
	'indikatorer',
	'kompetenceudvikling',
	'netværksgrupper'
] as const;

export const TITLE_TEMPLATES = [
	'Takster for {next}',
	'Godkendelse af takster for {next}',
	'Rammeaftale {year}-{y2}: {topic}',
	'Status på {topic}',
	'Orientering om {topic}',
	'Udviklingsplan for {offer}',
	'Kapacitet og belægning på {topic}',
	'Anbringelse af børn og unge: {topic}',
	'Botilbud i {municipality} Kommune',
	'Specialundervisning: {topic} i {year}',
	'Handicapområdet: {topic}',
	'Lukning af pladser på {offer}',
	'Ændring af tilbud: {offer}',
	'Økonomi: {topic} {year}',
	'Opfølgning på {topic}',
	'Temadrøftelse: {topic}',
	'Henvendelse fra {municipality} Kommune om {topic}',
	'Årsrapport fra netværksgruppen om {topic}',
	'Meddelelser',
	'Eventuelt',
	'Godkendelse af dagsorden',
	'Godkendelse af referat',
	'Mødeplan for {next}'
] as const;

const SUBJECTS = [
	'Styregruppen',
	'Sekretariatet',
	'Kommunerne',
	'Driftsherren',
	'Netværksgruppen',
	'Takstgruppen',
	'Økonomigruppen',
	'Region Sjælland',
	'Socialtilsynet',
	'Implementeringsgruppen'
];
const VERBS = [
	'har drøftet',
	'har udarbejdet',
	'har gennemgået',
	'foreslår',
	'vurderer',
	'anbefaler',
	'har beregnet',
	'har indhentet oplysninger om',
	'følger',
	'har evalueret'
];
const OBJECTS = [
	'taksterne for de højt specialiserede tilbud',
	'belægningen på botilbuddene',
	'behovet for pladser til børn og unge med handicap',
	'udgifterne til anbringelser uden for hjemmet',
	'kapaciteten på specialundervisningsområdet',
	'udviklingen i antallet af borgere med autisme',
	'de mest specialiserede tilbud',
	'overheadprocenten i takstberegningen',
	'efterreguleringen af taksterne',
	'lukningsomkostningerne ved tilbuddet',
	'kvaliteten i de sikrede institutioner',
	'kompetenceudviklingen blandt medarbejderne',
	'samarbejdet med Socialtilsyn Øst',
	'indikatorerne for fokusområderne',
	'udviklingsstrategiens mål for handicapområdet',
	'ventetiden på en plads i et døgntilbud',
	'aflastningstilbud til familier',
	'kommunikationscentrenes ydelser',
	'de regionale tilbud på socialpsykiatrien',
	'misbrugsbehandlingen for unge'
];
const REASONS = [
	'som følge af færre henvisninger',
	'fordi flere kommuner selv driver tilbud',
	'på baggrund af regnskabet for sidste år',
	'efter drøftelse i netværksgruppen',
	'i tråd med rammeaftalens principper',
	'med henblik på en mere ensartet praksis',
	'for at sikre faglig bæredygtighed',
	'jf. styringsaftalens bestemmelser om takster',
	'efter dialog med driftsherren',
	'på grund af stigende udgifter'
];

export const KINDS = [
	['noted', 35],
	['approved', 30],
	['discussed', 15],
	['recommended', 12],
	['postponed', 5],
	['rejected', 3]
] as const;
export type Kind = (typeof KINDS)[number][0];

const DECISION_TEXT: Record<Kind, readonly string[]> = {
	noted: ['{body} tog orienteringen om {object} til efterretning.', 'Orienteringen blev taget til efterretning. {sentence}'],
	approved: ['{body} godkendte indstillingen om {object}.', 'Godkendt. {body} godkendte {object} {reason}.'],
	discussed: ['{body} drøftede {object}. {sentence}', 'Drøftet. Der var enighed om at arbejde videre med {object}.'],
	recommended: [
		'{body} anbefalede {object} og videresendte sagen til K17.',
		'Anbefalet over for KKR Sjælland, idet {body} lagde vægt på {object}.'
	],
	postponed: ['Punktet blev udsat til næste møde. {sentence}', '{body} udsatte sagen om {object}, indtil der foreligger nye tal.'],
	rejected: ['{body} kunne ikke tiltræde forslaget om {object}.', 'Afvist. {body} ønsker i stedet en ny vurdering af {object}.']
};

/** One sentence of case prose. */
export function sentence(r: Rng): string {
	return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(REASONS)}.`;
}

export function paragraph(r: Rng, min: number, max: number): string {
	return Array.from({ length: r.int(min, max) }, () => sentence(r)).join(' ');
}

export function fill(template: string, r: Rng, vars: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? (name === 'topic' ? r.pick(TOPICS) : name === 'object' ? r.pick(OBJECTS) : name === 'reason' ? r.pick(REASONS) : name === 'sentence' ? sentence(r) : name));
}

export function decisionText(r: Rng, kind: Kind, body: string): string {
	return fill(r.pick(DECISION_TEXT[kind]), r, { body });
}

/** Offers (tilbud) as municipalities name them. */
export const OFFER_KINDS = [
	['Botilbuddet', 'voksne med udviklingshæmning'],
	['Bostedet', 'voksne med sindslidelse'],
	['Døgninstitutionen', 'børn og unge med handicap'],
	['Specialskolen', 'børn med autisme'],
	['Aflastningstilbuddet', 'familier med børn med handicap'],
	['Behandlingshjemmet', 'unge med misbrug'],
	['Kommunikationscentret', 'borgere med hjerneskade'],
	['Opholdsstedet', 'unge med adfærdsvanskeligheder'],
	['Værestedet', 'voksne med psykiske vanskeligheder'],
	['Dagtilbuddet', 'voksne med multiple funktionsnedsættelser']
] as const;
export const PLACE_NAMES = [
	'Egely',
	'Solhaven',
	'Bøgely',
	'Fjordgården',
	'Lindegården',
	'Skovbrynet',
	'Kastaniehuset',
	'Engbo',
	'Strandlyst',
	'Granly',
	'Møllegården',
	'Rosenhaven',
	'Birkely',
	'Havblik',
	'Vibeholm',
	'Åbakken',
	'Kildevang',
	'Toftegården',
	'Hyldebo',
	'Pilehuset'
];

export const CLOSED_REASONS = ['Personfølsomme oplysninger', 'Forhandling om takster', 'Drøftelse af enkeltsag'];
