import type { IsoDate, PeriodLabel, SourceSlug } from './types';

export interface PrincipleSeed {
	number: number;
	title: string;
	/** Markdown. */
	description: string;
	period: PeriodLabel;
	source: SourceSlug;
}

export interface EffortAreaSeed {
	number: number;
	principle: number;
	title: string;
	description: string;
	source: SourceSlug;
}

export interface InitiativeSeed {
	/** Natural key. */
	key: string;
	effortArea: number | null;
	title: string;
	description: string;
	owner: string;
	deadline: IsoDate | null;
	resources: string;
	status: 'planned' | 'in_progress' | 'done' | 'paused';
	source: SourceSlug;
}

export interface IndicatorSeed {
	slug: string;
	title: string;
	description: string;
	unit: string;
	effortArea: number | null;
	source: SourceSlug;
}

const PRINCIPPER: SourceSlug = 'tre-faelleskommunale-principper-2025';

const FORMAAL =
	'Rammeaftalens udviklingsprogram har tre formål: styrke konkurrencen på botilbudsmarkedet, knække den stigende ' +
	'udgiftskurve og styrke kvaliteten af den borgerrettede indsats. De 3 fælleskommunale principper er tiltrådt af ' +
	'de sjællandske kommuner ultimo 2024, og indsatsområderne skal implementeres i alle 17 kommuner i perioden ' +
	'2025-2026.';

/** The three shared principles (3 fælleskommunale principper), with every statement the slides list under each. */
export const principles: PrincipleSeed[] = [
	{
		number: 1,
		title: 'Fælles om kontrakter og takster',
		description: `${FORMAAL}

Under princippet (oplæg til DASSOS 21. januar 2025):

- Vi anvender kun Standardkontrakter. De er obligatoriske.
- Vi har fokus på mindst mulig indgriben og progression i borgerens selvhjulpenhed og indgår derfor tidsbegrænsede standardkontrakter
- Vi afregner alene ud fra en takstoversigt, der er baseret på et åbent og gennemsigtigt beregningsgrundlag
- Vi indberetter udgiftsstigninger i døgn- og botilbud til Socialtilsyn Øst, hvis de overstiger 5 pct. Indberetningerne drøftes i Styregruppen for Rammeaftalen 2 gange om året`,
		period: '2025-26',
		source: PRINCIPPER
	},
	{
		number: 2,
		title: 'Fælles om kvalitet',
		description: `${FORMAAL}

Under princippet (oplæg til DASSOS 21. januar 2025):

- Vi anvender fælles principper og faglige begreber for sagsbehandling
- Vi afstemmer altid ledige bo- og døgntilbud i andre kommuner og i regionen før køb hos private.
- Vi følger en fælles sagsproces i myndighed, så den borgerrettede indsats kan sammenlignes på tværs af leverandører
- Vi sikrer kvaliteten i de tilbud, vi driver gennem anvendelse af en fælles kvalitetsmodel
- Vi sikrer en høj ensartet faglig kvalitet gennem et tæt samarbejde og dialog på tværs af kommunale myndigheder og leverandører`,
		period: '2025-26',
		source: PRINCIPPER
	},
	{
		number: 3,
		title: 'Fælles om botilbud',
		description: `${FORMAAL}

Under princippet, på oplægget kaldet »Fælles om døgn- og botilbud« (oplæg til DASSOS 21. januar 2025):

- Vi drøfter lukning eller ommærkning af bo- og døgntilbud tværkommunalt før der træffes lokalpolitisk beslutning
- Vi sikrer balance mellem udbud og efterspørgsel ved at gå sammen om etablering af døgn- og botilbud – fx ved brug af §60 selskaber, økonomisk underskudsgaranti eller bedre udnyttelse af eksisterende kapacitet
- Vi afsøger om andre kommuner kan være med i et botilbud, før vi opretter et enkeltmandstilbud
- Vi styrker samarbejdet og etablerer partnerskaber med aktører fra andre sektorer, herunder privat-offentlig (OPS, OPP), fonde og non-profit organisationer`,
		period: '2025-26',
		source: PRINCIPPER
	}
];

/** "Program 2025: implementering af 7 indsatsområder i 1. kvartal – 4. kvartal". */
export const effortAreas: EffortAreaSeed[] = [
	{
		number: 1,
		principle: 1,
		title: 'Vi anvender kun standardkontrakter. De er obligatoriske.',
		description: '',
		source: PRINCIPPER
	},
	{
		number: 2,
		principle: 1,
		title: 'Vi indberetter udgiftsstigninger i døgn- og botilbud til Socialtilsyn Øst, hvis de overstiger 5 pct.',
		description: 'Indberetningerne drøftes i Styregruppen for Rammeaftalen 2 gange om året.',
		source: PRINCIPPER
	},
	{
		number: 3,
		principle: 1,
		title: 'Vi afregner alene ud fra en takstoversigt, der er baseret på et åbent og gennemsigtigt beregningsgrundlag',
		description: '',
		source: PRINCIPPER
	},
	{
		number: 4,
		principle: 2,
		title: 'Vi anvender fælles principper og faglige begreber for sagsbehandling',
		description: '',
		source: PRINCIPPER
	},
	{
		number: 5,
		principle: 2,
		title: 'Vi afstemmer altid ledige bo- og døgntilbud i andre kommuner og i regionen før køb hos private',
		description: '',
		source: PRINCIPPER
	},
	{
		number: 6,
		principle: 3,
		title: 'Vi afsøger om andre kommuner kan være med i et botilbud, før vi opretter et enkeltmandstilbud',
		description:
			'I rammeaftale 2025-26 står dette indsatsområde både under »Fælles om kvalitet« og »Fælles om botilbud«; ' +
			'oplægget fra 2025 placerer det under »Fælles om botilbud«.',
		source: PRINCIPPER
	},
	{
		number: 7,
		principle: 3,
		title: 'Vi drøfter lukning eller ommærkning af bo- og døgntilbud tværkommunalt, før der træffes lokalpolitisk beslutning',
		description: '',
		source: PRINCIPPER
	}
];

/** Initiatives (prøvehandlinger) and next steps the 2025 slides name. */
export const initiatives: InitiativeSeed[] = [
	{
		key: 'granhoejen',
		effortArea: 2,
		title: 'Sag om Granhøjen: henvendelse om betydelige prisstigninger',
		description:
			'Formand for Rammeaftalen retter henvendelse til botilbudsleder på vegne af alle 17 kommuner med anmodning om ' +
			'forklaring på betydelige prisstigninger.',
		owner: 'Formand for Rammeaftalen',
		deadline: null,
		resources: '',
		status: 'in_progress',
		source: PRINCIPPER
	},
	{
		key: 'praksisfaellesskab-myndighedsledere',
		effortArea: 4,
		title: 'Praksisfællesskab med myndighedsledere fra 17 kommuner',
		description:
			'Etablering af et praksisfællesskab med myndighedsledere fra 17 kommuner, som har fokus på implementering af de ' +
			'fælleskommunale principper i de lokale myndighedspraksisser.',
		owner: '',
		deadline: null,
		resources: '',
		status: 'in_progress',
		source: PRINCIPPER
	},
	{
		key: 'temamoede-kontraktforhandling',
		effortArea: 1,
		title: 'Temamøde om kontraktforhandling på det specialiserede socialområde',
		description:
			'19/9 er afholdt temamøde om kontraktforhandling på det specialiserede socialområde med oplæg og drøftelse af ' +
			'lovgrundlag, samarbejde, sjællandske erfaringer, netværk og kontrakter som styringsinstrument. (Kilden ' +
			'angiver ikke årstal.)',
		owner: '',
		deadline: null,
		resources: '',
		status: 'done',
		source: PRINCIPPER
	},
	{
		key: 'implementeringsplan-godkendelse',
		effortArea: null,
		title: 'Implementeringsplan til godkendelse i Direktør- og Chefforum',
		description:
			'Næste skridt: 12/12 møde i Implementeringsgruppen; implementeringsplan til godkendelse i Direktør- og ' +
			'Chefforum 6. marts 2025; derefter eksekvering. Ifølge rammeaftale 2025-26 udarbejdes i starten af 2025 en ' +
			'dynamisk og detaljeret implementeringsplan med overblik over iværksatte initiativer under hvert ' +
			'indsatsområde samt deadlines og ressourceforbrug.\n\n' +
			'Forudsætninger: politisk opbakning til styrket fælleskommunalt samarbejde gennem udvikling og implementering ' +
			'af principper; nedsættelse af en hurtigarbejdende styregruppe, som dedikerer tid og ressourcer til ' +
			'opgaven; ansættelse af et årsværk til udvikling og implementering af de fælleskommunale principper.',
		owner: '',
		deadline: '2025-03-06',
		resources: '',
		status: 'planned',
		source: PRINCIPPER
	}
];

/** Rammeaftale 2025-26 only says "Udvælgelse af indikatorer til opfølgning på formål"; no seed names one. */
export const indicators: IndicatorSeed[] = [];
