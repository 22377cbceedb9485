// The Outcome result (value, or Danish messages per field) shared by users.ts, password-tokens.ts and account.ts.
import { m } from '$lib/paraglide/messages';

export type FieldErrors = Record<string, string>;
/** `notFound` says the user (or membership) asked for does not exist: routes answer 404. */
export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; errors: FieldErrors; notFound?: true };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failed = (errors: FieldErrors): { ok: false; errors: FieldErrors } => ({ ok: false, errors });
export const notFound = (): { ok: false; errors: FieldErrors; notFound: true } => ({
	ok: false,
	errors: { form: m.admin_error_user_not_found() },
	notFound: true
});
