import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Every page of the public portal that needs no parameter, with the h1 it shows. */
export const portalPages = [
	{ path: '/', heading: 'Rammeaftale Sjælland' },
	{ path: '/moeder', heading: 'Møder' },
	{ path: '/kalender', heading: 'Mødekalender' },
	{ path: '/beslutninger', heading: 'Beslutninger' },
	{ path: '/tilbud', heading: 'Tilbud' },
	{ path: '/tilbud/kildebo', heading: 'Kildebo' },
	{ path: '/takstregler', heading: 'Takstregler' },
	{ path: '/fokusomraader', heading: 'Fokusområder' },
	{ path: '/implementeringsplan', heading: 'Implementeringsplan' },
	{ path: '/netvaerksgrupper', heading: 'Netværksgrupper' },
	{ path: '/organer', heading: 'Organer' },
	{ path: '/organer/styregruppen', heading: 'Styregruppen for Rammeaftale Sjælland' },
	{ path: '/soeg?q=rammeaftalen', heading: 'Søg' },
	{ path: '/tilgaengelighed', heading: 'Tilgængelighedserklæring' },
	{ path: '/log-ind', heading: 'Log ind' }
] as const;

/** The date and time of the steering group's meeting of 12 August 2022 as the portal prints it. */
export const SG_MEETING_TIME = 'fredag 12. august 2022 kl. 9.00–12.00';

/** Finds the id of the 12/8-2022 steering-group meeting through the meetings list, as a visitor would. */
export async function sgMeetingPath(request: APIRequestContext): Promise<string> {
	const response = await request.get('/moeder?organ=styregruppen');
	expect(response.ok()).toBe(true);
	const html = await response.text();
	// Links are relative during server rendering ("./moeder/1"), see resolve() in $app/paths.
	const match = new RegExp(`href="(?:\\.{1,2}/)*(moeder/\\d+)">(?:(?!</a>)[^])*?<time[^>]*>${SG_MEETING_TIME}</time>`).exec(html);
	if (!match) throw new Error('the 12/8-2022 meeting is not on /moeder');
	return `/${match[1]}`;
}

export class MeetingPage {
	constructor(private readonly page: Page) {}

	/** The agenda's table of contents: the item links in order. */
	agendaLinks() {
		return this.page.getByRole('navigation', { name: 'Dagsorden' }).getByRole('link');
	}

	item(number: string) {
		return this.page.locator(`section#punkt-${number}`);
	}
}
