// Whether this process is shutting down (SIGTERM): /readyz then answers 503 so the proxy sends no new requests
// here. Kept on globalThis under a registered symbol, not in a module variable, so that server/index.js (outside
// the SvelteKit bundle, with its own module instances) and the bundled routes see one and the same flag.
const key = Symbol.for('rammeaftale.draining');

type Holder = { [key]?: boolean };

/** From now on this process reports itself not ready; there is no way back (a draining process exits). */
export function markDraining(): void {
	(globalThis as Holder)[key] = true;
}

export function isDraining(): boolean {
	return (globalThis as Holder)[key] === true;
}
