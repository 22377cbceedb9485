import type { MunicipalitySlug, PeriodLabel, SourceSlug } from './types';

export type FocusAreaSlug =
	| 'fokusomraade-2021-22-1'
	| 'fokusomraade-2021-22-2'
	| 'fokusomraade-2021-22-3'
	| 'fokusomraade-2021-22-4'
	| 'fokusomraade-2021-22-5'
	| 'fokusomraade-2021-22-6'
	| 'fokusomraade-2025-26-1'
	| 'fokusomraade-2025-26-2'
	| 'fokusomraade-2025-26-3';

export interface FocusAreaEffortSeed {
	title: string;
	description: string;
}

export interface FocusAreaSeed {
	slug: FocusAreaSlug;
	period: PeriodLabel;
	periodLabel: string;
	number: number;
	title: string;
	/** Markdown. */
	goal: string;
	content: string;
	desiredResults: string;
	status: 'active' | 'prioritised' | 'postponed' | 'completed';
	statusNote: string;
	/** Owners (tovholdere), only where a seed names them. */
	owners: MunicipalitySlug[];
	/** Areas of effort (indsatsområder), 2025-26. */
	efforts: FocusAreaEffortSeed[];
	source: SourceSlug;
}

const RA2324: SourceSlug = 'rammeaftale-2023-24';
const RA2526: SourceSlug = 'rammeaftale-2025-26';
const PERIOD_2122 = '2021-22, forlænget til 2023-24';
const PERIOD_2526 = '2025-26';

// Referat 12/8-2022, punkt 3, beslutning.
const PRIORITISED =
	'Prioriteret: styregruppen besluttede 12/8-2022: »Fokusområde 4, 5 og 6 prioriteres og Fokusområde 1, 2 og 3 udsættes indtil videre.«';
const POSTPONED =
	'Udsat indtil videre: styregruppen besluttede 12/8-2022: »Fokusområde 4, 5 og 6 prioriteres og Fokusområde 1, 2 og 3 udsættes indtil videre.«';

/**
 * The six focus areas of rammeaftale 2021-22, extended to 2023-24 (texts from rammeaftale 2023-24; owners from the
 * 12/8-2022 minutes, item 3), and the three focus areas of rammeaftale 2025-26.
 */
export const focusAreas: FocusAreaSeed[] = [
	{
		slug: 'fokusomraade-2021-22-1',
		period: '2021-22',
		periodLabel: PERIOD_2122,
		number: 1,
		title: 'Styrket mellemkommunalt samarbejde',
		goal:
			'For at udvikle og sikre kvaliteten af vores tilbud skal vi styrke samarbejdet mellem kommunerne og regionen om ' +
			'de temaer, der er relevante og nødvendige for at kunne sikre de rette tilbud med de rette kompetencer til ' +
			'borgere med behov for støtte.',
		content: `Fokusområdet handler om muligheder og vilkår for et tættere samarbejde og samarbejdet omfatter som minimum beskyttelse og udvikling af de mest specialiserede tilbud/faglige miljøer og kan også omfatte bredere temaer, hvor kommunerne og regionen kan drage nytte af fællesskabet.

Referencerammen for at tale om et tættere samarbejde er todelt. Det første element beskriver sammenhængen for de målgrupper, hvor der er få borgere på tværs af kommunerne og som forudsætter et højt specialiseret tilbud. Dette forudsætter et tæt samarbejde på tværs for at sikre den nødvendige kapacitet på tværs og er illustreret i figurens øverste tredjedel. Jo længere ”ned” man kommer ned i figuren des flere borgere er der i målgruppen og des mere ”almen” bliver graden af specialisering.

Antallet af borgere i målgruppen og graden ad specialisering giver forskellige muligheder for samarbejde og dette er det, det andet element i referencerammen beskriver. Figuren giver en fælles ramme for at tale om vilkår for samarbejdet samt graden af forpligtigelse i samarbejdet mellem kommunerne og regionen.

Figurens akser er borgere (få, mellem, mange) og specialiseringsgrad (høj, mellem, lav); som grader af forpligtigelse nævner den:

- Fælles tværkommunalt ejerskab blandt alle kommuner i regionen
- Samarbejdsaftale mellem to kommuner
- Køb af pladser hos en kommunal udbyder på baggrund af samarbejdsaftale
- Fælles ejerskab med objektiv finansiering i et klyngesamarbejde

I processen med at formulere rammeaftalen er der allerede nævnt en række konkrete muligheder inden for et styrket mellemkommunalt samarbejde. De er:

- Tættere samarbejde om beskyttelse af højt specialiserede fagområder/miljøer på tværs af alle kommuner.
- Oprettelse af nye tilbud eller øget samtænkning af kapacitet på tværs af kommuner for nye og eksisterende målgrupper. Samarbejdet kan både være på tværs af mindre grupper af kommuner eller på tværs af alle kommuner.
- Fokus på samarbejde med de private tilbud med henblik på at øge fokus på kvalitet, kapacitet, pris og effekten af de private indkøb samt eventuelt samarbejde om indkøb.`,
		desiredResults: `- At der er aftalt en række konkrete områder, hvor samarbejdet er styrket og borgeren som resultat heraf modtager et bedre og mere kvalificeret tilbud.
- At der er etableret et samarbejde målrettet køb ved private tilbud, der sikrer borgeren et bedre og mere målrettet tilbud.`,
		status: 'postponed',
		statusNote: POSTPONED + ' »Fokusområde 1 og 2 udskydes.«',
		owners: ['roskilde'],
		efforts: [],
		source: RA2324
	},
	{
		slug: 'fokusomraade-2021-22-2',
		period: '2021-22',
		periodLabel: PERIOD_2122,
		number: 2,
		title: 'En sammenhængende indsats for borgere med psykiske vanskeligheder',
		goal:
			'Vi skal skabe bedre vilkår for sammenhængende forløb og indsatser for borgere med væsentlige psykiske ' +
			'vanskeligheder styrkes.',
		content: `En velfungerende og sammenhængende indsats skabes på tværs af de forskellige aktører, der alle har relevante roller at spille i den samlede indsats.

På det politiske niveau i KKR Sjælland skal forventningerne til forløbenes sammenhæng og koordination tydeliggøres og på det administrative og udførende niveau skal disse forventninger omsættes i praksis.

I forhold til målgruppen med væsentlige psykiske vanskeligheder er de primære aktører i praksis; borger, pårørende, den regionale behandlingspsykiatri, den kommunale psykosociale indsats, den kommunale beskæftigelsesindsats, uddannelsestilbud og ikke mindst indsatsen i det private netværk og øvrige civilsamfund.

For at sikre fokusområdet får det rette indhold og sætter ind, hvor udfordringerne for at etablere sammenhængende forløb er mest udfordret, indledes fokusområdet med at afdække og identificere de typer af forløb eller overgange som er mest udfordret.

Når afdækningen er foretaget inddrages det politiske niveau i en dialog om de handlinger som denne nye viden kalder på. Brugerne, pårørende og de fagprofessionelle inddrages også i en dialog om denne nye viden for kontinuerligt at inddrage alle perspektiver i udviklingen af det specialiserede social- og undervisningsområde.

På basis af afdækningen iværksættes konkrete udviklingsforløb for at forbedre sammenhængene i forløbene eller i de overgange, hvor afdækningen viser behov herfor. Dette kan afhængigt af resultaterne både være mellem kommunerne og regionerne eller internt mellem kommunens egne aktører.`,
		desiredResults: `- At der er afdækket og identificeret de områder, hvor sammenhængen eller overgangene for borgere med psykiske vanskeligheder er mest udfordret i KKR Sjælland.
- At det politiske niveau, bruger- og pårørendeperspektiver samt de fagprofessionelle oplever sig inddraget i en vurdering heraf.
- At der er iværksat konkrete udviklingsforløb på basis af denne viden og at disse udviklingsforløb leverer opdaterede forløbsbeskrivelser eller opdaterede samarbejdsmodeller som styrker sammenhængen eller forløbene for borgere med psykiske vanskeligheder.`,
		status: 'postponed',
		statusNote: POSTPONED + ' »Fokusområde 1 og 2 udskydes.«',
		owners: ['guldborgsund'],
		efforts: [],
		source: RA2324
	},
	{
		slug: 'fokusomraade-2021-22-3',
		period: '2021-22',
		periodLabel: PERIOD_2122,
		number: 3,
		title: 'Styrket samarbejde med borgerne og deres pårørende',
		goal:
			'Vi ønsker at styrke inddragelsen og samskabelsen med brugerne og deres pårørende for at vi sammen kan udvikle ' +
			'og retningssætte på det specialiserede social- og specialundervisningsområdet.',
		content: `KKR Sjælland prioriterer inddragelsen højt og ser brugernes stemme og aktive involvering som en afgørende forudsætning for at kunne udvikle det specialiserede social- og specialundervisningsområde sammen med brugerne og de pårørende.

Inddragelsen af brugernes og deres pårørende perspektiver inddrages på to måder:

1. For det første fortsættes dialogen mellem det politiske niveau og burgerens repræsentanter i form af Dialogforum og handicapråd.
2. For det andet gælder, at brugerne og deres pårørende som grundprincip inddrages i KKR Sjælland udviklingsarbejde og at deres perspektiver indgår i tværgående seminarer/kompetenceudvikling.

I forhold til det sidste punkt er de aktiviteter, hvor bruger- og pårørendeperspektivet skal have en rolle, uddybet i fokusområde 4, som omhandler praksisnære metoder og videndeling om effekt.

I forhold til det første punkt fortsættes de årlige møder mellem det politiske niveau og Dialogforum og de lokale Handicapråd.

Det er tanken, at vi kan styrke inddragelsen ved at fokusere på de overordnede snakke og dialoger i det politiske rum i fokusområde 3 og fokusere udviklingen og oplevelsen ved den enkelte bruger og/eller pårørende i udviklingsarbejdet i fokusområde 4. Med denne præcisering er det ambitionen at vi samlet styrker inddragelsen.

For at sikre mødernes relevans vil det første møde mellem Dialogforum, de lokale Handicapråd og det politiske niveau tage afsæt i en formulering af fælles mål og ramme for dialogen i rammeaftalens periode.`,
		desiredResults: `- At man i udviklingsaktiviteter, tværgående kompetenceudvikling og seminarer får brugernes og pårørendes perspektiver tænkt tydeligt med og inddraget.
- At brugernes og pårørendes perspektiv i arbejdet er med til at skabe positive forandringer i samarbejdet til gavn for både brugere, pårørende og fagprofessionelle.
- At Dialogforum, de lokale Handicapråd og det politiske i KKR Sjælland får etableret en kontinuerlig dialog om udviklingen og retningen for det specialiserede social- og specialundervisningsområde.`,
		status: 'postponed',
		statusNote:
			POSTPONED +
			' »Ift. fokusområde 3 indgår dette også indirekte i processen omkring rammeaftale 2023-24, da et kommende dialogmøde om udmøntning og opstart af arbejdet med fokusområderne også vil invitere handicap- og brugerrepræsentanter mv.«',
		owners: ['slagelse', 'faxe'],
		efforts: [],
		source: RA2324
	},
	{
		slug: 'fokusomraade-2021-22-4',
		period: '2021-22',
		periodLabel: PERIOD_2122,
		number: 4,
		title: 'Praksisnær metodeudvikling og videndeling om effekt',
		goal:
			'Vi skal styrke den praksisnære metodeudvikling og videndeling for skabe bedre kvalitet i indsatsen for ' +
			'brugerne, sammen med brugerne og deres pårørende og samtidig sikrer en bedre anvendelse af de tilgængelige ' +
			'ressourcer.',
		content: `Fokusområdet fortsætter de gode takter fra den forrige rammeaftale med en fælles faglig udvikling vedrørende metoder og større indsigt i effekten af de sociale indsatser.

Under dette fokusområder arbejdes eksempelvis med følgende tre indsatsområder:

- Den første handler om fortsat udvikling og videndeling inden for praksisnære faglige metoder som fx recovery-orientering. I forlængelse af dette inkluderes også tværkommunal kompetenceudvikling med udgangspunkt i vidensbaserede metoder.
- Det andet handler om udvikling og deling af konkrete metoder og redskaber til inddragelse af brugerne i myndighedsarbejdet og i det enkelte. Dette ses i forlængelse af beskrivelsen af fokusområde 3, hvor brugerne og deres pårørende som grundprincip inddrages i KKR Sjælland udviklingsarbejde og at deres perspektiver indgår i tværgående seminarer/kompetenceudvikling.
- Det tredje element omfatter fælles redskaber/metoder til beskrivelse af progression, effekter og resultater af specifikke indsatser, der kan understøtte en styrket evalueringskultur. Det kan fx være et styrket fokus på opfølgning på progressionen for borgere i midlertidige botilbud (SEL § 107).

Dette fokusområde omfatter en række faglige temaer, som kan adresseres gennem afholdelse af temadage, symposier, konferencer eller fælles kompetenceudviklede forløb for ledere og medarbejdere på de sociale tilbud eller i myndighedsfunktioner. I disse skal den politiske deltagelse/ejerskab til udviklingen af området tænkes med.

Dette fokusområde kan også vinkles som et middel til at sikre attraktive arbejdspladser og dermed implicit understøtte at fastholde medarbejderne.`,
		desiredResults: `- At der er sket en øget tværkommunal videndeling og kompetenceudvikling
- At brugernes og pårørendes perspektiv i arbejdet er med til at skabe positive forandringer i samarbejdet til gavn for både brugere, pårørende og fagprofessionelle?
- At der er udviklet fælles tilgange til fælles udfordringer, fx et styrket fokus eller fælles metode til at foretage opfølgning på progressionen for borgere i midlertidige botilbud (SEL § 107).`,
		status: 'prioritised',
		statusNote: PRIORITISED,
		owners: ['faxe'],
		efforts: [],
		source: RA2324
	},
	{
		slug: 'fokusomraade-2021-22-5',
		period: '2021-22',
		periodLabel: PERIOD_2122,
		number: 5,
		title: 'Afdækning af kapacitet og behov for tilbud',
		goal:
			'Vi ønsker en afdækning af den aktuelle kapacitet samt en prognose for sociale tilbud på kort og langt sigte som ' +
			'grundlag for en strategisk drøftelse om hvordan KKR Sjælland bedst lever op til sin forsyningsforpligtigelse ' +
			'og samarbejde.',
		content: `Fokusområdet tager afsæt i en samlet analyse af den aktuelle tilbudsvifte og kapacitet som grundlag for en prognose af behov for sociale tilbud fremadrettet i KKR Sjælland.

Denne analyse skal virke som grundlag for en strategisk drøftelse og en politisk dialog om antal, type og indhold af de fremtidige tilbud. Analysen skal virke som grundlag for en drøftelse om hvor man i KKR Sjælland kan samarbejde tættere om tilbuddene eller, at KKR Sjælland fx udbyder et tilbud (afdækket behov) og en kommune eller en klynge af kommune påtager sig at etablere dette tilbud.

Analysen skal også indeholde et element om, hvad man som køber forventer et socialt tilbud skal kunne fremadrettet, fx stille sine ydelser til rådighed matrikelløst. Herunder også hvilke samarbejdsformer eller samarbejder der er mulige mellemkommunalt.

I denne analyse kan der også indarbejdes elementer af den igangværende nationale evaluering af det specialiserede social- og specialundervisningsområde som også, blandt andet, fokuserer på etableringen og organiseringen af de mest specialiserede tilbud.

Når analysen er gennemført skal dets resultater bruges som afsæt for at diskutere de elementer eller de temaer som kan være eller blive udfordringer på tværs af KKR Sjælland og som bedst løses i fællesskab. Og hermed også bruges som en revitalisering og mulighed for at fokusere samarbejdet i KKR Sjælland fremadrettet.`,
		desiredResults: `- At kapacitetsanalysen og prognosen gennemføres.
- At der, med afsæt i den eksisterende kapacitet og prognose for fremtidige behov af sociale tilbud sikres et bedre kapacitetsudnyttelse og etableres mere målrettede tilbud for borgerne, herunder også øgede mellemkommunale samarbejder om den nødvendige kapacitet.`,
		status: 'prioritised',
		statusNote: PRIORITISED,
		owners: ['holbaek'],
		efforts: [],
		source: RA2324
	},
	{
		slug: 'fokusomraade-2021-22-6',
		period: '2021-22',
		periodLabel: PERIOD_2122,
		number: 6,
		title: 'Bedre styringsdata og ledelsesinformation',
		goal:
			'Vi ønsker at øge gennemsigtigheden på det specialiserede social- og specialundervisningsområde gennem ' +
			'udvikling af bedre data om økonomi, aktiviteter og effekten af vores indsatser. Som grundlag for ' +
			'kvalitetsudvikling, styring og bedre køb og salg af pladser.',
		content: `Udgiftspresset er fortsat stort på hele det specialiserede social- og specialundervisningsområde. Derfor er der behov for at styrke gennemsigtigheden for at øge eller synliggøre styringsmulighederne og sikre mest effekt for de afsatte ressourcer.

VIVE har 2016-2019 udarbejdet årlige benchmarkinganalyser på hhv. det specialiserede børne- og voksenområde i region Sjælland. Analyserne er primært et styringsredskab for den enkelte kommune, fordi de stiller styringsinformation til rådighed for den enkelte kommune og indeholder sammenligninger til de andre kommuner i regionen. Analyserne er også et led i den fælles/tværkommunale strategi for styring af takst- og udgiftsudviklingen, hvor videndeling om styring og arbejdet med styringsdata m.v. indgår. Disse analyser forventes gentaget om end med en lavere frekvens

Styringsdelen skal herudover beskrive og håndhæve principperne for finansiering, øge gennemsigtigheden af tilbuddenes takster og aftaler om køb og salg (herunder standardkontrakter) af pladser for kommunale og regionale tilbud i den sjællandske region.

Dette arbejde fortsættes fx i følgende spor:

- Fortsat udbredelse af standardkontrakter for at øge gennemsigtighed og ensartede metoder med køb og salg af pladser.
- Bestik af den kommende revision/opdatering af takstbekendtgørelsen samt hurtigt omsætte de elementer der øger gennemsigtigheden.
- Muligt samarbejde omkring indkøb eller større fælles udbytte af de lokale forhandlingskonsulenter som mange kommuner har ansat.

I rammeaftale 2023-2024 er det besluttet (som i rammeaftale 2021-2022) ikke at bruge ”takstinstrumentet” i form af henstilling over for kommunerne om en given procent takstreduktion, men i stedet opfordre alle kommuner til at sikre et målrettet arbejde for konstant driftsoptimering med den hensigt at reducere taksterne på de takstbelagte institutioner og stram udgiftsstyring generelt, herunder ved køb hos private.

KKR Sjælland opfordrer til, at taksterne på det specialiserede område holdes i ro.`,
		desiredResults: `- At gennemsigtigheden i samarbejdet om køb og salg af pladser (herunder takster) i KKR Sjælland øges.
- At datakvalitet og gennemsigtighed på det specialiserede social og specialundervisningsområde øges, fx gennem øget anvendelse/udbredelse af standardkontrakter.
- At sikre bedre effekt af de købte pladser gennem et styrket samarbejde.`,
		status: 'prioritised',
		statusNote: PRIORITISED,
		owners: ['slagelse'],
		efforts: [],
		source: RA2324
	},

	// Rammeaftale 2025-26: "opdelt i målsætning, formål og indsatsområder". Owners are not named; the 2025
	// organisation places focus area 1 with Implementeringsgruppen and 2-3 with Styregruppen.
	{
		slug: 'fokusomraade-2025-26-1',
		period: '2025-26',
		periodLabel: PERIOD_2526,
		number: 1,
		title: 'Rette indsatser og tilbud til borgerne',
		goal: 'Tilbud og indsatser til borgerne med rette indhold og kvalitet, som leveres til rette tid og til den rette pris.',
		content: `Fokusområdet følger Rammeaftalens udviklingsprogram.

**Baggrund**

I de seneste år har der været store udgiftsstigninger på det specialiserede socialområde, som har udfordret kommunerne i forhold til at sikre den rette hjælp og støtte til alle, ligesom det har vanskeliggjort kommunernes udgiftsprioriteringer på de øvrige velfærdsområder. På baggrund af store udgiftsstigninger i kommunerne er der efter bestilling fra K17 og KKR Sjælland i 2023 igangsat et udviklingsprogram med fokus på styring af kvalitet, kapacitet og økonomi.

**Formål**

Udviklingsprogrammet har følgende 3 formål:

1. Genetablere et konkurrencebaseret marked for køb og salg af specialiserede botilbud på socialområdet,
2. Styrke af kvaliteten af borgerindsatsen, og
3. Knække kommunernes stigende udgiftskurver på området

**Indhold**

Arbejdet med udviklingsprogrammet har udmøntet sig i 3 fælleskommunale principper, med en række indsatsområder, for det specialiserede socialområde. De 3 fælles kommunale principper er: 1) Fælles om kontrakter og takster; 2) Fælles om kvalitet; 3) Fælles om botilbud. De 3 fælleskommunale principper er tiltrådt af de sjællandske kommuner ultimo 2024.

Under hvert af de 3 fælleskommunale principper opstilles en række indsatsområder, som skal implementeres i alle 17 kommuner i perioden 2025-2026.`,
		desiredResults: '',
		status: 'active',
		statusNote: 'Implementeres af Implementeringsgruppen (organisation 2025 og frem).',
		owners: [],
		efforts: [
			{
				title: 'Fælles om takster og kontrakter',
				description: `- Vi anvender kun standardkontrakter. De er obligatoriske.
- Vi indberetter udgiftsstigninger i døgn- og botilbud til Socialtilsyn Øst, hvis de overstiger 5 pct. Indberetningerne drøftes i Styregruppen for Rammeaftalen
- Vi afregner alene ud fra en takstoversigt, der er baseret på et åbent og gennemsigtigt beregningsgrundlag`
			},
			{
				title: 'Fælles om kvalitet',
				description: `- Vi anvender fælles principper og faglige begreber for sagsbehandling
- Vi afstemmer altid ledige bo- og døgntilbud i andre kommuner og i regionen før køb hos private
- Vi afsøger om andre kommuner kan være med i et botilbud, før vi opretter et enkeltmandstilbud`
			},
			{
				title: 'Fælles om botilbud',
				description: `- Vi afsøger om andre kommuner kan være med i et botilbud, før vi opretter et enkeltmandstilbud
- Vi drøfter lukning eller ommærkning af bo- og døgntilbud tværkommunalt, før der træffes lokalpolitisk beslutning`
			}
		],
		source: RA2526
	},
	{
		slug: 'fokusomraade-2025-26-2',
		period: '2025-26',
		periodLabel: PERIOD_2526,
		number: 2,
		title: 'Styrket sektorsamarbejde om borgerne på socialpsykiatri- og handicapområdet',
		goal:
			'Vi skal skabe bedre sektorovergange og sammenhængende forløb og indsatser for borgerne og herunder arbejde for ' +
			'større lighed i sundhed for borgere med psykisk sygdom, handicap og/eller social udsathed med indsatser der ' +
			'inkluderer og understøtter dem i at opnå øget velfærd, sundhed og en højere levealder.',
		content: `**Indhold**

Borgerne oplever overgangsproblematikker mellem social og sundhedsområdet og herunder udfordringer ift. sektorovergange på handicap – og socialpsykiatriområdet. Mennesker med hhv. handicap, psykiske lidelser og/eller social udsathed har generelt lavere levealder som antageligvis skyldes ulighed både socialt og i sundhed,

**Formål**

- Forbedre sektorovergangene på handicap – og socialpsykiatriområdet via udvikling af bedre koordinerede indsatser på tværs af sektorerne til ift. denne målgruppe med bedre sammenhæng og kvalitet i behandling og indsats
- At styrke samarbejdet på tværs af kommunernes social- og sundhedsområde, sygehusene, psykiatrien og Almen praksis
- Et styrket samarbejde på tværs af sektorer skal sikre, at mennesker med psykiske eller fysiske funktionsnedsættelser, mennesker med sindslidelser eller social udsathed modtager en indsats, der reducerer konsekvenser af social ulighed og modvirker ulighed i sundhed.`,
		desiredResults: '',
		status: 'active',
		statusNote: 'Implementeres af Styregruppen (organisation 2025 og frem).',
		owners: [],
		efforts: [
			{
				title: 'Voksne med dobbeltdiagnoser',
				description:
					'I behandlingen af borgere med dobbelt diagnoser i Region Sjælland, vil vi gennem et styrket samarbejde ' +
					'mellem det kommunale social og sundhedsområde og Psykiatrien udvikle sektorovergangene for borgerne i ' +
					'behandling for dobbelt diagnoser både med psykiatrisk og somatisk fokus.'
			},
			{
				title: 'Voksne i botilbud',
				description:
					'Vi vil iværksætte prøvehandlinger, som går på tværs af det kommunale sundheds- og socialområde og den ' +
					'sekundære sektor. Prøvehandlingerne kan fx vedrøre specialist rådgivning til medarbejdere i social ' +
					'tilbud, sundhedskommunikation til borgere i socialtilbud og udvikling af sektorovergange mv.'
			},
			{
				title: 'Samarbejdsmodel kommuner, region og almen praksis',
				description:
					'Udvikling og etablering af samarbejdsmodel med regionen på baggrund af erfaringer med samarbejdet ' +
					'omkring dobbeltdiagnoser og herunder både ift. psykiatri og somatik samt inddragelse af de ' +
					'praktiserende læger'
			},
			{
				title: 'Forebyggelse, opsporing og opfølgning',
				description:
					'Konkret opsporings- og forebyggelsesfokus ift. botilbud, Psykinfo, væresteder, forsorgshjem og hvor ' +
					'tilbud findes samt i borgerens hjem ift. at spotte sygdomme. Jf. gode erfaringer med opsøgende teams. ' +
					'Kompetenceudvikling af pædagogisk personale som opsporende og understøttende iværksat behandling også i ' +
					'borgerens hjem.'
			}
		],
		source: RA2526
	},
	{
		slug: 'fokusomraade-2025-26-3',
		period: '2025-26',
		periodLabel: PERIOD_2526,
		number: 3,
		title: 'Øget trivsel blandt børn og unge – styrket indsats og forebyggelse',
		goal:
			'Vi ønsker at øge trivslen for børn og unge via styrket forebyggelse og indsats. Målet er at styrke børn og ' +
			'unges mentale sundhed og trivsel',
		content: `**Baggrund**

Kommunerne oplever øget mistrivsel hos børn og unge. Flere børn og unge henvises til psykiatrien, og flere børn og unge angiver i store undersøgelser, at de har et dårligt mentalt helbred.

Samtidig viser analyser, at et stigende antal børn visiteres til special- og behandlingstilbud, som ligger udenfor det almene børneområde. Udviklingen er bekymrende, da undersøgelser viser, at børns livsbaner tegnes i de tidlige børneår.

Kommunerne oplever vækst i skolevægring og psykisk sårbarhed og antallet af børn og unge, der diagnosticeres med en neuro-psykiatrisk diagnose (fx autismespektrumforstyrrelser og/eller ADHD) er stigende

**Indsatsområder**

Styrket trivsel via følgende spor: psykiatri, familie, forebyggelse, anbringelsesområdet og overgang ung til voksen.`,
		desiredResults: '',
		status: 'active',
		statusNote: 'Implementeres af Styregruppen (organisation 2025 og frem).',
		owners: [],
		efforts: [
			{
				title: 'Psykiatri: Samarbejde med psykiatrien',
				description:
					'Fx: STIME-samarbejde. Behandlingspsykiatrien skal være med i drøftelser og koordinering også jf. lang ' +
					'ventetid på børne/unge sager ift. udredning i psykiatrien. BUF samarbejde på børne/ungeområdet i ' +
					'psykiatrien skal bruges og koordineres. STIME er et samarbejde mellem kommuner og Psykiatri, der mere ' +
					'rettidigt skal hjælpe børn/unge, som mistrives psykisk'
			},
			{
				title: 'Familie: Rekruttering og udvikling af plejefamilier af høj kvalitet',
				description:
					'Indsats ift. plejefamilier og ift. trivsel i familien. Vi vil samarbejde om at øge antallet af ' +
					'plejefamilier og øge kvaliteten af plejefamiliernes indsats overfor børnene og de unge. Et ' +
					'udviklingsspor i den forbindelse kunne være at overføre ideen med ”ventilpladser” til ' +
					'plejefamilieområdet og udvikle en ny måde at bruge plejefamilier på (mentorfamilier). Skabe særlige ' +
					'plejefamiliekonstruktioner ”akutplejefamilie”. Konstruktion af modeller hvor børnene kan være hjemme ' +
					'f.eks. ventilpladser dvs. løsninger mellem plejefamilier og anbringelser.'
			},
			{
				title: 'Forebyggelse: Fokus på at børn/unge kan blive i familien mv.',
				description:
					'Fx: Behandlings- og specialundervisningstilbud. Øge kvaliteten af børne- og ungeindsatsen i behandlings- ' +
					'og specialundervisningstilbud også med inspiration fra Region Hovedstadens ift. arbejde med at ' +
					'standardisere indsatser og herunder evt. iværksætte prøvehandlinger i egen region.'
			},
			{
				title: 'Anbringelsesområdet: Kapacitet, kvalitet og pris',
				description:
					'Udvikling af tilbud og indsats og herunder ift. kapacitet, kvalitet, pris og herunder udvikling af ' +
					'unge-døgntilbud fra fx. 15-25 dvs hvor overgangen fra ung til voksen kommer senere'
			},
			{
				title: 'Overgang ung til voksen',
				description: 'Fx: Udvikling af ”overgangs”-tilbud'
			}
		],
		source: RA2526
	}
];
