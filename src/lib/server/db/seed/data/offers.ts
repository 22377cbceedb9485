import type { IsoDate, MunicipalitySlug, SourceSlug } from './types';

export interface OfferSeed {
	slug: string;
	name: string;
	/** Driftsherre; null where the seeds name no single municipality or the region (see operatorNote). */
	operator: MunicipalitySlug | null;
	operatorNote: string;
	targetGroup: string;
	/** Only where a seed states it. */
	legalBasis: string[];
	places: number | null;
	occupancyPercent: number | null;
	category: 'local' | 'cluster' | 'regional' | null;
	mostSpecialised: boolean;
	secureUnit: boolean;
	specialEducationAnnex: boolean;
	coverage: 'national' | 'regional' | null;
	status: 'active' | 'closing' | 'closed' | 'planned';
	description: string;
	source: SourceSlug;
}

export interface OfferHistorySeed {
	offer: string;
	effectiveOn: IsoDate | null;
	changes: Record<string, unknown>;
	note: string;
	/** Key of a decision in meeting-2022-08-12.ts. */
	decision: string | null;
	source: SourceSlug;
}

const HOVEDBILAG: SourceSlug = 'rammeaftale-2021-22-hovedbilag';
const RA2324: SourceSlug = 'rammeaftale-2023-24';
const REFERAT: SourceSlug = 'styregruppe-2022-08-12-dagsorden-referat';

const MEST_SPECIALISERET =
	'Et af de 10 mest specialiserede tilbud, som rammeaftalens samarbejde i særlig grad skal sikre (rammeaftale ' +
	'2023-24). Hvis disse tilbud får problemer med driften, er der aftalt en taskforce-procedure for, hvordan tilbuddet ' +
	'hurtigt kan støttes, hvis der fortsat er behov for de ydelser, tilbuddet leverer.';

const SIKREDE_AFDELINGER =
	'Bakkegården og Stevnsfortet er de sikrede afdelinger i Region Sjælland. Sammenhængen mellem kapacitet og ' +
	'belægning på de sikrede og særligt sikrede afdelinger vurderes at være god. Begge tilbud har oplevet relativt lave ' +
	'belægningsprocenter og over de sidste par år skiftende efterspørgsel, men det vurderes ikke på nuværende ' +
	'tidspunkt, at belægningen kræver særlige udviklingstiltag; Koordinationsforum har taget dette til efterretning ' +
	'(hovedbilag 2021-22). Der er ikke for toårsperioden truffet aftale om, at regionen skal etablere delvist lukkede ' +
	'afdelinger.';

const ALLONGE =
	'Specialskole, som mindst 5 kommuner bruger, og som derfor indgår i allongen til rammeaftalen om ' +
	'specialundervisning i folkeskolen (folkeskolelovens § 20, stk. 2) med aftaler tilsvarende dem, der gælder for den ' +
	'egentlige rammeaftale, herunder udviklingsstrategi og styringsaftale samt takstaftale (hovedbilag 2021-22).';

function mostSpecialised(o: Partial<OfferSeed> & Pick<OfferSeed, 'slug' | 'name' | 'operator' | 'targetGroup'>): OfferSeed {
	return {
		operatorNote: '',
		legalBasis: [],
		places: null,
		occupancyPercent: null,
		category: null,
		secureUnit: false,
		specialEducationAnnex: false,
		coverage: null,
		status: 'active',
		source: RA2324,
		...o,
		mostSpecialised: true,
		description: o.description ? `${MEST_SPECIALISERET}\n\n${o.description}` : MEST_SPECIALISERET
	};
}

function annex(slug: string, name: string, operator: MunicipalitySlug | null, extra: Partial<OfferSeed> = {}): OfferSeed {
	return {
		slug,
		name,
		operator,
		operatorNote: '',
		targetGroup: 'Specialundervisning for børn (specialskole)',
		legalBasis: ['Folkeskoleloven § 20, stk. 2'],
		places: null,
		occupancyPercent: null,
		category: null,
		mostSpecialised: false,
		secureUnit: false,
		specialEducationAnnex: true,
		coverage: null,
		status: 'active',
		description: ALLONGE,
		source: HOVEDBILAG,
		...extra
	};
}

export const offers: OfferSeed[] = [
	// "De mest specialiserede tilbud" (rammeaftale 2023-24): "Det er pt. 10 tilbud på listen".
	mostSpecialised({
		slug: 'kildebo',
		name: 'Kildebo',
		operator: 'faxe',
		targetGroup: 'Hjerneskade',
		description: 'Indstillet primo 2015 som et af »de mest specialiserede« tilbud: »Kildebo – med fokus på senhjerneskadedelen« (hovedbilag 2021-22).'
	}),
	mostSpecialised({
		slug: 'bomi',
		name: 'BOMI',
		operator: 'roskilde',
		targetGroup: 'Hjerneskade',
		description: 'Indstillet primo 2015 som et af »de mest specialiserede« tilbud: »BOMI – Hjerneskadedelen« (hovedbilag 2021-22).'
	}),
	mostSpecialised({
		slug: 'platangaarden',
		name: 'Platangården',
		operator: 'region-sjaelland',
		targetGroup: 'Spiseforstyrrelse',
		description: 'Indstillet primo 2015 som et af »de mest specialiserede« tilbud: »Platangården – afdelingen for spiseforstyrrelser« (hovedbilag 2021-22).'
	}),
	mostSpecialised({
		slug: 'boerneskolen-filadelfia',
		name: 'Børneskolen Filadelfia',
		operator: 'region-sjaelland',
		targetGroup: 'Epilepsi',
		description:
			'Indstillet primo 2015 som et af »de mest specialiserede« tilbud. Hovedbilaget 2021-22 nævner Kolonien ' +
			'Filadelfia blandt de mest specialiserede lands- og landsdelsdækkende tilbud i Region Sjælland.'
	}),
	mostSpecialised({
		slug: 'bakkegaarden',
		name: 'Bakkegården',
		operator: 'region-sjaelland',
		targetGroup: 'Sikret afdeling',
		legalBasis: ['SEL § 66, stk. 1, nr. 6'],
		secureUnit: true,
		description:
			'Indstillet primo 2015 som et af »de mest specialiserede« tilbud: »Bakkegården – Skelbækgårddelen: ' +
			'Kompetencemiljø for unge kriminelle udviklingshæmmede« (hovedbilag 2021-22).\n\n' +
			SIKREDE_AFDELINGER
	}),
	mostSpecialised({
		slug: 'kofoedsminde',
		name: 'Kofoedsminde',
		operator: 'region-sjaelland',
		operatorNote:
			'Region Sjælland driver Kofoedsminde på vegne af Lolland Kommune, der ifølge lovgivningen har ' +
			'forsyningsforpligtelsen overfor målgruppen (hovedbilag 2021-22).',
		targetGroup: 'Kriminelle udviklingshæmmede',
		places: 68,
		occupancyPercent: 102,
		coverage: 'national',
		description:
			'Den sikrede boform Kofoedsminde for domfældte udviklingshæmmede er et øvrigt landsdækkende tilbud, ' +
			'finansieres via objektiv finansiering (udgifterne fordeles mellem alle landets kommuner efter folketal) og ' +
			'har længe været fulgt tæt af Koordinationsforum. Pladstallet er øget fra 44 pladser i 2016 til 68 pladser i ' +
			'2019. Kofoedsminde havde i 2019 en belægning på 102 %. Tiltag til at minimere antallet af borgere, der ' +
			'visiteres til Kofoedsminde, har ikke haft den ønskede effekt, hvorfor tilbuddet stadig oplever en stor ' +
			'efterspørgsel efter pladser. Social- og Indenrigsministeriet er på opfordring fra KL ved at nedsætte en ' +
			'arbejdsgruppe omkring Kofoedsminde (hovedbilag 2021-22).'
	}),
	mostSpecialised({
		slug: 'synscenter-refsnaes',
		name: 'Synscenter Refsnæs',
		operator: 'region-sjaelland',
		targetGroup: 'Synsnedsættelse',
		legalBasis: ['SEL § 66, stk. 6', 'SEL § 107'],
		coverage: 'national',
		description:
			'Synscenter Refsnæs vurderes generelt at være udfordret, både på det landsdækkende undervisningstilbud og på ' +
			'de takstbaserede ydelser (bo-, fritid og skoletilbuddene). Særligt har der på botilbuddene (§ 66 stk. 6 og ' +
			'§ 107) været et fald i antal borgere siden 2014. Koordinationsforum følger tilbuddet tæt (hovedbilag ' +
			'2021-22).'
	}),
	mostSpecialised({
		slug: 'orions-baelte',
		name: 'Orions Bælte',
		operator: 'naestved',
		targetGroup: 'Prader Willis syndrom'
	}),
	mostSpecialised({
		slug: 'himmelev',
		name: 'Himmelev',
		operator: 'region-sjaelland',
		targetGroup: 'Autisme',
		description:
			'Indstillet primo 2015 som et af »de mest specialiserede« tilbud: »Himmelev (autismetilbud/indsats på ' +
			'børne-ungeområdet særligt skærmet indsats 2-4 pladser)« (hovedbilag 2021-22). Hovedbilaget nævner også ' +
			'»Himmelev – Roskilde« blandt specialskolerne i allongen; kilderne angiver forskellig driftsherre.'
	}),
	mostSpecialised({
		slug: 'hanne-marie',
		name: 'Hanne Marie',
		operator: null,
		operatorNote:
			'Driftsoverenskomst med Region Sjælland (rammeaftale 2023-24). Kilderne angiver ikke, hvem der er driftsherre.',
		targetGroup: 'Voldsramte kvinder/misbrug',
		description: 'Efter 2015 indstillet som et af de mest specialiserede tilbud: »Hanne Marie hjemmet i Roskilde« (hovedbilag 2021-22).'
	}),

	// The other secure unit in Region Sjælland.
	{
		slug: 'stevnsfortet',
		name: 'Stevnsfortet',
		operator: 'region-sjaelland',
		operatorNote: '',
		targetGroup: 'Sikret afdeling',
		legalBasis: ['SEL § 66, stk. 1, nr. 6'],
		places: null,
		occupancyPercent: null,
		category: null,
		mostSpecialised: false,
		secureUnit: true,
		specialEducationAnnex: false,
		coverage: null,
		status: 'active',
		description: SIKREDE_AFDELINGER,
		source: HOVEDBILAG
	},

	// Allonge: Specialundervisning i Folkeskolen, "Omfattede institutioner".
	annex('ellebaekskolen', 'Ellebækskolen', 'koge'),
	annex('fjordskolen', 'Fjordskolen', 'roskilde'),
	annex('bugtskolen', 'Bugtskolen', 'greve'),
	annex('nebs-moellegaard', 'Nebs Møllegård', 'ringsted'),
	annex('lindersvold', 'Lindersvold', null, {
		operatorNote: 'Selvejende institution med beliggenhedsadresse i Faxe Kommune (hovedbilag 2021-22).'
	}),
	annex('himmelev-roskilde', 'Himmelev (Roskilde)', 'roskilde', {
		description:
			ALLONGE +
			'\n\nAllongen angiver »Himmelev – Roskilde«; listen over de mest specialiserede tilbud angiver »Himmelev ' +
			'(autisme, Region Sjælland)«. Kilderne angiver forskellig driftsherre, derfor to tilbud.'
	}),

	// Referat 12/8-2022, punkt 7.
	{
		slug: 'slagelse-tilbud-udviklingshaemmede-59-pladser',
		name: 'Tilbud til udviklingshæmmede med 59 pladser (Slagelse)',
		operator: 'slagelse',
		operatorNote: '',
		targetGroup: 'Udviklingshæmmede',
		legalBasis: [],
		places: 59,
		occupancyPercent: null,
		category: null,
		mostSpecialised: false,
		secureUnit: false,
		specialEducationAnnex: false,
		coverage: null,
		status: 'closing',
		description:
			'Slagelse orienterede på styregruppemødet 12/8-2022 om, at de lukker et tilbud til udviklingshæmmede med 59 ' +
			'pladser. Tilbuddet er ikke højt specialiseret, dvs. der er ikke forsyningsproblemer, og kommunerne ' +
			'kontaktes. Referatet oplyser hverken tilbuddets navn eller lukkedato.',
		source: REFERAT
	}
];

export const offerHistory: OfferHistorySeed[] = [
	{
		offer: 'kofoedsminde',
		effectiveOn: '2016-01-01',
		changes: { places: 44 },
		note: 'Pladstal i 2016. Kilden angiver kun årstallet; datoen er sat til 1. januar.',
		decision: null,
		source: HOVEDBILAG
	},
	{
		offer: 'kofoedsminde',
		effectiveOn: '2019-01-01',
		changes: { places: 68, occupancyPercent: 102 },
		note: 'Pladstal og belægning i 2019 (»øget fra 44 pladser i 2016 til 68 pladser i 2019«, belægning 102 %). Kilden angiver kun årstallet; datoen er sat til 1. januar.',
		decision: null,
		source: HOVEDBILAG
	},
	{
		offer: 'slagelse-tilbud-udviklingshaemmede-59-pladser',
		effectiveOn: '2022-08-12',
		changes: { status: 'closing', places: 59 },
		note: 'Slagelse orienterede styregruppen om lukningen. Lukkedatoen er ikke oplyst.',
		decision: 'sg-2022-08-12:7:1',
		source: REFERAT
	}
];
