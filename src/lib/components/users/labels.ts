// Danish (and English) names for user roles and roles in a body, for tables, selects and the account page.
import { m } from '$lib/paraglide/messages';
import { USER_ROLES, MEMBERSHIP_ROLES, type UserRole, type MembershipRole } from '$lib/schemas/users';

const roleLabels: Record<UserRole, () => string> = {
	admin: m.admin_role_admin,
	secretariat: m.admin_role_secretariat,
	member: m.admin_role_member,
	network_lead: m.admin_role_network_lead,
	municipal_contact: m.admin_role_municipal_contact
};

const membershipRoleLabels: Record<MembershipRole | 'municipality', () => string> = {
	chair: m.admin_membership_role_chair,
	vice_chair: m.admin_membership_role_vice_chair,
	member: m.admin_membership_role_member,
	secretary: m.admin_membership_role_secretary,
	lead: m.admin_membership_role_lead,
	contact: m.admin_membership_role_contact,
	municipality: m.admin_membership_role_municipality
};

export const roleLabel = (role: UserRole) => roleLabels[role]();

export const membershipRoleLabel = (role: MembershipRole | 'municipality') => membershipRoleLabels[role]();

/** Options for a role select, in the order of the enum. */
export const roleOptions = () => USER_ROLES.map((value) => ({ value, label: roleLabel(value) }));

export const membershipRoleOptions = () => MEMBERSHIP_ROLES.map((value) => ({ value, label: membershipRoleLabel(value) }));
