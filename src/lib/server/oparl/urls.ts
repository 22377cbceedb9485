// The OParl API's addresses. Every object's id is its absolute URL under the portal's public origin, so a client
// can fetch any object by its id (OParl 1.1, "URLs").

export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';
/** The one Body: the framework agreement's cooperation (see docs/api.md for why one). */
export const BODY_KEY = 'rammeaftale-sjaelland';

export type OparlType =
	| 'System'
	| 'Body'
	| 'Organization'
	| 'Person'
	| 'Membership'
	| 'Meeting'
	| 'AgendaItem'
	| 'Paper'
	| 'Consultation'
	| 'File'
	| 'LegislativeTerm';

export const typeUrl = (type: OparlType) => `${OPARL_VERSION}${type}`;

/** Our extension's namespace: property names carry the prefix `rammeaftale:`, extra types live under this URL. */
export const extensionNamespace = (origin: string) => `${origin}/oparl/ns/1/`;
export const extensionType = (origin: string, type: 'Tilbud' | 'Takstregel') => `${extensionNamespace(origin)}${type}`;

export function oparlUrls(origin: string) {
	const base = `${origin}/oparl`;
	const body = `${base}/body/${BODY_KEY}`;
	return {
		system: base,
		bodyList: `${base}/body`,
		body,
		bodyList_: (list: string) => `${body}/${list}`,
		organization: (key: string | number) => `${base}/organization/${key}`,
		person: (id: number) => `${base}/person/${id}`,
		membership: (id: number) => `${base}/membership/${id}`,
		meeting: (id: number) => `${base}/meeting/${id}`,
		agendaItem: (id: number) => `${base}/agendaItem/${id}`,
		paper: (id: number) => `${base}/paper/${id}`,
		consultation: (id: number) => `${base}/consultation/${id}`,
		file: (id: number) => `${base}/file/${id}`,
		legislativeTerm: (id: number) => `${base}/legislativeTerm/${id}`,
		offerList: `${base}/tilbud`,
		offer: (id: number) => `${base}/tilbud/${id}`,
		tariffRuleList: `${base}/takstregler`,
		tariffRule: (id: number) => `${base}/takstregler/${id}`,
		/** The portal's own pages, for `web`. */
		web: {
			meeting: (id: number) => `${origin}/moeder/${id}`,
			body: (slug: string) => `${origin}/organer/${slug}`,
			paper: (slug: string) => `${origin}/sager/${slug}`,
			offer: (slug: string) => `${origin}/tilbud/${slug}`,
			tariffRule: (slug: string) => `${origin}/takstregler/${slug}`
		}
	};
}
export type OparlUrls = ReturnType<typeof oparlUrls>;
