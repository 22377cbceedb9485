// The steering-group meeting of 12/8-2022: agenda (dagsorden) and minutes (referat), every item as the document
// records it, cleaned of PDF line-break hyphenation only. Source: styregruppe-2022-08-12-dagsorden-referat.
import type { BodySlug } from './bodies';
import { meetingKey } from './calendar';
import type { FocusAreaSlug } from './focus-areas';
import type { IsoDate, MunicipalitySlug, SourceSlug } from './types';

export interface LinkSeed<K> {
	ref: K;
	note: string;
}

export interface FollowUpActionSeed {
	what: string;
	/** As the minutes say it. */
	owner: string;
	ownerMunicipality: MunicipalitySlug | null;
	dueOn: IsoDate | null;
	/** The minutes record what was agreed, not whether it was done: 'unknown' unless a source says more. */
	status: 'unknown' | 'done' | 'cancelled' | 'unknown';
}

export interface DecisionSeed {
	/** `sg-2022-08-12:<item number>:<position>`; offers and tariff rule versions refer to decisions by it. */
	key: string;
	kind: 'noted' | 'discussed' | 'approved' | 'recommended' | 'postponed' | 'rejected';
	text: string;
	offers: LinkSeed<string>[];
	tariffRules: LinkSeed<string>[];
	focusAreas: LinkSeed<FocusAreaSlug>[];
	/** Network groups by their body slug. */
	networkGroups: LinkSeed<BodySlug>[];
	municipalities: LinkSeed<MunicipalitySlug>[];
	actions: FollowUpActionSeed[];
}

export interface AttachmentSeed {
	title: string;
	url: string | null;
}

export interface AgendaItemSeed {
	number: string;
	position: number;
	kind: 'formal' | 'decision' | 'discussion' | 'orientation' | 'other';
	title: string;
	beslutningstema: string;
	baggrund: string;
	sagsfremstilling: string;
	indstilling: string;
	droftelse: string;
	beslutning: string;
	isClosed: boolean;
	closedReason: string;
	/** Slug of a case in cases.ts. */
	case: string | null;
	attachments: AttachmentSeed[];
	decisions: DecisionSeed[];
}

export interface MeetingMinutesSeed {
	meeting: string;
	source: SourceSlug;
	items: AgendaItemSeed[];
}

const list = (lines: string[]) => lines.map((l) => `- ${l}`).join('\n');

type DecisionInput = Omit<DecisionSeed, 'key' | 'offers' | 'tariffRules' | 'focusAreas' | 'networkGroups' | 'municipalities' | 'actions'> &
	Partial<Pick<DecisionSeed, 'offers' | 'tariffRules' | 'focusAreas' | 'networkGroups' | 'municipalities' | 'actions'>>;

function decisions(number: string, inputs: DecisionInput[]): DecisionSeed[] {
	return inputs.map((d, i) => ({
		key: `sg-2022-08-12:${number}:${i + 1}`,
		offers: [],
		tariffRules: [],
		focusAreas: [],
		networkGroups: [],
		municipalities: [],
		actions: [],
		...d
	}));
}

type ItemInput = Omit<AgendaItemSeed, 'beslutning' | 'isClosed' | 'closedReason' | 'case' | 'attachments' | 'baggrund' | 'sagsfremstilling' | 'droftelse' | 'indstilling' | 'beslutningstema'> &
	Partial<AgendaItemSeed>;

/** An item whose minutes have a "Beslutning:" list: the Markdown is the decision texts, one bullet each. */
function item(input: ItemInput): AgendaItemSeed {
	return {
		beslutningstema: '',
		baggrund: '',
		sagsfremstilling: '',
		indstilling: '',
		droftelse: '',
		beslutning: list(input.decisions.map((d) => d.text)),
		isClosed: false,
		closedReason: '',
		case: null,
		attachments: [],
		...input
	};
}

const ALL_2122: FocusAreaSlug[] = [
	'fokusomraade-2021-22-1',
	'fokusomraade-2021-22-2',
	'fokusomraade-2021-22-3',
	'fokusomraade-2021-22-4',
	'fokusomraade-2021-22-5',
	'fokusomraade-2021-22-6'
];

const ORIENTERING_TEMA = 'Styregruppen orienteres';
const ORIENTERING_INDSTILLING = list(['At styregruppen tager orienteringen til efterretning.']);
const TOG_ORIENTERINGEN = 'Styregruppen tog orienteringen til efterretning';

export const meeting20220812: MeetingMinutesSeed = {
	meeting: meetingKey('styregruppen', '2022-08-12'),
	source: 'styregruppe-2022-08-12-dagsorden-referat',
	items: [
		// ── 0 ────────────────────────────────────────────────────────────────────────────────────────────────────────
		item({
			number: '0',
			position: 0,
			kind: 'formal',
			title: 'Præsentation jf. nye styregruppemedlemmer fra Slagelse og K17',
			sagsfremstilling:
				'Socialchef Lone Berner Wolff er ny repræsentant fra Slagelse og Henning Daugaard, Sorø er ny repræsentant fra K17',
			decisions: [],
			beslutning: ''
		}),

		// ── 1 ────────────────────────────────────────────────────────────────────────────────────────────────────────
		item({
			number: '1',
			position: 1,
			kind: 'formal',
			title: 'Godkendelse af dagsorden til styregruppemøde 12/8',
			sagsfremstilling: `Det primære punkt er behandling af rammeaftale 2023-24. Øvrige punkter er status ift. rammeaftale 2021-2022 og Særlige pladser samt Nyt fra styregruppe og sekretariat og herunder med udpegning af ny tovholder og kontaktperson ift. netværksgruppen Voksne handicappede. Til orientering ekstramøde i Koordinationsforum som er afholdt 28/6, Nyt fra K17 og KKR samt Nyt fra netværksgrupper og arbejdsgrupper

Dagsordenen er inddelt i punkter til indstilling/beslutning og orientering.`,
			decisions: decisions('1', [{ kind: 'approved', text: 'Styregruppen godkendte dagsordenen' }])
		}),

		// ── 2 ────────────────────────────────────────────────────────────────────────────────────────────────────────
		item({
			number: '2',
			position: 2,
			kind: 'decision',
			title: 'Rammeaftale 2023-24 – behandling af rammeaftale 2023-24',
			case: 'rammeaftale-2023-24',
			beslutningstema:
				'Styregruppen orienteres og behandler: drøfter og godkender rammeaftale 2023-2024 med efterfølgende anbefaling til og videresendelse til behandling i K17 og KKR',
			baggrund: `Punktet består af en kort status efterfulgt af en egentlig sagsfremstilling.

**Status**

På styregruppemøde 24/6 blev orienteret om at rammeaftale 2023-24 behandles endeligt på styregruppemøde 12/8 og efterfølgende sendes til behandling i K17 (29/8) og KKR (7/9) og derefter til godkendelse i kommunerne med frist 1/12.

KKR Sjælland har på deres møde 22/3 bakket op om styregruppens og K17’s indstilling om at forlænge rammeaftalens fokusområder til 2023-24 (med mulighed for evt. suppleringer), da de fortsat er relevante og arbejdet forsinket pga. Covid.

Udover selve rammeaftalen er der diverse, der ifølge lovgivningen skal opdateres i Rammeaftale 2023-2024 og herunder opdateres bilag: Hovedbilag, takstaftale, takstoversigt, tilbudsoversigt, oversigt over kommunernes tilbagemelding ift. udbud/efterspørgsel samt notat om lands- og landsdelsdækkende tilbud og sikrede afdelinger. Se bilagsoversigt.

På styregruppemødet 29/4 blev det aftalt at udsætte det sædvanlige dialogmøde om rammeaftale 2023-24 (med deltagelse af handicapråd, brugerorganisationer, udvalgspolitikere og fagdirektører) til senere på året og med fokus på hvordan rammeaftale 2023-24 og arbejdet med fokusområderne bedst muligt udmøntes.

På styregruppemøde 24/6 besluttede styregruppen at anbefale at takstanbefalingen fra Rammeaftale 2021-22 fortsættes/forlænges, så denne også indgår i rammeaftale 2023-24 (under fokusområde 6):

> ”I rammeaftale 2023-2024 er det besluttet (som i rammeaftale 2021-2022) ikke at bruge ”takstinstrumentet” i form af henstilling over for kommunerne om en given procent takstreduktion, men i stedet opfordre alle kommuner til at sikre et målrettet arbejde for konstant driftsoptimering med den hensigt at reducere taksterne på de takstbelagte institutioner og stram udgiftsstyring generelt, herunder ved køb hos private.”`,
			sagsfremstilling: `**Baggrund**

De 17 kommunalbestyrelser i Region Sjælland og regionsrådet skal hvert andet år senest den 1. december indgå en rammeaftale på det specialiserede social- og undervisningsområde.

Rammeaftalens overordnede formål er at sikre, at der de nødvendige tilbud og indsatser til rådighed på det specialiserede social- undervisningsområde.

Rammeaftalen består af to dele – en udviklingsdel (behov for tilbud, faglig udvikling og fokusområder) og en styringsdel (kapacitets- og økonomistyringsdel).

Grundet at rammeaftalens fokusområder fortsat er relevante og arbejdet forsinket pga. covid-19 anbefalede KKR Sjælland 22/3-2022 en proces hvor den nuværende rammeaftale (2021-22) forlænges så fokusområderne også gælder for den kommende to-årige periode 2023-24. Rammeaftalen behandles af K17 og KKR i august-september og udsendes derefter til kommuner og regionsråd med frist for godkendelse 1/12.

I forbindelse med udarbejdelse af den nuværende rammeaftale 2021-2022 blev gennemført en proces med inddragelse af udvalgspolitikere, handicaprådsrepræsentanter, og fagdirektører med en enkel og overskuelig rammeaftale som resultat. Rammeaftalen rummer et begrænset antal fokusområder med øget fokus på mål, indhold og resultater som skal fokusere arbejdet og medvirke til at muliggøre politisk opfølgning.

**Fokusområder med mål**

De seks nuværende fokusområder i rammeaftale 2021-22 har stor relevans også i de kommende to år og grundet covid-19 er implementeringen af rammeaftale 2021-22 og arbejdet med fokusområderne blevet forsinket. Rammeaftalen (2021-22) anbefales derfor forlænget så fokusområderne for 2021-22 også gælder for 2023-24. Følgende fokusområder foreslås for 2023 og 2024 i hhv. rammeaftalens udviklingsdel og styringsdel

*Udviklingsdel*

1. **Styrket mellemkommunalt samarbejde**  
   Mål: For at udvikle og sikre kvaliteten af vores tilbud skal vi styrke samarbejdet mellem kommunerne og regionen om de temaer, der er relevante og nødvendige for at kunne sikre de rette tilbud med de rette kompetencer til borgere med behov for støtte
2. **En sammenhængende indsats for borgere med psykiske vanskeligheder**  
   Mål: Vi skal skabe bedre vilkår for at sammenhængende forløb og indsatser for borgere med væsentlige psykiske vanskeligheder styrkes.
3. **Styrket samarbejde med borgere og deres pårørende**  
   Mål: Vi ønsker at styrke inddragelsen og samskabelsen med brugerne og deres pårørende, for at vi sammen kan udvikle og retningssætte på det specialiserede social- og specialundervisningsområde.
4. **Praksisnær metodeudvikling og videndeling om effekt**  
   Mål: Vi skal styrke den praksisnære metodeudvikling og videndeling for at skabe bedre kvalitet i indsatsen for brugerne, sammen med brugerne og deres pårørende og samtidig sikre en bedre anvendelse af de tilgængelige ressourcer.

*Styringsdel*

5. **Afdækning af kapacitet og behov for tilbud**  
   Mål: Vi ønsker en afdækning af den aktuelle kapacitet samt en prognose for sociale tilbud på kort og lang sigt som grundlag for en strategisk drøftelse af, hvordan KKR Sjælland bedst lever op til sin forsyningsforpligtigelse og sit samarbejde.
6. **Bedre styringsdata og ledelsesinformation**  
   Mål: Vi ønsker at øge gennemsigtigheden på det specialiserede social- og specialundervisningsområde gennem udvikling af bedre data om økonomi, aktiviteter og effekten af vores indsatser. Som grundlag for kvalitetsudvikling, styring og bedre køb og salg af pladser.

Fokusområderne er uddybet i selve rammeaftalen for 2023-2024.

De foreslåede fokusområder afspejler også kommunernes tilbagemelding om opmærksomhedspunkter og behov for tilbud, der således indtænkes i arbejdet med den kommende rammeaftale.

**Behov for tilbud**

Der skal i udviklingsdelen indgå et samlet skøn for behov for regulering i antallet af tilbud samt områder (fokusområder), der skal arbejdes med i det pågældende år.

Ift. behov for tilbud er det generelle billede i kommunerne er, at der på de fleste områder opleves sammenhæng mellem udbud og efterspørgsel og mellem behov og tilbud/ydelser. Der er dog områder og målgrupper, som kommunerne gør opmærksom på og herunder særligt ift. børn/unge med psykiske vanskeligheder og svære sociale problemer samt børn/unge med multiple og sjældent forekommende funktionsnedsættelser. Ift. voksne er det særligt ift. svære sociale problemer, sjældent forekommende og multiple funktionsnedsættelser samt psykiske vanskeligheder og kognitive forstyrrelser.

**Styringsdel**

Styringsdelen lægger rammerne for kapacitets- og prisudviklingen samt takster og principper for omkostningsberegning og betalingsmodeller. Som udgangspunkt er tilbud inden for de relevante lovparagraffer, der anvendes af flere kommuner omfattet af styringsaftalen. Det samme gælder regionale tilbud

**Takstanbefaling 2023-2024**

I rammeaftale 2021-2022 er det besluttet ikke at bruge ”takstinstrumentet” i form af henstilling over for kommunerne om en given procent takstreduktion, men i stedet opfordre alle kommuner til at sikre et målrettet arbejde for konstant driftsoptimering med den hensigt at reducere taksterne på de takstbelagte institutioner og stram udgiftsstyring generelt, herunder ved køb hos private.

En tilsvarende takstanbefaling for 2023-2024 er indarbejdet i fokusområde 6 i forslag til rammeaftale.

I grundlaget for udarbejdelsen af rammeaftalen indgår en status ift. børnehus, socialtilsyn, lands- og landsdelsdækkende tilbud og sikrede institutioner samt Grønland og Færøerne, da disse områder jf. rammeaftalebekendtgørelsen skal drøftes og koordineres mellem kommuner og regioner.

Rammeaftalen for 2023-2024 består af et kort hoveddokument, som er vedhæftet. Herudover indgår i rammeaftalen en oversigt over de bilag, som indgår som grundlag for udarbejdelsen af rammeaftalen, herunder takstaftalen.

**Bilag**

Ift. rammeaftale 2023-24 og bilag oprettes katalog på hjemmesiden hvor filerne placeres.`,
			indstilling: list([
				'At styregruppen tager orienteringen til efterretning',
				'At styregruppen behandler: drøfter og godkender rammeaftale 2023-2024',
				'At styregruppen anbefaler og videresender rammeaftalen til behandling i K17 og KKR',
				'At styregruppen drøfter den videre proces og tidsplan og herunder ift. dialogmøde'
			]),
			attachments: [
				{ title: 'Rammeaftalebekendtgørelse', url: 'https://www.retsinformation.dk/eli/lta/2020/1298' },
				{ title: 'Rammeaftale 2023-24 – vedhæftet – opdatering af forord afventer KKRs formandskab', url: null },
				{ title: '1. Hovedbilag – under opdatering, afventer takstaftale – eftersendes', url: null },
				{ title: '2. Takstaftale 2023 – under opdatering af takstgruppen (møde 9/8) – eftersendes', url: null },
				{ title: '3. Takstoversigt', url: 'https://www.rs17.dk/media/052gdyjx/takster-2021-2022.pdf' },
				{ title: '4. Tilbudsoversigt – under validering i kommunerne (frist 12/8) – eftersendes', url: null },
				{
					title: '5-8. Standardkontrakter: vejledninger og kontraktskabeloner',
					url: 'https://www.rs17.dk/standardkontrakt/standardkontrakt/'
				},
				{
					title:
						'9-10. Oversigt over kommunernes tilbagemelding ift. udbud/efterspørgsel på børne- og voksenområdet – korte oversigter vedhæftet – længere oversigter eftersendes',
					url: null
				},
				{ title: '11. Notat om lands- og landsdelsdækkende tilbud og sikrede afdelinger – vedhæftet', url: null },
				{ title: 'Bilag til takstaftalen', url: 'https://www.rs17.dk/rammeaftalen/rammeaftale-2021-2022/' }
			],
			decisions: decisions('2', [
				{ kind: 'noted', text: TOG_ORIENTERINGEN },
				{
					kind: 'recommended',
					text: 'Styregruppen besluttede at anbefale og videresende rammeaftalen til behandling i K17 med indstilling om at K17 anbefaler og videresender rammeaftalen til KKR Sjælland',
					tariffRules: [
						{
							ref: 'takstanbefaling',
							note: 'Takstanbefalingen fra rammeaftale 2021-22 fortsættes i rammeaftale 2023-24 (indarbejdet i fokusområde 6).'
						}
					],
					focusAreas: ALL_2122.map((ref) => ({ ref, note: 'Fokusområderne for 2021-22 forlænges, så de også gælder for 2023-24.' }))
				},
				{
					kind: 'postponed',
					text: 'Jf. punkt 3 drøftes den videre proces og tidsplan ift. dialogmøde på næste styregruppemøde',
					actions: [
						{
							what: 'Drøfte den videre proces og tidsplan ift. dialogmøde om rammeaftale 2023-24',
							owner: 'Styregruppen',
							ownerMunicipality: null,
							dueOn: '2022-10-14',
							status: 'unknown'
						}
					]
				},
				{
					kind: 'approved',
					text: 'Kommunernes tilbagemeldinger ift. behov for tilbud indgår i det videre arbejde med rammeaftale 203-24 og herunder i arbejdet med rammeaftalens fokusområder'
				}
			])
		}),

		// ── 3 ────────────────────────────────────────────────────────────────────────────────────────────────────────
		item({
			number: '3',
			position: 3,
			kind: 'decision',
			title: 'Rammeaftale 2021-22 – status og videre proces ift. fokusområderne',
			beslutningstema:
				'Styregruppen orienteres og drøfter status og videre proces for arbejdet med fokusområder 2021-22 samt supplerende opfølgning på direktørmøde den 24/6.',
			baggrund: `*Rammeaftale 2021-22 status, direktørmøde 24/6, proces- og tidsplan*

På styregruppemøde 29/4 og 24/6 blev orienteret om status for de enkelte fokusområder. Der var enighed om at det er mest hensigtsmæssigt at opstarte få fokusområder på en gang og indtil det blivende styregruppeformandskab er på plads prioriteres fokusområderne 4, 5 og 6.

**Fokusområder 4, 5 og 6**

På styregruppemøde 24/6 besluttede styregruppen følgende ift. arbejdet med fokusområderne 4, 5 og 6 og videre analyser:

Ift. fokusområde 4 (praksisnær metodeudvikling og videndeling om effekt – tovholder Faxe) fremlagde Absalon resultater af deres kompetenceafdækning og bud på kompetenceudvikling og styregruppen besluttede at man i første omgang vil kontakte Absalon ift. afholdelse af 2 temadage til efteråret og fremadrettet indgå i dialog med Absalon om den videre proces og mulige forløb.

Ift. fokusområde 5 (afdækning af kapacitet og behov for tilbud – tovholder Holbæk), bakkede styregruppen op om LG-Insights projektdesign for foranalyse af kapacitetsbehov og tidsplan med afrapportering på styregruppemøde i oktober. LG-Insight gennemfører fokusgruppeinterview med de 3 faglige netværksgrupper på deres møder medio august og medio september

Ift. fokusområde 6 (bedre styringsdata og ledelsesinformation – tovholder Slagelse) blev drøftet den videre proces jf. KKRs beslutninger hhv. 23/3, hvor KKR Sjælland pegede på at der opleves en udgiftsvækst på området og bad K17 om at se nærmere på takst- og udgiftsudviklingen på det specialiserede social- og undervisningsområde, herunder børneområdet og private tilbud og 14/6 hvor KKR Sjælland besluttede at der arbejdes videre med at afdække baggrunden for udgiftsstigningerne på området. Herudover bad KKR Sjælland K17 om oplæg til, hvordan kommunerne på tværs kan styrke samarbejdet om køb af private tilbud, herunder med fokus på kvalitet, pris og effekt og progression. Det blev besluttet jf. KKRs beslutning 14/6 at se på spørgsmål om 1) baggrunden for udgiftsstigningen og 2) hvordan kan vi på tværs samarbejde om køb af private tilbud. Sagen videresendes til behandling i økonomigruppen og vi går i dialog med KL ift. hvad de kan levere om udgiftsudviklingen i sjællandsregionen og herunder ift. regnskabstal.

Ift. videre analyser besluttede styregruppen at afvente resultaterne af de afledte analyser ift. KKRs beslutninger 23/3 og 14/6 samt resultaterne af LG-Insights analyse.

Sagen om baggrund for udgiftsstigningen og muligt samarbejde ift. private køb er behandlet på møde i økonomigruppen 4/8. Ift. afdækning af baggrunden for udgiftsstigningen drøftede økonomigruppen indledningsvis datagrundlaget ift udgiftsstigningen i de sjællandske kommuner jf. at det kun er 2 sjællandske kommuner der har deltaget i KLs analyse og herunder evt. relevans af en afdækning af udgiftsudviklingen i de sjællandske kommuner. Kl’s analyse viser en stor udgiftsvækst på landsplan og særligt på det private område med vækst i både antal og pris. Økonomigruppen foreslår og anbefaler at man foretager en case-analyse af de dyreste sager i hver kommune og herunder er det ofte også disse sager hvor der anvendes private tilbud. Caseanalysen tænkes at gå kvalitativt ned i de enkelte sager og også se på sammenlignelige sager på tværs af kommunerne. Omfangsmæssigt kunne der være tale om 20-25 sager på tværs f.eks. til en pris på fra ca. 2 millioner og op. Der tænkes også at inddrage de private aktører senere og herunder også ift. at afdække hvordan de fastsætter pris etc. Der blev nedsat en arbejdsgruppe med i første omgang repræsentanter fra Odsherred, Slagelse og Næstved samt sekretariatet som indkalder til 1. møde snarest.

Sekretariatet har kontaktet KL ift. hvilke tal de kan levere ift. sjællandsregionens udgiftsudvikling. Tilbagemeldingen fra KL er de kun har adgang til kommunernes offentlige tilgængelige regnskabstal og ift. KL’s nyligt gennemførte analyse af udgiftsudviklingen var der kun 2 kommuner fra sjællandsregionen der deltog.

**Direktør- og chefmøde 24/6**

Ift. direktør- og chefmødet 24/6 var der på styregruppemødet 24/6 enighed om at det var et godt møde. Der var ca. 25 deltagere og de fleste kommuner repræsenteret. På mødet var oplæg om økonomi ved KL, om recovery-højskole fra region sjælland, om fokusområder fra styregruppeformanden og om kompetenceafdækning fra Absalon samt gruppedrøftelser om rammeaftale 2023-24. Der blev bl.a. drøftet behov for samarbejde og faglig og strategisk dialog med de private udbydere og herunder potentiale ift. samarbejde på tværs både ift. de private og kommunerne imellem ift. oprettelse og drift af tilbud, da erfaringen er at de samme borgere ofte er dyrere i private tilbud. Andre drøftelser var at der var behov for at hæve kompetencerne på autismeområdet og ift. socialpsykiatrien og herunder at der er overgangsproblematik ift. den regionale psykiatri samt at det er relevant med fleksibel kapacitet i tilbud der både kan anvendes bredere og hvor man kan skrue op og ned for kapaciteten. Der blev bl.a. foreslået at se på en typisk borgerrejse i hver af de 17 kommuner og på evt. mulige partnerskaber med nogle af de store private udbydere.

Eks. punkter fra gruppefremlæggelse:

- Potentiale i analyse i dybden af egne arbejdsprocesser og analyse ned i myndigheds- og visitationsprocesser
- Hvornår kan/skal man stoppe med at levere pædagogiske ydelser f.eks. ift. borgere med demens
- Udfordringer på psykiatriområdet og herunder grupper der er svære at placere
- Når vi får borger ind er svaret ofte sociale ydelser, men måske skulle vi starte et andet sted f.eks. uddannelse etc. Der er andre værktøjer end sociale ydelser også forebyggende og herunder også ift. overgangen mellem børn og voksne.
- Det er relevant med erfaringsudveksling ift. hvad der virker og ikke kun sociale ydelser
- Relevant med overblik over hvad vi svarer når borgere kommer med sociale problemer
- Relevant med analyser af hvor er det borgerne kommer hen og med hvilken effekt
- Relevant med analyser af hvad der er sket efter §82: viden om effekt og borgernes oplevelse mv.
- Relevant med analyse/viden og sammenligning ift. § 82, 83, 85 og 107,
- Landkort over private § 107 tilbud og hvilke kommuner der leverer borgere til de forskellige tilbud, så flere kommuner kan gå sammen ift. de store tilbud
- Hvilke tilbud har vi når borgere kommer hjem fra § 107? Billige boliger?

På direktør/chefmødet var opbakning til de igangværende og fortsatte analyser under fokusområde 5 (afdækning af kapacitet og behov for tilbud) og fokusområde 6 (bedre styringsdata og ledelsesinformation) og enighed om at disse er væsentlige også ift. de øvrige fokusområder. Drøftelserne fra direktørmødet indgår i det videre arbejde med rammeaftalens fokusområder og rammeaftale 2023-24

**Fokusområder 1, 2 og 3**

Ift. fokusområde 1 (styrket mellemkommunalt samarbejde – tovholder Roskilde) blev det på styregruppemøde 29/4 besluttet at udsætte behandlingen indtil styregruppen er fuldtallig (og det blivende styregruppeformandskab er på plads.

Ift. fokusområde 2 (en sammenhængende indsats for borgere med psykiske vanskeligheder – tovholder Guldborgsund) godkendte styregruppen den 15/12-2021, at dette belyses i allerede eksisterende fora, og at der afrapporteres gennem opsummering af de forskellige gruppers drøftelse. På styregruppemøde 29/4 orienterede tovholder om at fokusområdet skal ses i sammenhæng med SAM, hvor der bl.a. pt er projekter som IPS og ROSA. I september afholdes en temadag om misbrug og herunder dobbeltdiagnoser med drøftelse af bl.a. placering af den fremtidige misbrugsbehandling.

Ift. fokusområde 3 (Styrket samarbejde med borgere og deres pårørende – tovholder Slagelse/Faxe) er pr. 7/4 afholdt dialogmøde med handicaprepræsentanter, brugere, pårørende, politikere og direktører samt styregruppe for rammeaftalen med ca. 75 deltagere. Ift. proces for rammeaftale 2023-24 er lagt op til dialogmøde om udmøntning af fokusområderne med deltagelse af brugere og pårørende senere på året, også jf. dagsordenspunkt 2.`,
			indstilling: list([
				'At styregruppen tager orienteringen til efterretning',
				'At styregruppen ift. fokusområde 6: KKRs bestilling 14/6 om baggrund for udgiftsvækst og styrket samarbejde om køb af private tilbud, drøfter den videre proces og tidsplan.',
				'At styregruppen ift. fokusområde 1 og 2 drøfter proces og tidsplan.',
				'At styregruppen ift. fokusområde 3 drøfter den videre proces og tidsplan og herunder ift. kommende aktiviteter og arrangementer.',
				'At der supplerende følges op på direktør/chefmødet.'
			]),
			droftelse: list([
				'Indledningsvis blev drøftet behovet for fokus på reformer på de specialiserede områder og herunder relevansen af en strategisk tilbagemelding til K17 og KKR som adresserer dette med inddragelse af national dagsorden. Ift. en reformdagsorden var det en vurdering at både lokalpolitikere og landspolitikere er klar til at arbejde videre ift. dette. Reformtankegang rummer bl.a. fokus på andre aftaler herunder ift. private tilbud, hvor der f.eks. er økonomi (for tilbuddet) i at rykke borgerne til mindre indgribende tilbud. Der var forslag om et strategisk oplæg til K17 som samler disse tanker mv.',
				'Der blev drøftet behovet for kvantitative data og analyser af kapacitet og herunder behovet for grundige analyser af hvilke tilbud vi har samlet set og som også tager højde for når tilbud lukker etc. og i den sammenhæng blev nævnt at LG-insight foretager en analyse ift. fokusområde 5 (afdækning af kapacitet og behov for tilbud).',
				'Ift. 1. del af bestillingen fra KKR om baggrunden for udgiftsvæksten blev drøftet hvilke data og erfaringer der er ude i kommunerne og hvordan disse afdækkes/indsamles og herunder f.eks. gennem drøftelse med chefer om (hoved)udgiftsdrivere på området. Ift. løsning af afdækningsopgaven blev nævnt at det kommende rammeaftalesekretariat i Roskilde råder over flere kompetencer og ressourcer ift. opgaver af denne karakter og herunder også ift. analyser af kapacitet mv. også jf. pkt. 5.',
				'Ift. 2. del af bestillingen fra KKR om styrket samarbejde om køb af private tilbud blev drøftet hvordan der skabes overblik over private køb og herunder ift. antal, fordeling og potentiale ift. kommunalt samarbejde om køb og herunder ift. forhandling af pris mv. Det blev nævnt at det er svært at konvertere §105 tilbud til §107 tilbud som mulighed for at etablere specialiserede tilbud ved at lave ændringer i egne tilbud samt at anlægsloftet også skaber udfordringer og bl.a. derfor overlades det at oprette nye specialiserede tilbud ofte til de private udbydere. Det blev nævnt at LG Insight i 2018 har udarbejdet en kortlægning af brug af private kontaktpersontilbud for Kbh. Kommune som sendes til styregruppens orientering.',
				'Ift. økonomigruppens forslag om en case-analyse af de dyreste sager i hver kommune, blev drøftet hvordan denne kunne indgå i sammenhæng med de 2 bestillinger fra KKR.'
			]),
			attachments: [
				{
					title: 'Referat fra møde i KKR 14/6',
					url: 'https://www.kl.dk/media/50645/referat-fra-moede-i-kkr-sjaelland-den-14-juni-2022.pdf'
				},
				{
					title: 'Materiale fra direktør/chefmøde 24/6',
					url: 'https://www.rs17.dk/arrangementer/direktor-og-chefmode-om-rammeaftale-23-24-24-6-2022/'
				},
				{ title: 'Oversigt over fokusområde 1 og fokusområde 2', url: null }
			],
			decisions: decisions('3', [
				{
					kind: 'approved',
					text: 'Ift. baggrunden for udgiftsstigningen blev besluttet at indsamle erfaringer på tværs af kommunerne ift. udgiftsudvikling, baggrund for udgiftsstigningen og primære udgiftsdrivere i kommunerne og resulterende i 4-5 tydelige bullets.',
					focusAreas: [{ ref: 'fokusomraade-2021-22-6', note: 'KKRs bestilling 14/6, 1. del: baggrunden for udgiftsvæksten.' }]
				},
				{
					kind: 'approved',
					text: 'Ift. styrket samarbejde om køb af private tilbud blev besluttet at igangsætte en mapping-analyse af de private køb og herunder skabe overblik (landkort) over hvor køb ligger geografisk, hvem er de største aktører og hvem køber der, bl.a. som mulig baggrund for afdækning af potentiale for (klynge)samarbejde omkring køb af private tilbud på tværs af kommunerne. Fælleskommunalt samarbejde omkring køb rummer også potentiale ift. at stille krav til de private tilbud og herunder f.eks. ift. progression mv. Ift. mapping-analyse undersøger sekretariatet muligheder.',
					focusAreas: [
						{ ref: 'fokusomraade-2021-22-6', note: 'KKRs bestilling 14/6, 2. del: styrket samarbejde om køb af private tilbud.' }
					],
					actions: [
						{
							what: 'Undersøge mulighederne for en mapping-analyse af de private køb',
							owner: 'Sekretariatet',
							ownerMunicipality: null,
							dueOn: null,
							status: 'unknown'
						}
					]
				},
				{
					kind: 'approved',
					text: 'Ift. økonomigruppens forslag om caseanalyse af de dyreste sager blev det besluttet at gå i dialog med økonomigruppen omkring hvordan man kan udarbejde en caseanalyse ift. at adressere de overordnede problemstillinger og herunder skabe overblik over hvad der sker i kommunerne og hvad der kan gøres samt ift. de dyreste cases (både private og offentlige tilbud)',
					focusAreas: [{ ref: 'fokusomraade-2021-22-6', note: '' }],
					networkGroups: [{ ref: 'oekonomigruppen', note: 'Dialog om økonomigruppens forslag om caseanalyse af de dyreste sager.' }]
				},
				{
					kind: 'postponed',
					text: 'Ift. potentiale for strategisk dagsorden og reformspor afventes analyserne ift. bestillingerne fra KKR',
					focusAreas: [{ ref: 'fokusomraade-2021-22-6', note: '' }]
				},
				{
					kind: 'approved',
					text: 'Ift. KKRs bestilling orienteres K17 mundtligt på deres møde 26/8',
					actions: [
						{
							what: 'Orientere K17 mundtligt om KKRs bestilling på K17-mødet 26/8',
							owner: 'Ikke angivet i referatet',
							ownerMunicipality: null,
							dueOn: '2022-08-26',
							status: 'unknown'
						}
					]
				},
				{
					kind: 'approved',
					text: 'Fokusområde 4, 5 og 6 prioriteres og Fokusområde 1, 2 og 3 udsættes indtil videre.',
					focusAreas: [
						{ ref: 'fokusomraade-2021-22-1', note: 'Udsættes indtil videre.' },
						{ ref: 'fokusomraade-2021-22-2', note: 'Udsættes indtil videre.' },
						{ ref: 'fokusomraade-2021-22-3', note: 'Udsættes indtil videre.' },
						{ ref: 'fokusomraade-2021-22-4', note: 'Prioriteres.' },
						{ ref: 'fokusomraade-2021-22-5', note: 'Prioriteres.' },
						{ ref: 'fokusomraade-2021-22-6', note: 'Prioriteres.' }
					],
					tariffRules: [
						{ ref: 'takstanbefaling', note: 'Fokusområde 6, hvori takstanbefalingen for 2023-24 er indarbejdet, prioriteres.' }
					]
				},
				{
					kind: 'noted',
					text: 'Ift. fokusområde 3 indgår dette også indirekte i processen omkring rammeaftale 2023-24, da et kommende dialogmøde om udmøntning og opstart af arbejdet med fokusområderne også vil invitere handicap- og brugerrepræsentanter mv. Se også punkt 2.',
					focusAreas: [{ ref: 'fokusomraade-2021-22-3', note: '' }]
				},
				{
					kind: 'postponed',
					text: 'Fokusområde 1 og 2 udskydes.',
					focusAreas: [
						{ ref: 'fokusomraade-2021-22-1', note: 'Udskydes.' },
						{ ref: 'fokusomraade-2021-22-2', note: 'Udskydes.' }
					]
				}
			])
		}),

		// ── 4 ────────────────────────────────────────────────────────────────────────────────────────────────────────
		item({
			number: '4',
			position: 4,
			kind: 'decision',
			title: 'Særlige pladser på psykiatriområdet i region sjælland',
			beslutningstema: 'Styregruppen orienteres og drøfter problematikker ift. de særlige pladser.',
			baggrund: `På styregruppemødet 24/6 blev orienteret om at der fortsat er underbelægning på de særlige pladser med 10 pladser ud af 18 pladser belagt og derudover er 5 pladser ommærket til almindelige psykiatripladser. Kommunerne betaler 75% af udgifterne til de tomme pladser.

Med baggrund i at der i kommunerne opleves lave belægningsprocenter og store tomgangsudgifter, besluttede styregruppen for rammeaftale sjælland 11/2 at stille forslag på næste møde i Koordinationsforum i KL om at hæve den mulige ommærkningsprocent for de særlige pladser fra 25 til 40%. På møde 5/4 gav Koordinationsforum opbakning til at KL går videre med et ønske om at ommærke en større del af de særlige pladser i en overgangsperiode, mens pladsernes fremtid afventes. På ekstramøde i Koordinationsforum 28/6 blev orienteret om at Formand for KL's socialudvalg har skrevet brev til Sundhedsministeren ang. de særlige pladser i psykiatrien, hvori KL opfordrer til at flere (fx minimum 50%) af de særlige pladser ommærkes. Se brev i bilag

På møde i RS17 netværket ”Voksne sindslidende” den 20. maj 2022 blev de særlige psykiatripladser drøftet. Der er blandt kommunerne enighed om, at tomgangen på de særlige pladser i psykiatrien sammenholdt med en tilpasning af målgruppen, der gør det rigtig vanskeligt at indvisitere borgere på de særlige pladser i psykiatrien, er en problematik, som man er nødt til at løse. Netværksgruppen oplever at de særlige pladser ikke kan rumme de allerdårligste borgere som kommunerne selv har svært ved at rumme og at kommunerne ikke føler sig tilstrækkeligt inddraget i diskussionen omkring målgruppen. Netværket vurderer, at der er behov for at der etableres et nyt dialogmøde, hvor det er mulighed at diskutere målgruppen på De Særlige Psykiatripladser og der er nedsat en underarbejdsgruppe bestående af repræsentanter fra Roskilde, Køge, Holbæk og Greve samt sundhedssekretariatet der har udarbejdet et notat om problematikkerne.

Efterfølgende har arbejdsgruppen 5/8 mødtes med de kommunale repræsentanter fra styregruppen for de særlige pladser mhp. at får drøftet notatets problemstillinger og mulige løsninger og sikre at man får ageret på de problematikker der er.

På mødet 5/8 blev drøftet problemstillingerne omkring de særlige pladser og herunder oplevelsen af at de særligt udfordrede borgere (som kommunerne har svært selv at rumme og som har behov at være i et psykiatrisk regi) ikke kan rummes på de særlige pladser samt ønsket om at indgå i en konstruktiv dialog med de særlige pladser. Det blev aftalt at de kommunale repræsentanter i styregruppen for de særlige pladser orienterer SP-styregruppen om dagens møde med arbejdsgruppen og foreslår et snarligt møde med deltagelse af ledelsen af de særlige pladser og psykiatrien og repræsentanter fra rammeaftalestyregruppen og arbejdsgruppen, for at drøfte de udfordringer kommunerne oplever.

Punktet indledes af de kommunale repræsentanter i styregruppen for de særlige pladser og repræsentanter fra arbejdsgruppen, der alle deltager under punktet.`,
			indstilling: list([
				'At styregruppen tager orienteringen til efterretning',
				'At styregruppen drøfter problematikkerne omkring de særlige pladser og mulige strategier og løsninger',
				'At styregruppen drøfter den videre proces og tidsplan'
			]),
			droftelse: list([
				'Ift. de særlige pladser er der ønske om bedre dialog og løbende dialog',
				'Kommunerne oplever at de ikke kan få plads til den særligt udfordrede og svære målgruppe som tilbuddet i praksis ikke dækker, da de tager den bedre og bredere gruppe.',
				'Det er oplevelsen at den politiske hensigt med pladserne ikke bliver mødt i praksis, da der bliver sagt nej i visitationen til de allerdårligste og herunder også i en ”telefonisk for-visitation. De mindre dårlige kan kommunerne i høj grad selv rumme.',
				'Det opleves at der er sket en målgruppeudvanding/glidning og kommunerne har en målgruppe som de særlige pladser ikke tager og hvor de har svært ved at løse opgaven. Det er kommunernes ønske at afdelingen geares til at rumme målgruppen evt. i form af en satellit.',
				'Det blev drøftet at det er relevant at skabe et overblik over voldsepisoder i kommunerne i form af alvorlig vold og trusler fra farlige borgere (som man ikke kan få ind på pladserne) og herunder bl.a. ved høring i netværksgruppen og evt. også kontakt til politikredsen.',
				'Det er relevant med data på afvisninger i visitationsudvalg samt et skøn på mørketal (jf. ”telefonisk” for-visitation) ved f.eks. at se på hvilke borgere kommunerne har.',
				'Der blev nævnt eks. på tilbageholdelse af betaling som pression i anden sammenhæng.',
				'Der er en tro på at alle gerne vil have pladserne i anvendelse.',
				'Der var enighed om at kommunerne skal have nogle pladser til den dårligste målgruppe'
			]),
			attachments: [
				{ title: 'Notat: Ændret målgruppe og udfordringer med visitation til de særlige psykiatripladser', url: null },
				{ title: 'Brev fra KL’s socialudvalg til Sundhedsministeren vedrørende de særlige pladser', url: null },
				{
					title: 'Referat fra møde i netværksgruppen Voksne Sindslidende 20/5-2022 – se pkt. 3: De særlige Psykiatripladser',
					url: 'https://www.rs17.dk/media/c4bdyocn/referat-20-05-22.pdf'
				}
			],
			decisions: decisions('4', [
				{
					kind: 'approved',
					text: 'Det blev besluttet i første omgang at fortsætte dialog administrativt og snarest afholde et møde med ledelsen af de særlige pladser med deltagelse af de kommunale repræsentanter i styregruppen for de særlige pladser, arbejdsgruppen fra netværksgruppen voksne sindslidende og styregruppeformanden for rammeaftalen.',
					networkGroups: [{ ref: 'voksne-sindslidende', note: 'Arbejdsgruppen fra netværksgruppen deltager i mødet med ledelsen af de særlige pladser.' }],
					municipalities: [{ ref: 'region-sjaelland', note: 'De særlige pladser i psykiatrien i Region Sjælland.' }]
				},
				{
					kind: 'approved',
					text: 'Det blev besluttet i anden omgang at indlede en dialog politisk og gøre det politiske niveu i regionen og kommunerne opmærksom på problematikken og herunder ift. kommunernes behov, afvisning, tomgang og problematikkerne ude i kommunerne og herunder voldsepisoder mv.',
					municipalities: [{ ref: 'region-sjaelland', note: 'Det politiske niveau i regionen gøres opmærksom på problematikken.' }]
				},
				{
					kind: 'approved',
					text: 'Endelig blev det besluttet at inddrage kommunaldirektørkredsen som orienteres mundtligt på K17-møde 26/8.',
					actions: [
						{
							what: 'Orientere kommunaldirektørkredsen mundtligt om de særlige pladser på K17-mødet 26/8',
							owner: 'Ikke angivet i referatet',
							ownerMunicipality: null,
							dueOn: '2022-08-26',
							status: 'unknown'
						}
					]
				},
				{
					kind: 'approved',
					text: 'Sekretariatet kontakter arbejdsgruppen ift. styregruppens beslutning og herunder ift. indhentning af relevante data mv.',
					networkGroups: [{ ref: 'voksne-sindslidende', note: 'Arbejdsgruppen fra netværksgruppen kontaktes.' }],
					actions: [
						{
							what: 'Kontakte arbejdsgruppen ift. styregruppens beslutning og herunder ift. indhentning af relevante data mv.',
							owner: 'Sekretariatet',
							ownerMunicipality: null,
							dueOn: null,
							status: 'unknown'
						}
					]
				}
			])
		}),

		// ── 5 ────────────────────────────────────────────────────────────────────────────────────────────────────────
		item({
			number: '5',
			position: 5,
			kind: 'decision',
			title: 'Nyt fra styregruppen og sekretariatet',
			beslutningstema:
				'Styregruppen orienteres og udpeger ny tovholder og styregruppekontaktperson ift. netværksgruppen Voksne Handicappede.',
			sagsfremstilling: `Socialchef Lone Berner Wolff er ny repræsentant fra Slagelse og Henning Daugaard, Sorø er ny repræsentant fra K17

Formandskabet for styregruppen i rammeaftale sjælland samt rammeaftale sjællands sekretariat er overgået til Roskilde efter sommerferien (Sekretariatet overgår formelt 1/9).

Ift. ny tovholder for netværksgruppen Voksne handicappede blev det på styregruppemøde 29/4 besluttet i første omgang at spørge i netværksgruppen om nogle ønsker at overtage tovholderskabet. Sekretariatet og afgående tovholder har spurgt i netværksgruppen uden resultat. På styregruppemøde 24/6 udsatte styregruppen udpegning af tovholder og styregruppekontaktperson ift. netværksgruppen voksne handicappede til næste styregruppemøde 12/8

Netværksgruppen Voksne handicappede har tidligere været organiseret med en administrativ tovholder og fagpersoner, som har varetaget det faglige tovholderskab. Netværket holder ca. 4 årlige møder og fungerer som faglig baggrundsgruppe ift. styregruppen for rammeaftalen og som erfa/sparringsgruppe mellem kommunerne på voksenhandicapområdet. Tovholderen indkalder til møderne og står for dagsordener og referater samt årsrapporten og mødeledelse. Rammeaftalesekretariatet sørger for, at sager fra styregruppen kommer op i netværksgruppen, og at netværkets sager kommer i styregruppen samt orienterer i starten af møderne.

Følgende overblik over netværksgruppernes tovholdere og styregruppekontaktpersoner

| Netværksgruppe | Tovholder | Kontaktperson i styregruppen |
| --- | --- | --- |
| Voksne handicappede | Vakant | Vakant |
| Børn og Unge | Holbæk | Holbæk |
| Voksne Sindslidende | Køge (Roskilde pr. 1/9) | Guldborgsund |
| Økonomigruppen | Slagelse og Sekretariatet | Slagelse |
| Udbydernetværk: Specialundervisning og hjælpemidler | Næstved | Næstved |`,
			indstilling: list([
				'At styregruppen tager orienteringen til efterretning',
				'At styregruppen drøfter og beslutter ny tovholder for netværksgruppen Voksne handicappede samt udpeger kontaktperson fra styregruppen ift. netværksgruppen.'
			]),
			decisions: decisions('5', [
				{ kind: 'noted', text: TOG_ORIENTERINGEN },
				{
					kind: 'postponed',
					text: 'Greve undersøger muligheden for at påtage sig tovholderopgaven i netværksgruppen Voksne Handicappede samt som styregruppens kontaktperson ift. netværksgruppen og vender tilbage til sekretariatet',
					networkGroups: [
						{
							ref: 'voksne-handicappede',
							note: 'Tovholder og styregruppekontaktperson fortsat vakant; Greve undersøger muligheden for at påtage sig begge.'
						}
					],
					municipalities: [{ ref: 'greve', note: 'Undersøger muligheden for at blive tovholder og kontaktperson.' }],
					actions: [
						{
							what: 'Undersøge muligheden for at påtage sig tovholderopgaven i netværksgruppen Voksne Handicappede samt som styregruppens kontaktperson ift. netværksgruppen og vende tilbage til sekretariatet',
							owner: 'Greve',
							ownerMunicipality: 'greve',
							dueOn: null,
							status: 'unknown'
						}
					]
				},
				{
					kind: 'approved',
					text: 'Roskilde afløser Slagelse som repræsentant i Ankestyrelsens dialogforum',
					municipalities: [
						{ ref: 'roskilde', note: 'Ny repræsentant i Ankestyrelsens dialogforum.' },
						{ ref: 'slagelse', note: 'Afløses som repræsentant i Ankestyrelsens dialogforum.' }
					]
				},
				{
					kind: 'noted',
					text: 'Rammeaftalesekretariatet flytter til Roskilde pr. 1/9 og kommer til at indgå i et større sekretariatet med kapacitet til at indgå i rammeaftalesekretariatets arbejde og herunder ift. analyser, arrangementer mv.',
					municipalities: [{ ref: 'roskilde', note: 'Rammeaftalesekretariatet placeres i Roskilde pr. 1/9-2022.' }]
				},
				{
					kind: 'approved',
					text: 'Ift. afholdelse af styregruppemøder blev det aftalt at hvert andet møde afholdes virtuelt. Ift. evt. afbud til fysiske møder vil det være muligt at deltage virtuelt i stedet.'
				}
			])
		}),

		// ── 6A ───────────────────────────────────────────────────────────────────────────────────────────────────────
		item({
			number: '6A',
			position: 6,
			kind: 'orientation',
			title: 'Ekstramøde i Koordinationsforum 28/6 om kapacitet på de sikrede institutioner',
			beslutningstema: ORIENTERING_TEMA,
			sagsfremstilling: `Der er 28/6 afholdt kort ekstra møde i det tværregionale Koordinationsforum i KL, med kapacitet på de sikrede institutioner og Socialstyrelsens centrale udmeldinger mv. på dagsordenen jf. referat i bilag. Koordinationsforum var enige om at bakke op om, at der er behov for hurtigst muligt at etablere flere sikrede pladser - 1 plads i Syd og 4 pladser i Midt. Det er vigtigt, at pladserne er midlertidige og kan lukkes igen, når presset på de sikrede pladser falder. Der var opbakning til at igangsætte et arbejde ift. at undersøge de sociale anbringelser. Der afholdes fælles møde mellem alle styregruppeformandskaber og Socialstyrelsen 31/8 om de to centrale udmeldinger om hhv. Udsatte gravide med misbrug og behov for døgnbehandling og Udviklingshæmmede med dom.

Der vil på mødet blive givet en orientering`,
			indstilling: ORIENTERING_INDSTILLING,
			attachments: [{ title: 'Referat fra ekstramøde i Koordinationsforum 28/6', url: null }],
			decisions: decisions('6A', [{ kind: 'noted', text: TOG_ORIENTERINGEN }])
		}),

		// ── 6B ───────────────────────────────────────────────────────────────────────────────────────────────────────
		item({
			number: '6B',
			position: 7,
			kind: 'orientation',
			title: 'Nyt fra K17 og KKR',
			beslutningstema: ORIENTERING_TEMA,
			sagsfremstilling: `Henning Daugaard, Sorø er ny K17 repræsentant i styregruppen som sammen med Søren Bonde er K17s repræsentanter i styregruppen og dækker socialområdet i K17.

Til orientering er KKR dialogforum nedsat og afholder deres første møde 18/8. KKRs dialogforum består af DH-handicaporganisationerne, Skole og Forældre og KKR-formandskabet. Det sekretariatsbetjenes af KKR-sekretariatet med hjælp fra rammeaftalesekretariatet. Herudover bistår to direktører og i seneste valgperiode har praksis været at det har været styregruppeformanden og direktøren fra formandskommunen. Dvs. pr. august direktør Mette Olander, Roskilde og direktør Jan Christensen, Vordingborg. KKR-dialogforum består i denne periode af Nana Maja Friis Christiansen, DH; Winnie Lindner Pedersen, DH og Regitze Spenner Ishøy, Skole og forældre. KKRs formandskab: Mikael Smed, Vordingborg og Pernille Beckmann, Greve. På det første møde introduceres til rammerne for arbejdet i dialogforum og til det det tværkommunale samarbejde om rammeaftalen. Der orienteres om den kommende rammeaftale og dialogforums kommende arbejde drøftes.

**Mødekalender for rammeaftalestyregruppen, K17 og KKR resten af 2022 og 2023**

| Møder i styregruppen | Møder i K17 | Møder i KKR |
| --- | --- | --- |
| 12/8-2022 | 26/8-2022 | 7/9-2022 |
| 14/10-2022 | 4/11-2022 | 22/11-2022 |
| 6/1-2023 | 27/1-2023 | 8/2-2023 |
| 10/3-2023 | 31/3-2023 | 26/4-2023 |
| 19/5-2023 | 2/6-2023 | 20/6-2023 |
| 11/8-2023 | 25/8-2023 | 6/9-2023 |
| 13/10-2023 | 3/11-2023 | 20/11-2023 |

Møder i styregruppen er placeret 14 dage før de møder i K17 som efterfølges af et møde i KKR.

Der vil på mødet blive givet en orientering`,
			indstilling: ORIENTERING_INDSTILLING,
			decisions: decisions('6B', [{ kind: 'noted', text: TOG_ORIENTERINGEN }])
		}),

		// ── 6C ───────────────────────────────────────────────────────────────────────────────────────────────────────
		item({
			number: '6C',
			position: 8,
			kind: 'orientation',
			title: 'Nyt fra netværksgrupper og arbejdsgrupper',
			beslutningstema: ORIENTERING_TEMA,
			sagsfremstilling: `Netværksgrupperne afholder deres næste møder i august og september. Økonomigruppen og takstgruppen (til revision af takstaftalen 2023) afholder møder primo august. Børn og Unge afholder møde 19/8, mens Voksne handicappede mødes 13/9 og Voksne sindslidende 16/9. På møderne i de 3 sidstnævnte faglige netværksgrupper deltager LG-Insight jf. punkt. 3 i nærværende dagsorden.

Der vil på mødet blive givet en orientering.`,
			indstilling: ORIENTERING_INDSTILLING,
			attachments: [{ title: 'Netværksgrupperne', url: 'https://www.rs17.dk/netvaerksgrupper/netvaerksgrupper/' }],
			decisions: decisions('6C', [{ kind: 'noted', text: TOG_ORIENTERINGEN }])
		}),

		// ── 7 ────────────────────────────────────────────────────────────────────────────────────────────────────────
		item({
			number: '7',
			position: 9,
			kind: 'formal',
			title: 'Evt.',
			// The minutes' text under Evt. is Slagelse's orientation, then the next meeting. The orientation is kept as a
			// decision row (noted) so the offer can show it, and only there, so the page does not say it twice.
			sagsfremstilling: 'Næste møde 14/10, 9-12 virtuelt',
			beslutning: '',
			decisions: decisions('7', [
				{
					kind: 'noted',
					text: 'Slagelse orienterede om at de lukker et tilbud til udviklingshæmmede med 59 pladser. Tilbuddet er ikke højt specialiseret dvs. der er ikke forsyningsproblemer og kommunerne kontaktes.',
					offers: [{ ref: 'slagelse-tilbud-udviklingshaemmede-59-pladser', note: 'Tilbuddet lukkes (59 pladser).' }],
					municipalities: [{ ref: 'slagelse', note: 'Driftsherre for tilbuddet, der lukkes.' }],
					actions: [
						{
							what: 'Kontakte kommunerne om lukningen af tilbuddet til udviklingshæmmede med 59 pladser',
							owner: 'Slagelse',
							ownerMunicipality: 'slagelse',
							dueOn: null,
							status: 'unknown'
						}
					]
				}
			])
		})
	]
};
