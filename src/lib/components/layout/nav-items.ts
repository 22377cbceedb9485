import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';

/** The main menu, in the order the secretariat works. */
export const navItems = () => [
	{ href: resolve('/kalender'), label: m.nav_calendar() },
	{ href: resolve('/moeder'), label: m.nav_meetings() },
	{ href: resolve('/beslutninger'), label: m.nav_decisions() },
	{ href: resolve('/tilbud'), label: m.nav_offers() },
	{ href: resolve('/takstregler'), label: m.nav_tariffs() },
	{ href: resolve('/fokusomraader'), label: m.nav_focus_areas() },
	{ href: resolve('/implementeringsplan'), label: m.nav_plan() },
	{ href: resolve('/netvaerksgrupper'), label: m.nav_network_groups() },
	{ href: resolve('/organer'), label: m.nav_bodies() }
];
