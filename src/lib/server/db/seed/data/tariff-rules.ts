import type { IsoDate, PeriodLabel, SourceSlug } from './types';

export interface TariffRuleVersionSeed {
	version: number;
	/** Markdown, Danish, quoting or closely paraphrasing the seed. */
	text: string;
	/** Computable figures the seed states. */
	parameters: Record<string, number | string | boolean>;
	effectiveFrom: IsoDate | null;
	effectiveTo: IsoDate | null;
	period: PeriodLabel | null;
	/** Key of a decision in meeting-2022-08-12.ts. */
	decision: string | null;
	source: SourceSlug;
}

export interface TariffRuleSeed {
	slug: string;
	title: string;
	section: string;
	position: number;
	source: SourceSlug;
	versions: TariffRuleVersionSeed[];
}

const HOVEDBILAG: SourceSlug = 'rammeaftale-2021-22-hovedbilag';
const RA2324: SourceSlug = 'rammeaftale-2023-24';
const RA2526: SourceSlug = 'rammeaftale-2025-26';
const PRINCIPPER: SourceSlug = 'tre-faelleskommunale-principper-2025';

/** Rammeaftale 2021-22 "er gældende fra 1/1-2021" (hovedbilag). */
function v2122(text: string, parameters: TariffRuleVersionSeed['parameters'] = {}, extra: Partial<TariffRuleVersionSeed> = {}): TariffRuleVersionSeed {
	return {
		version: 1,
		text,
		parameters,
		effectiveFrom: '2021-01-01',
		effectiveTo: null,
		period: '2021-22',
		decision: null,
		source: HOVEDBILAG,
		...extra
	};
}

function principle2025(text: string, parameters: TariffRuleVersionSeed['parameters'] = {}): TariffRuleVersionSeed {
	return {
		version: 1,
		text,
		parameters,
		// The principles were "tiltrådt af de sjællandske kommuner ultimo 2024"; no start date is stated.
		effectiveFrom: null,
		effectiveTo: null,
		period: '2025-26',
		decision: null,
		source: PRINCIPPER
	};
}

const PRINCIPPER_NOTE =
	'Et af de 7 indsatsområder under de 3 fælleskommunale principper, som er tiltrådt af de sjællandske kommuner ' +
	'ultimo 2024 og skal implementeres i alle 17 kommuner i perioden 2025-2026.';

export const tariffRules: TariffRuleSeed[] = [
	// ── Tilbud og kategorier ───────────────────────────────────────────────────────────────────────────────────────
	{
		slug: 'kategorisering-af-tilbud',
		title: 'Kategorisering af tilbud: lokale tilbud, klyngetilbud og regionale tilbud',
		section: 'Tilbud og kategorier',
		position: 10,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Som udgangspunkt er alle tilbud, der anvendes af andre kommuner end driftsherrens kommune, omfattet af rammeaftalen. Det samme gælder regionale tilbud. Offentlige tilbud er omfattet af rammeaftalen, mens private tilbud ikke er omfattet.

Tilbuddene kan opdeles i 3 kategorier:

1. Tilbud, som alene anvendes af driftsherren (lokale tilbud).
2. Tilbud, som anvendes af en eller få andre kommuner end driftsherren (klyngetilbud).
3. Tilbud, der i omfattende grad anvendes af andre kommuner end driftsherren (regionale tilbud).

Kategorierne er defineret ved antallet af kommuner, som køber pladser, og antal kommuner, som der sælges pladser til udover driftskommunen:

- Kategori 1-tilbud kan sælge enkelte pladser og stadig bevare status som et kategori 1-tilbud uden for rammeaftalens styringsdel – så længe der kun er tale om salg af enkelte pladser. Ved salg udover enkelte pladser er tilbuddet enten kategori 2 eller 3 og dermed som udgangspunkt omfattet af rammeaftalens styringsdel.
- Kategori 2-tilbud er defineret ved, at max 4 kommuner køber pladser / max 4 kommuner, som der sælges pladser til – udover driftskommunen.
- Kategori 3-tilbud er tilsvarende defineret ved, at mindst 5 kommuner køber pladser / mindst 5 kommuner, som der sælges pladser til – udover driftskommunen.

Tilbud efter kategori 1 er ikke omfattet af rammeaftalens styringsdel, men indgår i en orienterende oversigt. Tilbud efter kategori 2 kan undtages styringsdelen, hvis der er indgået en aftale mellem de konkrete købere og sælgere, der som minimum involverer aftaler om takstudvikling, prisstruktur og afregningsfrister (og som også tager stilling til takstændringer i løbet af året og nedlukningsomkostninger). Tilbud efter kategori 3 er omfattet af styringsdelen og kan ikke undtages.

Ved ændring i kategori skal tilbuddet leve op til kravene for den nye kategori. Tilbud kan ikke ændre kategori i løbet af året, men ændret kategorisering sker årligt i forbindelse med rammeaftalen for det næstfølgende år. Tilbud defineres som organisatorisk enhed, dvs. på institutionsniveau.`,
				{ clusterMaxOtherBuyers: 4, regionalMinOtherBuyers: 5 }
			)
		]
	},

	// ── Takster ────────────────────────────────────────────────────────────────────────────────────────────────────
	{
		slug: 'takstprincipper',
		title: 'Principper for takster: mindst mulig administration, færrest mulige takster og tillægsydelser',
		section: 'Takster',
		position: 20,
		source: HOVEDBILAG,
		versions: [
			v2122(`Følgende principper ligger til grund for aftaler om takster: Mindst mulig administration, færrest mulige takster og færrest mulige tillægsydelser.

**Mindst mulig administration.** Der lægges vægt på, at takstsystemet skal være gennemsigtigt og let at administrere for kommuner, region og institutioner. Det indebærer bl.a., at de enkelte takster så vidt muligt omfatter et så bredt felt af ydelser, så hyppige forhandlinger om enkeltydelser undgås.

**Færrest mulige takster.** Brugerne af de tilbud, der er omfattet af rammeaftalen, har ofte et varierende og svingende funktionsniveau og deraf følgende behov for bistand, pleje eller omsorg. Der lægges derfor vægt på, at takststrukturen udformes på en sådan måde, at det giver det enkelte tilbud mulighed for en fleksibel ressourceudnyttelse inden for samme målgruppe. Såfremt et tilbud opererer med forskellige takstniveauer, skal der foreligge beskrivelse af, hvad der er forskellen på takstniveauerne.

**Færrest mulige tillægsydelser.** Der lægges vægt på, at taksten dækker de ydelser, som tilbuddets målgruppe har behov for pædagogisk, behandlingsmæssigt m.v. Behov for tillægsydelser vil derfor ikke forekomme ofte. Der tages stilling til omfanget af tillægsydelsen ved visitation.

De to principper om færrest mulige takster (minus ydelsespakker men i stedet gennemsnitstakster) og færrest mulige tillægsydelser er de vigtigste. Takster kan differentieres i forhold til forskellige målgrupper. Alle takster for institutioner omfattet af styringsdelen beregnes efter samme principper.`)
		]
	},
	{
		slug: 'basis-og-ydelsestakst',
		title: 'Opdeling af taksten i en basis- og en ydelsestakst',
		section: 'Takster',
		position: 30,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Nyt i rammeaftalens styringsdel 2021-22: Regeringen og KL har i økonomiaftalen 2020 aftalt øget gennemsigtighed i takststrukturen via:

1. Justering af takstmodellen med opdeling af taksten i en basis- og ydelsestakst fra 1/1-2022.
2. Finansieringsmodel for sundhedslovsydelser til borgere på botilbud ændres, så omkostninger til sundhedsfaglig behandling, der er led i opholdet, indregnes i taksterne på botilbud, og så borgerens aktuelle opholdskommunes udgifter til øvrige sundhedslovsydelser dækkes af den tidligere opholdskommune. Dette med forventet ikrafttræden 1/1-2022 for ændring af serviceloven, mens tidspunktet for ikrafttrædelse af ændring af sundhedsloven og retssikkerhedsloven pr. ultimo november 2020 er uafklaret.`,
				{},
				{ effectiveFrom: '2022-01-01' }
			)
		]
	},
	{
		slug: 'takstanbefaling',
		title: 'Takstanbefaling: ingen henstilling om en given procent takstreduktion',
		section: 'Takster',
		position: 40,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`**Takstanbefaling 2021-2022 (anbefaling fra KKR Sjælland)**

I rammeaftale 2021-2022 er det besluttet (som i rammeaftale 2018-2020) ikke at bruge ”takstinstrumentet” i form af henstilling over for kommunerne om en given procent takstreduktion, men i stedet opfordre alle kommuner til at sikre et målrettet arbejde for konstant driftsoptimering med den hensigt at reducere taksterne på de takstbelagte institutioner og stram udgiftsstyring generelt, herunder ved køb hos private.`,
				{ usesTariffInstrument: false },
				{ effectiveTo: '2022-12-31' }
			),
			{
				version: 2,
				text: `**Takstanbefaling 2023-2024**

I rammeaftale 2023-2024 er det besluttet (som i rammeaftale 2021-2022) ikke at bruge ”takstinstrumentet” i form af henstilling over for kommunerne om en given procent takstreduktion, men i stedet opfordre alle kommuner til at sikre et målrettet arbejde for konstant driftsoptimering med den hensigt at reducere taksterne på de takstbelagte institutioner og stram udgiftsstyring generelt, herunder ved køb hos private.

KKR Sjælland opfordrer til, at taksterne på det specialiserede område holdes i ro.

Takstanbefalingen er indarbejdet i fokusområde 6. Styregruppen besluttede 24/6-2022 at anbefale, at takstanbefalingen fra rammeaftale 2021-22 fortsættes, og anbefalede 12/8-2022 rammeaftale 2023-24 over for K17.`,
				parameters: { usesTariffInstrument: false },
				effectiveFrom: '2023-01-01',
				effectiveTo: '2024-12-31',
				period: '2023-24',
				decision: 'sg-2022-08-12:2:2',
				source: RA2324
			},
			{
				version: 3,
				text: `**Takstanbefaling 2025-2026**

Rammeaftalerne har siden 2012 rummet en takstanbefaling. Alle kommuner opfordres til at sikre et målrettet arbejde for konstant driftsoptimering med den hensigt at reducere taksterne på de takstbelagte institutioner og stram udgiftsstyring generelt, herunder ved køb hos private.`,
				parameters: {},
				effectiveFrom: '2025-01-01',
				effectiveTo: '2026-12-31',
				period: '2025-26',
				decision: null,
				source: RA2526
			}
		]
	},
	{
		slug: 'egenbetaling',
		title: 'Borgerens egenbetaling på botilbud indregnes ikke i takstgrundlaget',
		section: 'Takster',
		position: 50,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Reglerne for borgernes egenbetaling på botilbud (servicelovens §§ 107-110) er komplicerede og har flere steder været misforståede. Indtil eventuelt nye regler træder i kraft, opfordrer KL kommunerne til at efterleve de eksisterende regler, dvs. at fastsættelsen af egenbetalingen sker af myndighedskommunen. Opkrævningen skal i udgangspunktet også foretages af myndighedskommunen. Opkrævningen kan dog delegeres til tilbuddet. Dette betyder samtidig, at egenbetalingen ikke må indregnes i takstgrundlaget.`,
				{ ownPaymentInTariffBasis: false }
			)
		]
	},
	{
		slug: 'prisstruktur-enkeltmandsforanstaltninger',
		title: 'Prisstruktur: ingen aftaler for enkeltmandsforanstaltninger',
		section: 'Takster',
		position: 60,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Vejledningen nævner, at det kan være relevant at drøfte aftaler til brug for enkeltmandsforanstaltninger, fx retningslinjer for, hvilke betingelser der skal gøre sig gældende, for at der kan etableres et enkeltmandsprojekt, og hvordan man kan samarbejde om enkeltmandsprojekter på tværs af kommunerne.

Der indgås ikke aftaler for enkeltmandsforanstaltninger, men arbejdet med særligt dyre særforanstaltninger kan munde ud i beslutninger om disse.`
			)
		]
	},

	// ── Betalingsmodeller ──────────────────────────────────────────────────────────────────────────────────────────
	{
		slug: 'betalingsmodel-traditionel-takstbetaling',
		title: 'Traditionel takstbetaling (omkostningsprincippet)',
		section: 'Betalingsmodeller',
		position: 100,
		source: HOVEDBILAG,
		versions: [
			v2122(`Inden for rammerne af principperne for takster er aftalt følgende betalingsmodeller: traditionel takstbetaling, afregning for tillægsydelser, betalingsaftale og objektiv finansiering.

Ved traditionel takstbetaling indregnes efter omkostningsprincippet tilbuddets driftsudgifter, udgifter til udvikling af tilbuddene samt tilsyn, henførbare administrative udgifter, afskrivning og forrentning på anlægsaktiver (bygninger og tekniske anlæg) samt opsparing til fremtidige pensionsforpligtelser til tjenestemænd. Endelig indgår hensættelse til feriepengeforpligtelsen i opgørelsen over de samlede udgifter. Takstaftalen indeholder en specifik gennemgang af takstberegninger.

Socialministeriet har udsendt en vejledning af 3. marts 2006 om styreaftaler mv. på det sociale område og almene ældreboliger, som kan anvendes i specifikationen af takstberegningsgrundlaget.`)
		]
	},
	{
		slug: 'betalingsmodel-tillaegsydelser',
		title: 'Afregning for tillægsydelser (timetakster, aftales på myndighedsniveau)',
		section: 'Betalingsmodeller',
		position: 110,
		source: HOVEDBILAG,
		versions: [
			v2122(`Tilbuddenes basisydelser vil typisk dække brugerens behov, men der skal være mulighed for at tilrettelægge en mere individuel og differentieret indsats ved enkelte brugeres særlige behov, når dette behov afviger væsentligt fra gennemsnittet.

Tillægsydelser kan bestå i særlige ydelser i forbindelse med ophold på social institution eller rådgivningsydelser af administrativ eller behandlingsmæssig karakter. Der beregnes faste timetakster for disse tillægsydelser, som baseres på de direkte omkostninger samt andele af de indirekte omkostninger. Omfanget af indsatsen aftales individuelt mellem den myndighed, der leverer ydelsen, og den, der modtager ydelsen. Aftaler om tillægsydelser indgås på myndighedsniveau, ikke på institutionsniveau.

Tillægsydelser er nødvendige, da der er behov for fleksibilitet i tilfælde, hvor borgeren udvikler sig og behovet ændres, men der skal være færrest mulige tillægsydelser.

KKR anbefaler den enkelte kommune at fastsætte takster ud fra et princip om, at der ikke kan sættes udgiftskrævende aktiviteter (tillægsydelser) i værk, uden at der er visiteret hertil, samt at tillægsydelser ikke kan besluttes på decentralt niveau.`)
		]
	},
	{
		slug: 'betalingsmodel-betalingsaftale',
		title: 'Betalingsaftale (abonnements-/kontraktbetaling)',
		section: 'Betalingsmodeller',
		position: 120,
		source: HOVEDBILAG,
		versions: [
			v2122(`For tilbud/ydelser, hvor der kræves en fast kapacitet, men hvor efterspørgslen i sagens natur kan svinge en del, kan der aftales en abonnementsbetaling mellem institutioner og kommuner, som gerne vil have abonnement. For egentlige rådgivningsydelser anvendes således en abonnementsordning i form af objektiv finansiering for den/de kommuner, der ønsker at trække på en anden kommunes ydelser.

Vedrørende tale-høre-synsområdet indgås særskilte bilaterale aftaler mellem udbyderne og køberkommunerne. Aftalerne konkretiseres som forskellige modeller med mulighed for kombinationer mellem leveringsaftaler og takster. Betalingsaftale anvendes i øjeblikket, når kommunerne indgår aftaler med driftskommunerne om kommunikationscentrenes ydelser vedr. tale-høre-synsområdet.`)
		]
	},
	{
		slug: 'betalingsmodel-objektiv-finansiering',
		title: 'Objektiv finansiering (efter folketal)',
		section: 'Betalingsmodeller',
		position: 130,
		source: HOVEDBILAG,
		versions: [
			v2122(`Som hovedregel dækkes udgifterne til de lands- og landsdelsdækkende tilbud af en takst for brugen af tilbuddet. Der er dog visse undtagelser fra denne hovedregel fastsat i bekendtgørelsen:

- Taksten for de lands- og landsdelsdækkende undervisningstilbud afregnes efter en objektiv finansiering efter folketal i de kommuner, der har adgang til at benytte tilbuddet.
- Udgifter til specialrådgivningsfunktionerne ved de sociale tilbud fordeles efter folketal på de kommuner, der har adgang til at benytte rådgivningen. Udgifterne til specialrådgivningsfunktionerne, der alene omhandler småbørn, fordeles tilsvarende efter antallet af 0-6-årige i de kommuner, der kan benytte tilbuddene.
- Udgifterne til driften af Kofoedsminde, sikret institution for personer med nedsat psykisk funktionsevne med dom til ophold på sikret afdeling, fordeles mellem alle landets kommuner efter folketal.

Takstaftalens afsnit 8 om objektiv finansiering redegør for, på hvilke områder der skal være objektiv finansiering ifølge de gældende bekendtgørelser.`)
		]
	},

	// ── Produktionsændringer ───────────────────────────────────────────────────────────────────────────────────────
	{
		slug: 'produktionsaendringer',
		title: 'Driftsherrens ændring af produktionen (±20 %) og større ændringer via styregruppen',
		section: 'Produktionsændringer',
		position: 200,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Driftsherrer kan uden godkendelse ændre deres produktion med +/- 20 % af årets bruttobudget for tilbuddet. Den enkelte driftsherre har ret til at ændre driften, herunder også pladstal, med +/-20 % i henhold til styringsaftalens bestemmelser og forudsat, at ændringen i pladstal er godkendt af Socialtilsynet i henhold til lov om Socialtilsyn. Det er et krav, at driftsherre informerer eksterne købere af pladser, før udsvingene når 10 %. Hensigten er at imødegå økonomiske problemer, før de bliver for store. Der anbefales tæt og tidlig dialog mellem købere og sælgere i forbindelse med løbende driftsmæssige tilpasninger.

Rammeaftalens parter har gensidigt pligt til at holde hinanden orienteret om justeringer, herunder konsekvenser for taksterne, ved indberetning til styregruppen. Sager om større ændringer og sager om oprettelse og nedlæggelse af tilbud forelægges KKR/Kontaktudvalget via styregruppen. Når en sag har været behandlet i KKR/Kontaktudvalget, indgår sagen i den kommende rammeaftale, hvor den formelle godkendelse af ændringen sker.

Såfremt en driftsherre står med akut behov for at reducere antallet af pladser ud over de 20 % eller at nedlægge en institution, skal driftsherren sikre, at styregruppen involveres så tidligt som muligt, og at der etableres en dialog med de kommuner, der er brugere af institutionen, samt medvirke til, at der for de brugere, som nedlæggelsen berører, er etableret alternative foranstaltninger. Hvis styregruppen i en konkret sag vurderer, at reduktion eller nedlæggelse af pladser vil udgøre et akut problem for forsyningssikkerheden, kan styregruppen i forbindelse med, at sagen videresendes til KKR/Kontaktudvalget, anmode driftsherren om, at gennemførelse af den planlagte reduktion/ændring afventer KKR/Kontaktudvalgets behandling.

Sager om takstændringer besluttes ikke af styregruppen, men kan undtagelsesvis forelægges KKR/Kontaktudvalget.`,
				{ maxChangePercent: 20, informBuyersBeforePercent: 10 }
			)
		]
	},

	// ── Lukning og indkøring ───────────────────────────────────────────────────────────────────────────────────────
	{
		slug: 'nedlukning-med-deling-af-omkostninger',
		title: 'Nedlukning af tilbud med deling af nedlukningsomkostninger',
		section: 'Lukning og indkøring',
		position: 300,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Driftsherren har ansvaret for en eventuel nedlukning af tilbud. Dette skal finde sted så hurtigt som muligt. I den forbindelse orienterer driftsherren i rammeaftaleregi. Både brugerkommuners og driftskommuners overvejelser om ændring/nedlæggelse af tilbud skal drøftes så tidligt som muligt mellem driftskommune og brugerkommune (og om nødvendigt i relevant KKR-regi).

Baggrunden for nedlukningsprincipperne er at fordele risikoen mellem sælger og køber, så sælger ikke alene bærer risikoen ved drift af tilbud, hvor der sælges pladser til andre kommuner. Nedlukningsomkostningerne deles mellem de kommuner, som har anvendt tilbuddet. Bestemmelserne anvendes, når et tilbud lukkes ned og ophører pga. manglende økonomisk bæredygtighed, fx driftsmæssige problemer pga. fald i belægning, som medfører underskud, der akkumuleres. Tilbuddet skal leve op til socialtilsynets regler om ”ophør efter eget ønske”.

Ved nedlæggelse af tilbud finansieres efter følgende model: Fra det tidspunkt, hvor et tilbud besluttes nedlagt, betaler brugerkommunerne normal takst frem til lukningstidspunktet. Merudgifter i forhold til a conto-taksten som følge af lukningen fordeles mellem brugerkommunerne i det fulde kalenderår før beslutningen træffes og fordeles på grundlag af de enkelte kommuners belægningsmæssige andel i det fulde kalenderår. Ved betaling af a conto-takst i lukningsperioden opnår man, at tilbuddet kan anvendes af nye kommuner i lukningsperioden uden risiko for at skulle betale en andel af merudgifter som følge af vigende belægning eller andre forhold som følge af lukningen.

Eksempel: Når der er truffet beslutning om, at tilbud A nedlægges pr. 31. december 2010, betaler brugerkommunerne a conto-takst i 2010, og der foretages efterregulering over for brugerkommunerne i 2011 i forhold til den belægningsmæssige andel, kommunerne havde i 2009. Eventuelle lukningsudgifter bogført i regnskabsår 2011 samt det akkumulerede over-/underskud vedrørende tidligere år medtages i reguleringen. Fordelingen af nedlukningsudgifterne skal være upåvirket af overvejelserne om nedlukning, dvs. belægningen året før nedlukningen er kendt danner grundlag for fordeling af nedlukningsomkostninger.

Præcisering af regelsættet er godkendt på styregruppemøde i rammeaftale Sjælland 12/10-2018 og i K17 2/11-2018.`,
				{ allocationBasisYearsBeforeDecision: 1 }
			)
		]
	},
	{
		slug: 'nedlukning-uden-deling-af-omkostninger',
		title: 'Nedlukning uden deling af nedlukningsomkostninger (tilbud, der fortsætter i anden form)',
		section: 'Lukning og indkøring',
		position: 310,
		source: HOVEDBILAG,
		versions: [
			v2122(`Rammeaftalens bestemmelser om nedlukning af tilbud med efterfølgende deling af nedlukningsomkostninger anvendes ikke, når et tilbud lukkes ned og fortsætter i en anden form/andre rammer og herunder erstattes af et andet tilbud, fx hvis bygningerne er utidssvarende, men med samme målgruppe og borgere.

Hvis et allerede godkendt tilbud ønsker at flytte til andre fysiske rammer, fx erstatningsbyggeri, er der ift. socialtilsynets regler ikke tale om ophør/lukning af tilbuddet, men om en ”væsentlig ændring”, idet tilbuddet i øvrigt fortsætter uændret, og eneste ændring er de fysiske rammer. Vurderingen af, om noget er en ”væsentlig ændring”, er en konkret vurdering i den enkelte sag, men som udgangspunkt vil fx ændring af målgruppe eller flytning/ibrugtagning af andre eller yderligere fysiske rammer være at betragte som en ”væsentlig ændring”.`)
		]
	},
	{
		slug: 'indkoering-af-nye-tilbud',
		title: 'Etablering af nye tilbud: fordeling af indkøringsudgifter',
		section: 'Lukning og indkøring',
		position: 320,
		source: HOVEDBILAG,
		versions: [
			v2122(`Aftaler om opbygning af tilbud indgås i forbindelse med rammeaftalen. Ved etablering af nye tilbud finansieres efter følgende model:

Indkøringsudgifter, der ikke skal forrentes og afskrives, fordeles mellem brugerkommunerne i startåret samt efterfølgende kalenderår. Den konkrete fordelingsperiode aftales i forbindelse med tilbuddets etablering.

Som indkøringsudgifter defineres udgifter afholdt, inden der indskrives brugere, samt forskellen mellem a conto-taksten og den faktiske takst, såfremt der er lav belægning i indkøringsperioden. Et beregningseksempel findes i bilag til takstaftalen.`,
				// "fordeles mellem brugerkommunerne i startåret samt efterfølgende kalenderår": two calendar years.
				{ allocationCalendarYears: 2 }
			)
		]
	},
	{
		slug: 'nedlaeggelse-forsyningsansvar',
		title: 'Nedlæggelse af tilbud: myndighedsansvar og forsyningsansvar',
		section: 'Lukning og indkøring',
		position: 330,
		source: HOVEDBILAG,
		versions: [
			v2122(`Ønsker en driftsherre at nedlægge et tilbud, som benyttes af kommuner, der ønsker tilbuddet bevaret, skal der optages forhandling enten bilateralt imellem de involverede parter eller i KKR eller Kontaktudvalget, hvad angår Regionens tilbud. Selvom der ikke kan opnås en forhandlingsløsning, kan en driftsherre godt nedlægge et tilbud, hvis det økonomisk set ikke er rentabelt. En driftsherre kan ikke pålægges at drive et ikke rentabelt tilbud.

Hvis en driftsherre nedlægger et tilbud, der indgår i forsyningsforpligtelse over for andre kommuner, forventes driftsherren at indgå i dialog med køberkommunen om muligheder i andre kommuner, regioner eller hos private leverandører. I sidste instans falder forsyningsansvaret tilbage på den kommune, der er handlekommune for borgeren.

Nedlæggelse af et tilbud er rammeaftalestof: Det skal indmeldes og skrives ind i rammeaftalen og godkendes med vedtagelse af rammeaftalen.`)
		]
	},
	{
		slug: 'taskforce-lukningstruede-tilbud',
		title: 'Taskforce-procedure for lukningstruede tilbud',
		section: 'Lukning og indkøring',
		position: 340,
		source: HOVEDBILAG,
		versions: [
			v2122(`Taskforcemodellen er en procedure for, hvordan man samler op, hvis der opstår problemer. Formålet er at understøtte, at tilbud med en særlig specialisering rettet mod en lille målgruppe kan fastholde en faglig og økonomisk bæredygtighed. Der tages udgangspunkt i den aktuelle liste over de mest specialiserede tilbud, men andre tilbud kan også være relevante.

Hvis et tilbud er lukningstruet eller potentielt lukningstruet, følges følgende procedure:

1. **Indstilling af ønske om særlig opmærksomhed for et tilbud til styregruppen.** Kommune/region henvender sig til Styregruppen med en beskrivelse af behovet for særlig opmærksomhed inklusiv økonomiske data, udvikling i belægning mv. Tilsvarende kan en sag rejses af styregruppen, hvis en leverandør anmoder om lukning af et tilbud, som styregruppen gerne ser genovervejet/bevaret. Styregruppen igangsætter en vurdering af tilbuddet (skal det fremadrettet være til rådighed, er der tilsvarende tilbud/kapacitet, hvad er baggrunden for faldet i efterspørgslen). Det er en forudsætning, at leverandørerne selv har ageret økonomisk ansvarligt og forsøgt at løse tilbuddets økonomiske udfordringer. Vurderingen foretages af en taskforce nedsat af styregruppen med repræsentanter fra kommuner og region med økonomisk og faglig baggrund. Taskforcen indstiller til Styregruppen, om der er grundlag for en særlig opmærksomhed, og opstiller mulige forslag til, hvordan den særlige opmærksomhed udmøntes.
2. **Beslutningsforløb for den indstillende kommune/region, styregruppe og KKR.** Vurderingen fremsendes til leverandøren. Ønsker den indstillende kommune eller regionen fortsat en særlig opmærksomhed, fremsendes en anmodning til Styregruppen sammen med egne bemærkninger. Styregruppen behandler herefter indstillingen forud for behandling i KKR. Taskforcens vurdering skal foreligge til det efterfølgende styregruppemøde i forhold til det møde, hvor en anmodning er rejst.`)
		]
	},

	// ── Afregning og opsigelse ─────────────────────────────────────────────────────────────────────────────────────
	{
		slug: 'afregning',
		title: 'Afregning månedsvis bagud med betaling inden 30 dage',
		section: 'Afregning og opsigelse',
		position: 400,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Afregning sker månedsvis bagud, med mindre andet er fastsat ved lov. Driftsherren sender månedlige afregninger til betalingskommunerne. Fristen for betaling fastsættes til 30 dage. Betalingerne kan automatiseres via PBS. Senere betalinger end 1 måned påføres morarenter.

Betalingskommunen kan ikke regulere i den fremsendte regning. Regningen betales uanset enighed om regningens størrelse. Er der uenighed om regningen, meddeles dette driftsherren, hvorefter det er driftsherren, der skal foretage de nødvendige berigtigelser i kommende afregning.`,
				{ paymentDays: 30, lateInterestAfterMonths: 1, payerMayAdjustInvoice: false }
			)
		]
	},
	{
		slug: 'opsigelsesvarsel',
		title: 'Opsigelsesvarsel: løbende måned plus 30 dage',
		section: 'Afregning og opsigelse',
		position: 410,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Opsigelsesvarsel er løbende måned plus 30 dage, medmindre andet er aftalt.

Ved dødsfald ophører betaling af taksten efter løbende måned plus 30 dage. Egenbetaling for boligen indgår i skifterettens bestemmelse om boets behandlingsmåde.`,
				{ noticeExtraDays: 30, noticeIncludesCurrentMonth: true, appliesOnDeath: true }
			)
		]
	},

	// ── Aflastning ─────────────────────────────────────────────────────────────────────────────────────────────────
	{
		slug: 'aflastning-hoteldoegn',
		title: 'Tællemetode ved aflastningstilbud: hoteldøgn fra kl. 12 til kl. 12',
		section: 'Aflastning',
		position: 500,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Tællemetoden for aflastningsdøgn ved ophold på aflastningstilbud til børn, unge og voksne efter lov om social service paragraf 66, nr. 6 og paragraf 107 tælles som ”hoteldøgn” fra kl. 12:00 til 12:00 næste dag.`,
				{ cutoverHour: 12 }
			)
		]
	},

	// ── Standardkontrakter ─────────────────────────────────────────────────────────────────────────────────────────
	{
		slug: 'standardkontrakter',
		title: 'Standardkontrakter ved køb og salg af pladser',
		section: 'Standardkontrakter',
		position: 600,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Styregruppen for rammeaftalen har med udgangspunkt i kontraktforslag fra KL udarbejdet standardkontrakter for børneområdet og for voksenområdet. De 17 kommunalbestyrelser i region Sjælland og Regionsrådet indgik i forbindelse med Rammeaftale 2014 aftale om anvendelse af standardkontrakter ved køb og salg af pladser. De reviderede standardkontrakter har afløst de tidligere pr. 1/5-2019.

Standardkontrakterne skal benyttes ved aftaler mellem kommuner i region Sjælland. Det anbefales, at standardkontrakterne anvendes ved aftaler mellem kommuner i region Sjælland og kommuner uden for region Sjælland samt ift. private leverandører. Af standardkontrakter og vejledninger fremgår, at leverandøren skal overholde de gældende regler om databeskyttelse.

Rammeaftalen regulerer alene køb og salg inden for regionen. Ved køb og salg uden for regionen anbefales det, at der ved hvert køb udarbejdes en konkret og individuel købskontrakt, der regulerer forpligtelsen for såvel køber og sælger (fx underskudsdeling, takst, afregning).

Ved anbringelse af grønlandske borgere gør kommunerne i Region Sjælland det obligatorisk at anvende en kontrakt, der beskriver de særlige forhold, der gælder ved anbringelse af grønlandske borgere.`,
				{ mandatoryWithinRegion: true },
				{ effectiveTo: '2024-12-31' }
			),
			{
				version: 2,
				text: `Der anbefales anvendelse af de nationale standardkontrakter på børne- og voksenområdet ift. køb og salg inden for og uden for regionen samt ift. køb hos private (rammeaftale 2025-26, bilag 5A-6D).

Se også det fælleskommunale princip »Vi anvender kun standardkontrakter. De er obligatoriske.«`,
				parameters: {},
				effectiveFrom: '2025-01-01',
				effectiveTo: '2026-12-31',
				period: '2025-26',
				decision: null,
				source: RA2526
			}
		]
	},

	// ── Overdragelse af tilbud ─────────────────────────────────────────────────────────────────────────────────────
	{
		slug: 'overtagelse-af-regionale-tilbud',
		title: 'Kommuners overtagelse af regionale tilbud',
		section: 'Overdragelse af tilbud',
		position: 700,
		source: HOVEDBILAG,
		versions: [
			v2122(
				`Regionale tilbud kan overtages af den kommune, de er geografisk beliggende i, jf. servicelovens § 186. Af planlægningshensyn er der krav om, at den kommune, som ønsker at overtage et regionalt tilbud, skal tilkendegive dette i styringsaftalen. Tilsvarende kan en kommune anmode Regionen om at overtage et kommunalt drevet tilbud. Når en kommune overtager et regionalt tilbud, skal det fastlægges, i hvilket omfang tilbuddet vil være til rådighed for andre kommuner, der ønsker at købe pladser der.

Kommunalbestyrelserne har kun mulighed for at overtage tilbud en gang i hver valgperiode: En kommunalbestyrelse skal senest den 1. januar i valgperiodens 3. år have meddelt regionen, at den ønsker at overtage et regionalt tilbud, og overtagelsen skal senest være gennemført den 1. januar i valgperiodens 4. år.

I rammeaftale 2021-22 er der ingen tilkendegivelser om overtagelse af tilbud.`,
				{ noticeElectionPeriodYear: 3, completionElectionPeriodYear: 4, deadlineMonth: 1, deadlineDay: 1 }
			)
		]
	},

	// ── Principper 2025 ────────────────────────────────────────────────────────────────────────────────────────────
	{
		slug: 'princip-kun-standardkontrakter',
		title: 'Vi anvender kun standardkontrakter – de er obligatoriske',
		section: 'Principper 2025',
		position: 800,
		source: PRINCIPPER,
		versions: [
			principle2025(
				`Vi anvender kun Standardkontrakter. De er obligatoriske. Vi har fokus på mindst mulig indgriben og progression i borgerens selvhjulpenhed og indgår derfor tidsbegrænsede standardkontrakter.

${PRINCIPPER_NOTE} (Princip: Fælles om kontrakter og takster, indsatsområde 1.)`,
				{ standardContractsMandatory: true }
			)
		]
	},
	{
		slug: 'princip-udgiftsstigninger-over-5-pct',
		title: 'Udgiftsstigninger over 5 pct. i døgn- og botilbud indberettes til Socialtilsyn Øst',
		section: 'Principper 2025',
		position: 810,
		source: PRINCIPPER,
		versions: [
			principle2025(
				`Vi indberetter udgiftsstigninger i døgn- og botilbud til Socialtilsyn Øst, hvis de overstiger 5 pct. Indberetningerne drøftes i Styregruppen for Rammeaftalen 2 gange om året.

${PRINCIPPER_NOTE} (Princip: Fælles om kontrakter og takster, indsatsområde 2.) Rammeaftale 2025-26 gentager princippet uden at nævne hyppigheden af drøftelserne.`,
				{ expenseIncreaseReportPercent: 5, sgDiscussionsPerYear: 2 }
			)
		]
	},
	{
		slug: 'princip-aaben-takstoversigt',
		title: 'Afregning alene ud fra en åben og gennemsigtig takstoversigt',
		section: 'Principper 2025',
		position: 820,
		source: PRINCIPPER,
		versions: [
			principle2025(
				`Vi afregner alene ud fra en takstoversigt, der er baseret på et åbent og gennemsigtigt beregningsgrundlag.

${PRINCIPPER_NOTE} (Princip: Fælles om kontrakter og takster, indsatsområde 3.)`
			)
		]
	},
	{
		slug: 'princip-ledige-offentlige-pladser-foer-privat-koeb',
		title: 'Ledige bo- og døgntilbud i andre kommuner og regionen afstemmes før køb hos private',
		section: 'Principper 2025',
		position: 830,
		source: PRINCIPPER,
		versions: [
			principle2025(
				`Vi afstemmer altid ledige bo- og døgntilbud i andre kommuner og i regionen før køb hos private.

${PRINCIPPER_NOTE} (Princip: Fælles om kvalitet, indsatsområde 5.)`
			)
		]
	}
];
