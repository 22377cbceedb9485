import { m } from '$lib/paraglide/messages';

/** The main menu, in the order the secretariat works. */
export const navItems = () => [
	{ href: '/kalender', label: m.nav_calendar() },
	{ href: '/moeder', label: m.nav_meetings() },
	{ href: '/beslutninger', label: m.nav_decisions() },
	{ href: '/tilbud', label: m.nav_offers() },
	{ href: '/takstregler', label: m.nav_tariffs() },
	{ href: '/fokusomraader', label: m.nav_focus_areas() },
	{ href: '/implementeringsplan', label: m.nav_plan() },
	{ href: '/netvaerksgrupper', label: m.nav_network_groups() },
	{ href: '/organer', label: m.nav_bodies() }
];
