// How a member of a body reads in the portal: the role ("kommune", or "region" for Region Sjælland) and the period
// of a membership that has one ("til 31. august 2022").
import { m } from '$lib/paraglide/messages';
import { labels } from '$lib/format/labels';
import { formatDate, type DateLocale } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';
import type { MemberView } from '$lib/server/bodies/bodies';

export function memberRole(member: Pick<MemberView, 'role' | 'person' | 'municipalityKind'>): string {
	if (member.role === 'municipality' && !member.person && member.municipalityKind === 'region') {
		return m.portal_label_role_region();
	}
	return labels.membershipRole(member.role);
}

export function memberPeriod(
	member: Pick<MemberView, 'validFrom' | 'validTo'>,
	locale: DateLocale = dateLocale()
): string | null {
	const from = member.validFrom ? formatDate(member.validFrom, locale) : null;
	const to = member.validTo ? formatDate(member.validTo, locale) : null;
	if (from && to) return m.bodies_member_period_between({ from, to }, { locale });
	if (from) return m.bodies_member_period_from({ from }, { locale });
	if (to) return m.bodies_member_period_until({ to }, { locale });
	return null;
}
