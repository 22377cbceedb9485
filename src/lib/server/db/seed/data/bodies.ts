import { kommuneSlugs } from './municipalities';
import type { IsoDate, MunicipalitySlug, SourceSlug } from './types';

export type BodySlug =
	| 'kkr-sjaelland'
	| 'kontaktudvalget'
	| 'kommunalbestyrelserne'
	| 'regionsraadet'
	| 'k17'
	| 'programstyregruppen'
	| 'styregruppen'
	| 'implementeringsgruppen'
	| 'direktoer-og-chefforum'
	| 'oekonomigruppen'
	| 'takstgruppen'
	| 'rammeaftalesekretariatet'
	| 'boern-og-unge'
	| 'voksne-handicappede'
	| 'voksne-sindslidende'
	| 'specialundervisning-og-hjaelpemidler'
	| 'koordinationsforum'
	| 'kkr-dialogforum'
	| 'socialtilsyn-oest'
	| 'socialstyrelsen';

export interface BodySeed {
	slug: BodySlug;
	name: string;
	shortName: string | null;
	kind: 'political' | 'administrative' | 'network_group' | 'external';
	/** Markdown, Danish, from the seeds. */
	description: string;
	reportsTo: BodySlug | null;
	source: SourceSlug;
}

const HOVEDBILAG: SourceSlug = 'rammeaftale-2021-22-hovedbilag';
const REFERAT: SourceSlug = 'styregruppe-2022-08-12-dagsorden-referat';
const PRINCIPPER: SourceSlug = 'tre-faelleskommunale-principper-2025';

const NETVAERK_FAELLES =
	'De faglige netværk er løst koblet til Styregruppen. De mødes 4-5 gange årligt og kommer med input til ' +
	'Styregruppen med en årlig statusrapport udarbejdet efter en fast skabelon og et orienteringspunkt på ' +
	'Styregruppens dagsorden.\n\n' +
	'I organisationen fra 2025 er de 4 faglige netværksgrupper selvkørende ERFA-grupper. Styregruppen og ' +
	'Udviklingsgruppen har mulighed for at trække på dem ved behov. Netværksgrupperne beslutter selv, hvordan de ' +
	'organiserer sig.';

export const bodies: BodySeed[] = [
	// Political bodies
	{
		slug: 'kkr-sjaelland',
		name: 'KKR Sjælland',
		shortName: 'KKR',
		kind: 'political',
		description:
			'Kommunekontaktrådet (KKR), nedsat af KL til at samordne kommunernes virksomhed i region Sjælland, består af ' +
			'de 17 borgmestre og 16 supplerende medlemmer – i alt 33 medlemmer.\n\n' +
			'Imellem rammeaftalerne behandler KKR/Kontaktudvalget sager med tilknytning til rammeaftalen. Sager om ' +
			'større ændringer og sager om oprettelse og nedlæggelse af tilbud forelægges KKR/Kontaktudvalget via ' +
			'styregruppen.',
		reportsTo: null,
		source: HOVEDBILAG
	},
	{
		slug: 'kontaktudvalget',
		name: 'Kontaktudvalget',
		shortName: 'KKU',
		kind: 'political',
		description:
			'Kontaktudvalget (KKU) består af de 17 borgmestre i regionen og formanden for Regionsrådet. Kontaktudvalget ' +
			'sikrer samarbejdet mellem kommunalbestyrelserne og Regionsrådet.',
		reportsTo: null,
		source: HOVEDBILAG
	},
	{
		slug: 'kommunalbestyrelserne',
		name: 'De 17 kommunalbestyrelser',
		shortName: null,
		kind: 'political',
		description:
			'Kommunalbestyrelserne i regionen og regionsrådet indgår hvert andet år en rammeaftale om faglig udvikling, ' +
			'styring og koordinering af kommunale og regionale tilbud. På det politiske niveau træffes beslutningerne ' +
			'som led i rammeaftalen først og fremmest i de enkelte kommunalbestyrelser og i Regionsrådet. Det sker som ' +
			'udgangspunkt ved kommunalbestyrelsernes og Regionsrådets godkendelse af selve rammeaftalen, senest den ' +
			'1. december.',
		reportsTo: null,
		source: HOVEDBILAG
	},
	{
		slug: 'regionsraadet',
		name: 'Regionsrådet i Region Sjælland',
		shortName: 'Regionsrådet',
		kind: 'political',
		description:
			'Regionsrådet indgår sammen med de 17 kommunalbestyrelser rammeaftalen og skal godkende den senest den ' +
			'1. december. Regionsrådet bidrager til beskrivelsen af behovet for tilbud for så vidt angår de tilbud, der ' +
			'aktuelt drives af regionen, eller som kommunalbestyrelserne påtænker at anmode regionen om at etablere.',
		reportsTo: null,
		source: HOVEDBILAG
	},

	// Administrative bodies
	{
		slug: 'k17',
		name: 'K17',
		shortName: 'K17',
		kind: 'administrative',
		description:
			'Kommunaldirektørkredsen. Styregruppen anbefaler og videresender sager til behandling i K17, som anbefaler ' +
			'og videresender dem til KKR Sjælland. K17 har to repræsentanter i styregruppen, som dækker socialområdet ' +
			'i K17.\n\n' +
			'Møder i styregruppen er placeret 14 dage før de møder i K17, som efterfølges af et møde i KKR.',
		reportsTo: 'kkr-sjaelland',
		source: REFERAT
	},
	{
		slug: 'programstyregruppen',
		name: 'Programstyregruppen',
		shortName: null,
		kind: 'administrative',
		description:
			'Øverste administrative ledelsesstrategiske niveau i Rammeaftalens organisation. To kommunaldirektører og ' +
			'formanden for Rammeaftalen med direkte reference til K17 og KKR.',
		reportsTo: 'k17',
		source: PRINCIPPER
	},
	{
		slug: 'styregruppen',
		name: 'Styregruppen for Rammeaftale Sjælland',
		shortName: 'SG',
		kind: 'administrative',
		description:
			'Styregruppen for rammeaftalen er nedsat af KKR og består af 9 direktører/chefer fra kommuner og region. ' +
			'På administrativt niveau er styregruppen initiativtager til og ansvarlig for de samarbejdsprojekter, der ' +
			'skal virkeliggøre rammeaftalens målsætninger. Under styregruppen er nedsat en række faglige ' +
			'netværksgrupper inden for børne- og ungeområdet, voksenhandicapområdet og voksenpsykiatriområdet samt ' +
			'økonomigruppen.\n\n' +
			'Styregruppen varetager den generelle drift ift. Rammeaftalen (jf. rammeaftalebekendtgørelsen) og herunder ' +
			'ift. national koordination i Socialstyrelsen samt repræsentation i tværregionale og tværkommunale ' +
			'mødefora. Fra 2025 varetager styregruppen desuden implementeringen af rammeaftalens fokusområde 2 og 3.\n\n' +
			'Styregruppen mødes kl. 9-12. Møderne er placeret 14 dage før de møder i K17, som efterfølges af et møde i ' +
			'KKR. På mødet 12/8-2022 blev det aftalt, at hvert andet møde afholdes virtuelt.',
		reportsTo: 'k17',
		source: HOVEDBILAG
	},
	{
		slug: 'implementeringsgruppen',
		name: 'Implementeringsgruppen for Rammeaftale Sjælland',
		shortName: 'Implementeringsgruppen',
		kind: 'administrative',
		description:
			'Tidligere Udviklingsgruppen, som havde ansvar for gennemførelse af et udviklingsprogram med 3 formål: ' +
			'1) Styrke konkurrencen på botilbudsmarkedet; 2) Knække den stigende udgiftskurve; 3) Styrke kvaliteten af ' +
			'den borgerrettede indsats.\n\n' +
			'I organisationen fra 2025 varetager Implementeringsgruppen implementering af udviklingsprogrammet under ' +
			'Rammeaftalens fokusområde 1: Implementering af 3 fælleskommunale principper. Implementeringsgruppen ' +
			'kvalificerer og træffer beslutning om konkrete initiativer til videre proces i Rammeaftalens ' +
			'samarbejdsorganisation.',
		reportsTo: null,
		source: PRINCIPPER
	},
	{
		slug: 'direktoer-og-chefforum',
		name: 'Direktør- og Chefforum',
		shortName: null,
		kind: 'administrative',
		description:
			'Gatekeeper i forbindelse med godkendelse, iværksættelse og nedlukning af Rammeaftalens udviklings- og ' +
			'implementeringsinitiativer.',
		reportsTo: null,
		source: PRINCIPPER
	},
	{
		slug: 'oekonomigruppen',
		name: 'Økonomigruppen',
		shortName: null,
		kind: 'network_group',
		description:
			'Økonominetværket med fast reference til Styregruppen. I kommissorium fra 2007 fremgår, at økonomigruppen ' +
			'skal:\n\n' +
			'- sikre et gennemskueligt budgetgrundlag – og medvirke til udarbejdelsen af værktøjer til optimal ' +
			'økonomisk drift og planlægning på området,\n' +
			'- sikre, at der er den fornødne informationsudveksling på området,\n' +
			'- sikre gennemskuelighed i forhold til takstgrundlaget (prisen) og antallet af brugere/kapaciteten ' +
			'(mængden).',
		reportsTo: 'styregruppen',
		source: PRINCIPPER
	},
	{
		slug: 'takstgruppen',
		name: 'Takstgruppen',
		shortName: null,
		kind: 'administrative',
		description:
			'Reviderer takstaftalen. Takstaftale 2023 (bilag 2 til rammeaftale 2023-24) blev opdateret af takstgruppen ' +
			'(møde 9/8-2022).',
		reportsTo: null,
		source: REFERAT
	},
	{
		slug: 'rammeaftalesekretariatet',
		name: 'Rammeaftalesekretariatet',
		shortName: 'Sekretariatet',
		kind: 'administrative',
		description:
			'Rammeaftalesekretariatet sørger for, at sager fra styregruppen kommer op i netværksgrupperne, og at ' +
			'netværkenes sager kommer i styregruppen, samt orienterer i starten af møderne.\n\n' +
			'Sekretariatet flytter til Roskilde pr. 1/9-2022 og kommer til at indgå i et større sekretariat med ' +
			'kapacitet til at indgå i rammeaftalesekretariatets arbejde og herunder ift. analyser, arrangementer mv. ' +
			'Ifølge hovedbilaget til rammeaftale 2021-22 varetog Næstved Kommune tidligere sekretariatsfunktionen for ' +
			'styregruppen.',
		reportsTo: 'styregruppen',
		source: REFERAT
	},

	// Network groups
	{
		slug: 'boern-og-unge',
		name: 'Netværksgruppen Børn og Unge',
		shortName: 'Børn og Unge',
		kind: 'network_group',
		description: 'Fagligt netværk under styregruppen på børne- og ungeområdet.\n\n' + NETVAERK_FAELLES,
		reportsTo: 'styregruppen',
		source: PRINCIPPER
	},
	{
		slug: 'voksne-handicappede',
		name: 'Netværksgruppen Voksne handicappede',
		shortName: 'Voksne handicappede',
		kind: 'network_group',
		description:
			'Netværksgruppen Voksne handicappede har tidligere været organiseret med en administrativ tovholder og ' +
			'fagpersoner, som har varetaget det faglige tovholderskab. Netværket holder ca. 4 årlige møder og fungerer ' +
			'som faglig baggrundsgruppe ift. styregruppen for rammeaftalen og som erfa-/sparringsgruppe mellem ' +
			'kommunerne på voksenhandicapområdet. Tovholderen indkalder til møderne og står for dagsordener og ' +
			'referater samt årsrapporten og mødeledelse. Rammeaftalesekretariatet sørger for, at sager fra ' +
			'styregruppen kommer op i netværksgruppen, og at netværkets sager kommer i styregruppen, samt orienterer i ' +
			'starten af møderne.',
		reportsTo: 'styregruppen',
		source: REFERAT
	},
	{
		slug: 'voksne-sindslidende',
		name: 'Netværksgruppen Voksne sindslidende',
		shortName: 'Voksne sindslidende',
		kind: 'network_group',
		description: 'Fagligt netværk under styregruppen på voksenpsykiatriområdet.\n\n' + NETVAERK_FAELLES,
		reportsTo: 'styregruppen',
		source: PRINCIPPER
	},
	{
		slug: 'specialundervisning-og-hjaelpemidler',
		name: 'Udbydernetværk: Specialundervisning og hjælpemidler',
		shortName: 'Specialundervisning og hjælpemidler',
		kind: 'network_group',
		description:
			'Udbydernetværk for specialundervisning og hjælpemidler (i organisationsdiagrammet: Netværksgruppen ' +
			'Specialundervisning og hjælpemidler).\n\n' +
			NETVAERK_FAELLES,
		reportsTo: 'styregruppen',
		source: REFERAT
	},

	// Outside bodies
	{
		slug: 'koordinationsforum',
		name: 'Koordinationsforum',
		shortName: null,
		kind: 'external',
		description:
			'Forum for koordination på det specialiserede social- og specialundervisningsområde: et tværregionalt ' +
			'koordinationsforum i KL bestående af repræsentanter fra de administrative styregrupper på det ' +
			'specialiserede socialområde i hver af de fem KKR. Forummet er ansvarligt for at udarbejde forslag til ' +
			'landsdækkende koordinering af den sikrede boform Kofoedsminde, de sikrede afdelinger til unge og de lands- ' +
			'og landsdelsdækkende undervisningstilbud. Den enkelte styregruppe har ansvar for at følge udviklingen på ' +
			'de lands- og landsdelsdækkende tilbud og sikrede afdelinger i egen region og bringe væsentlige ændringer ' +
			'i kapacitet og/eller behov op i Koordinationsforum.',
		reportsTo: null,
		source: HOVEDBILAG
	},
	{
		slug: 'kkr-dialogforum',
		name: 'KKR Dialogforum',
		shortName: 'Dialogforum',
		kind: 'external',
		description:
			'KKRs dialogforum består af DH-handicaporganisationerne, Skole og Forældre og KKR-formandskabet. Det ' +
			'sekretariatsbetjenes af KKR-sekretariatet med hjælp fra rammeaftalesekretariatet. Herudover bistår to ' +
			'direktører; i seneste valgperiode har praksis været styregruppeformanden og direktøren fra ' +
			'formandskommunen. Dialogforum blev nedsat i 2022 og holdt sit første møde 18/8-2022.',
		reportsTo: null,
		source: REFERAT
	},
	{
		slug: 'socialtilsyn-oest',
		name: 'Socialtilsyn Øst',
		shortName: null,
		kind: 'external',
		description:
			'Lov om Socialtilsyn trådte i kraft den 1. januar 2014. Socialtilsynet udarbejder en årsrapport om ' +
			'tilbuddenes kvalitet, som skal sendes til sekretariatet for rammeaftalen og Socialstyrelsen senest den ' +
			'1. juli året efter det kalenderår, rapporten vedrører. Rapportens konklusioner skal indgå i drøftelserne ' +
			'om rammeaftalen. Finansieringen af socialtilsynet drøftes i forbindelse med rammeaftalen.',
		reportsTo: null,
		source: HOVEDBILAG
	},
	{
		slug: 'socialstyrelsen',
		name: 'Socialstyrelsen',
		shortName: null,
		kind: 'external',
		description:
			'Den nationale koordinationsstruktur på det mest specialiserede socialområde og specialundervisningsområde ' +
			'er forankret i Socialstyrelsen, som følger udviklingen i tilbud, målgrupper og indsatser og har:\n\n' +
			'- kompetence til at udmelde målgrupper eller særlige indsatser, som kommunalbestyrelserne skal forholde ' +
			'sig til (Socialstyrelsens centrale udmeldinger),\n' +
			'- beføjelse til at anmode kommunalbestyrelserne om at foretage en fornyet behandling af indsatsen ift. de ' +
			'centralt udmeldte målgrupper og indsatser,\n' +
			'- beføjelse til at meddele driftspålæg, som indebærer, at en kommune eller region pålægges et ' +
			'driftsansvar (kun undtagelsesvist i helt særlige tilfælde),\n' +
			'- i sidste ende kompetence til at træffe afgørelse om en finansieringsmodel.',
		reportsTo: null,
		source: HOVEDBILAG
	}
];

export interface PersonSeed {
	/** Natural key within the seed data. */
	name: string;
	title: string;
	municipality: MunicipalitySlug | null;
	source: SourceSlug;
}

/** Only people the seeds name. */
export const people: PersonSeed[] = [
	{ name: 'Lone Berner Wolff', title: 'Socialchef', municipality: 'slagelse', source: REFERAT },
	{ name: 'Henning Daugaard', title: '', municipality: 'soro', source: REFERAT },
	{ name: 'Søren Bonde', title: '', municipality: null, source: REFERAT },
	{ name: 'Mette Olander', title: 'Direktør', municipality: 'roskilde', source: REFERAT },
	{ name: 'Jan Christensen', title: 'Direktør', municipality: 'vordingborg', source: REFERAT },
	{ name: 'Mikael Smed', title: '', municipality: 'vordingborg', source: REFERAT },
	{ name: 'Pernille Beckmann', title: '', municipality: 'greve', source: REFERAT },
	{ name: 'Nana Maja Friis Christiansen', title: 'Repræsentant for DH', municipality: null, source: REFERAT },
	{ name: 'Winnie Lindner Pedersen', title: 'Repræsentant for DH', municipality: null, source: REFERAT },
	{ name: 'Regitze Spenner Ishøy', title: 'Repræsentant for Skole og Forældre', municipality: null, source: REFERAT }
];

export interface MembershipSeed {
	body: BodySlug;
	person?: string;
	municipality?: MunicipalitySlug;
	role: 'chair' | 'vice_chair' | 'member' | 'secretary' | 'lead' | 'contact' | 'municipality';
	validFrom?: IsoDate;
	validTo?: IsoDate;
	note: string;
	source: SourceSlug;
}

const personMemberships: MembershipSeed[] = [
	{
		body: 'styregruppen',
		person: 'Lone Berner Wolff',
		municipality: 'slagelse',
		role: 'member',
		note: 'Ny repræsentant fra Slagelse, præsenteret på styregruppemødet 12/8-2022.',
		source: REFERAT
	},
	{
		body: 'styregruppen',
		person: 'Henning Daugaard',
		municipality: 'soro',
		role: 'member',
		note: 'Ny K17-repræsentant i styregruppen, præsenteret på styregruppemødet 12/8-2022. Dækker sammen med Søren Bonde socialområdet i K17.',
		source: REFERAT
	},
	{
		body: 'styregruppen',
		person: 'Søren Bonde',
		role: 'member',
		note: 'K17-repræsentant i styregruppen sammen med Henning Daugaard.',
		source: REFERAT
	},
	{
		body: 'styregruppen',
		person: 'Mette Olander',
		municipality: 'roskilde',
		role: 'chair',
		note:
			'Styregruppeformand pr. august 2022: formandskabet er overgået til Roskilde efter sommerferien, og af de to ' +
			'direktører, der bistår KKR Dialogforum (styregruppeformanden og direktøren fra formandskommunen), er ' +
			'Mette Olander fra Roskilde (referat 12/8-2022, punkt 5 og 6B).',
		source: REFERAT
	},
	{
		body: 'k17',
		person: 'Henning Daugaard',
		municipality: 'soro',
		role: 'member',
		note: 'K17-repræsentant i styregruppen.',
		source: REFERAT
	},
	{ body: 'k17', person: 'Søren Bonde', role: 'member', note: 'K17-repræsentant i styregruppen.', source: REFERAT },
	{
		body: 'kkr-sjaelland',
		person: 'Mikael Smed',
		municipality: 'vordingborg',
		role: 'member',
		note: 'KKR-formandskabet (referat 12/8-2022).',
		source: REFERAT
	},
	{
		body: 'kkr-sjaelland',
		person: 'Pernille Beckmann',
		municipality: 'greve',
		role: 'member',
		note: 'KKR-formandskabet (referat 12/8-2022).',
		source: REFERAT
	},
	{
		body: 'kkr-dialogforum',
		person: 'Mikael Smed',
		municipality: 'vordingborg',
		role: 'member',
		note: 'KKR-formandskabet.',
		source: REFERAT
	},
	{
		body: 'kkr-dialogforum',
		person: 'Pernille Beckmann',
		municipality: 'greve',
		role: 'member',
		note: 'KKR-formandskabet.',
		source: REFERAT
	},
	{ body: 'kkr-dialogforum', person: 'Nana Maja Friis Christiansen', role: 'member', note: 'DH.', source: REFERAT },
	{ body: 'kkr-dialogforum', person: 'Winnie Lindner Pedersen', role: 'member', note: 'DH.', source: REFERAT },
	{ body: 'kkr-dialogforum', person: 'Regitze Spenner Ishøy', role: 'member', note: 'Skole og Forældre.', source: REFERAT },
	{
		body: 'kkr-dialogforum',
		person: 'Mette Olander',
		municipality: 'roskilde',
		role: 'member',
		note: 'Bistående direktør pr. august 2022 (styregruppeformanden).',
		source: REFERAT
	},
	{
		body: 'kkr-dialogforum',
		person: 'Jan Christensen',
		municipality: 'vordingborg',
		role: 'member',
		note: 'Bistående direktør pr. august 2022 (direktøren fra formandskommunen).',
		source: REFERAT
	}
];

const municipalityMemberships: MembershipSeed[] = [
	...kommuneSlugs.map(
		(m): MembershipSeed => ({
			body: 'kkr-sjaelland',
			municipality: m,
			role: 'municipality',
			note: 'Repræsenteret ved borgmesteren; KKR har desuden 16 supplerende medlemmer.',
			source: HOVEDBILAG
		})
	),
	...kommuneSlugs.map(
		(m): MembershipSeed => ({
			body: 'kontaktudvalget',
			municipality: m,
			role: 'municipality',
			note: 'Repræsenteret ved borgmesteren.',
			source: HOVEDBILAG
		})
	),
	{
		body: 'kontaktudvalget',
		municipality: 'region-sjaelland',
		role: 'municipality',
		note: 'Repræsenteret ved formanden for Regionsrådet.',
		source: HOVEDBILAG
	},
	...kommuneSlugs.map(
		(m): MembershipSeed => ({
			body: 'kommunalbestyrelserne',
			municipality: m,
			role: 'municipality',
			note: '',
			source: HOVEDBILAG
		})
	),
	{ body: 'regionsraadet', municipality: 'region-sjaelland', role: 'municipality', note: '', source: HOVEDBILAG },
	{
		body: 'rammeaftalesekretariatet',
		municipality: 'naestved',
		role: 'municipality',
		validTo: '2022-08-31',
		note:
			'Næstved Kommune varetog sekretariatsfunktionen for styregruppen (hovedbilag 2021-22). Sekretariatet ' +
			'overgik formelt til Roskilde 1/9-2022.',
		source: HOVEDBILAG
	},
	{
		body: 'rammeaftalesekretariatet',
		municipality: 'roskilde',
		role: 'municipality',
		validFrom: '2022-09-01',
		note: 'Rammeaftalesekretariatet flytter til Roskilde pr. 1/9-2022.',
		source: REFERAT
	},
	// Network-group leads (tovholdere) and contacts in the steering group, per the table in the 12/8-2022 minutes.
	{ body: 'boern-og-unge', municipality: 'holbaek', role: 'lead', note: 'Tovholder.', source: REFERAT },
	{
		body: 'boern-og-unge',
		municipality: 'holbaek',
		role: 'contact',
		note: 'Kontaktperson i styregruppen.',
		source: REFERAT
	},
	{
		body: 'voksne-sindslidende',
		municipality: 'koge',
		role: 'lead',
		validTo: '2022-08-31',
		note: 'Tovholder: Køge (Roskilde pr. 1/9-2022).',
		source: REFERAT
	},
	{
		body: 'voksne-sindslidende',
		municipality: 'roskilde',
		role: 'lead',
		validFrom: '2022-09-01',
		note: 'Tovholder pr. 1/9-2022 (afløser Køge).',
		source: REFERAT
	},
	{
		body: 'voksne-sindslidende',
		municipality: 'guldborgsund',
		role: 'contact',
		note: 'Kontaktperson i styregruppen.',
		source: REFERAT
	},
	{
		body: 'oekonomigruppen',
		municipality: 'slagelse',
		role: 'lead',
		note: 'Tovholder: Slagelse og Sekretariatet.',
		source: REFERAT
	},
	{
		body: 'oekonomigruppen',
		municipality: 'slagelse',
		role: 'contact',
		note: 'Kontaktperson i styregruppen.',
		source: REFERAT
	},
	{
		body: 'specialundervisning-og-hjaelpemidler',
		municipality: 'naestved',
		role: 'lead',
		note: 'Tovholder.',
		source: REFERAT
	},
	{
		body: 'specialundervisning-og-hjaelpemidler',
		municipality: 'naestved',
		role: 'contact',
		note: 'Kontaktperson i styregruppen.',
		source: REFERAT
	}
];

export const memberships: MembershipSeed[] = [...personMemberships, ...municipalityMemberships];
