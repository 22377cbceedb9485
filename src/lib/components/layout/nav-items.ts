import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';

/**
 * The main menu, in the order the secretariat works. `path` is the route as written in src/routes, for finding
 * the current page: `href` is what resolve() gives, which is relative ("./moeder") during server rendering.
 */
export const navItems = () => [
	{ path: '/kalender', href: resolve('/kalender'), label: m.nav_calendar() },
	{ path: '/moeder', href: resolve('/moeder'), label: m.nav_meetings() },
	{ path: '/beslutninger', href: resolve('/beslutninger'), label: m.nav_decisions() },
	{ path: '/tilbud', href: resolve('/tilbud'), label: m.nav_offers() },
	{ path: '/takstregler', href: resolve('/takstregler'), label: m.nav_tariffs() },
	{ path: '/fokusomraader', href: resolve('/fokusomraader'), label: m.nav_focus_areas() },
	{ path: '/implementeringsplan', href: resolve('/implementeringsplan'), label: m.nav_plan() },
	{ path: '/netvaerksgrupper', href: resolve('/netvaerksgrupper'), label: m.nav_network_groups() },
	{ path: '/organer', href: resolve('/organer'), label: m.nav_bodies() }
];

/**
 * Where a menu item stands to the page shown, as DKFDS marks it: `page` is the item's own page (`active current`,
 * aria-current="page"), `section` a page below it such as one meeting under Møder (`active`, aria-current="true").
 * `routeId` is SvelteKit's route id ("/(public)/moeder/[id=id]"); route groups are left out of the comparison.
 */
export function menuState(routeId: string | null, path: string): 'page' | 'section' | undefined {
	if (!routeId) return undefined;
	const route = routeId.replace(/\/\([^/]+\)/g, '') || '/';
	if (route === path) return 'page';
	if (route.startsWith(path + '/')) return 'section';
	return undefined;
}
