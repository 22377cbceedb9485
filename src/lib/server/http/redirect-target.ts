/** Only same-site paths: "/moeder/3" yes, "//evil.example" or "https://…" no (open redirect). */
export function safeRedirectTarget(target: string | null, fallback = '/'): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
	return target;
}
