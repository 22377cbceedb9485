/** A link target safe to put in href: http(s), mailto or a site-relative path; anything else gives null. */
export function safeHref(url: string | null | undefined): string | null {
	if (!url) return null;
	const trimmed = url.trim();
	if (/^\/(?!\/)/.test(trimmed)) return trimmed;
	try {
		const parsed = new URL(trimmed);
		return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
	} catch {
		return null;
	}
}
