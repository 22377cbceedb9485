import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

export const emailField = () =>
	z
		.string()
		.trim()
		.min(1, { error: () => m.error_email_required() })
		.max(254, { error: () => m.error_field_too_long({ max: 254 }) })
		.pipe(z.email({ error: () => m.error_email_invalid() }));

/** New passwords: length only (NIST 800-63B); no composition rules, pasting allowed. */
export const newPasswordField = () =>
	z
		.string()
		.min(PASSWORD_MIN, { error: () => m.error_password_too_short() })
		.max(PASSWORD_MAX, { error: () => m.error_password_too_long() });

export const signInSchema = () =>
	z.object({
		email: emailField(),
		password: z
			.string()
			.min(1, { error: () => m.error_password_required() })
			.max(PASSWORD_MAX, { error: () => m.error_password_too_long() })
	});

/** "Glemt adgangskode?": the e-mail to send a link to. */
export const forgotPasswordSchema = () => z.object({ email: emailField() });

/** Field errors keyed by field name: the first message for each. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const key = String(issue.path[0] ?? 'form');
		errors[key] ??= issue.message;
	}
	return errors;
}
