// Schemas for user administration and the own account: shared by the forms (routes) and the domain modules in
// src/lib/server/users/, which parse their input again so that nothing invalid is ever written.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { emailField, newPasswordField, PASSWORD_MAX } from './auth';

export const USER_ROLES = ['admin', 'secretariat', 'member', 'network_lead', 'municipal_contact'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Roles a person can have in a body ('municipality' is for a municipality as such, never a user's person). */
export const MEMBERSHIP_ROLES = ['chair', 'vice_chair', 'member', 'secretary', 'lead', 'contact'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const NAME_MAX = 200;
export const NOTE_MAX = 500;
/** Base32 of 20 random bytes is 32 characters; anything much longer is not one of ours. */
export const TOKEN_MAX = 64;

/**
 * Cross-field checks run even when a field failed, so the form shows every problem at once (zod skips
 * refinements after an issue by default). They must therefore cope with values that failed their own schema.
 */
const evenWithFieldErrors = {
	when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null
};

const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Empty form fields (and null) mean "not given". */
const blankToUndefined = (value: unknown) =>
	value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

const idField = (message: () => string) =>
	z.coerce
		.number({ error: message })
		.int({ error: message })
		.positive({ error: message })
		.max(2_147_483_647, { error: message });

const optionalId = (message: () => string) => z.preprocess(blankToUndefined, idField(message).optional());

export const roleField = () => z.enum(USER_ROLES, { error: () => m.admin_error_role_invalid() });

const membershipRoleField = () =>
	z.enum(MEMBERSHIP_ROLES, { error: () => m.admin_error_membership_role_invalid() });

/** A calendar date as `<input type="date">` sends it: YYYY-MM-DD. */
const dateField = () => z.iso.date({ error: () => m.admin_error_date_invalid() });
const optionalDate = () => z.preprocess(blankToUndefined, dateField().optional());

const nameField = () =>
	z
		.string({ error: () => m.admin_error_name_required() })
		.trim()
		.min(1, { error: () => m.admin_error_name_required() })
		.max(NAME_MAX, { error: () => m.error_field_too_long({ max: NAME_MAX }) });

const noteField = () =>
	z.preprocess(
		(value) => blankToUndefined(value) ?? '',
		z
			.string()
			.trim()
			.max(NOTE_MAX, { error: () => m.error_field_too_long({ max: NOTE_MAX }) })
	);

/** A user id from a route parameter or a hidden field. */

/** "Opret bruger": the membership fields are optional, but a body needs a role there. */
export const createUserSchema = () =>
	z
		.object({
			name: nameField(),
			email: emailField(),
			role: roleField(),
			municipalityId: optionalId(() => m.admin_error_municipality_invalid()),
			/** Optional initial password; without one the user sets it through an invitation link. */
			password: z.preprocess(blankToUndefined, newPasswordField().optional()),
			/** Link to an existing person (e.g. a seeded member of a body) instead of creating one. */
			personId: optionalId(() => m.admin_error_person_invalid()),
			bodyId: optionalId(() => m.admin_error_body_invalid()),
			membershipRole: z.preprocess(blankToUndefined, membershipRoleField().optional()),
			validFrom: optionalDate()
		})
		.superRefine((value, ctx) => {
			if (value.bodyId !== undefined && value.membershipRole === undefined) {
				ctx.addIssue({ code: 'custom', path: ['membershipRole'], message: m.admin_error_membership_role_required() });
			}
			if (value.bodyId === undefined && value.membershipRole !== undefined) {
				ctx.addIssue({ code: 'custom', path: ['bodyId'], message: m.admin_error_body_required() });
			}
		}, evenWithFieldErrors);
export type CreateUserInput = z.output<ReturnType<typeof createUserSchema>>;

export const setRoleSchema = () => z.object({ role: roleField() });

export const addMembershipSchema = () =>
	z
		.object({
			bodyId: idField(() => m.admin_error_body_required()),
			membershipRole: membershipRoleField(),
			validFrom: optionalDate(),
			validTo: optionalDate(),
			note: noteField()
		})
		.superRefine((value, ctx) => {
			if (isIsoDate(value.validFrom) && isIsoDate(value.validTo) && value.validFrom > value.validTo) {
				ctx.addIssue({ code: 'custom', path: ['validTo'], message: m.admin_error_period_order() });
			}
		}, evenWithFieldErrors);
export type AddMembershipInput = z.output<ReturnType<typeof addMembershipSchema>>;

export const endMembershipSchema = () =>
	z.object({
		membershipId: idField(() => m.admin_error_membership_not_found()),
		/** The last day of the membership (inclusive); today when not given. */
		lastDay: optionalDate()
	});
export type EndMembershipInput = z.output<ReturnType<typeof endMembershipSchema>>;

/** Disabling needs a ticked checkbox: the confirm step that works without JavaScript. */
export const disableUserSchema = () =>
	z.object({
		confirm: z.literal('on', { error: () => m.admin_error_disable_confirm() })
	});

const repeatMatches = (value: { newPassword: string; repeatPassword: string }, ctx: z.RefinementCtx) => {
	if (value.newPassword !== value.repeatPassword) {
		ctx.addIssue({ code: 'custom', path: ['repeatPassword'], message: m.account_error_password_mismatch() });
	}
};

const repeatField = () =>
	z
		.string({ error: () => m.account_error_repeat_required() })
		.min(1, { error: () => m.account_error_repeat_required() })
		.max(PASSWORD_MAX, { error: () => m.error_password_too_long() });

/** "Skift adgangskode" on /konto. */
export const changePasswordSchema = () =>
	z
		.object({
			currentPassword: z
				.string({ error: () => m.account_error_current_required() })
				.min(1, { error: () => m.account_error_current_required() })
				.max(PASSWORD_MAX, { error: () => m.error_password_too_long() }),
			newPassword: newPasswordField(),
			repeatPassword: repeatField()
		})
		.superRefine(repeatMatches, evenWithFieldErrors);

/** Setting a password from an invitation or reset link. */
export const setPasswordSchema = () =>
	z
		.object({ newPassword: newPasswordField(), repeatPassword: repeatField() })
		.superRefine(repeatMatches, evenWithFieldErrors);

/** The token from a link: base32, lower case. */
export const passwordTokenSchema = () =>
	z
		.string()
		.min(1)
		.max(TOKEN_MAX)
		.regex(/^[a-z2-7]+$/);
