/** The named fields of a posted form as strings ('' when missing or a file), ready for the zod schemas. */
export function formFields<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
	const values = {} as Record<K, string>;
	for (const name of names) {
		const value = form.get(name);
		values[name] = typeof value === 'string' ? value : '';
	}
	return values;
}

/** The link a user sets a password with; only ever shown to the admin who made it. */
export const passwordLinkUrl = (origin: string, token: string) => `${origin}/adgangskode/${token}`;
