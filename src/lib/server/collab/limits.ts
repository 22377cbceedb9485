// The co-editing server's limits, each with its default and why. Override in tests through `createCollabServer`.
export interface CollabLimits {
	/** Largest WebSocket message accepted; bigger ones close the socket with 1009. A pasted 100-page report is ~300 KB. */
	maxMessageBytes: number;
	/** Open connections per document (Hocuspocus's documented default). More are refused with 4503. */
	maxConnectionsPerDocument: number;
	/** Edit messages per user per second, averaged over a burst: past it the socket closes with 4529 and the provider reconnects and resyncs (nothing is lost). Fast typing makes ~10/s. */
	editsPerSecond: number;
	editBurst: number;
	/** A connection that does not answer a ping within this time is closed (its awareness removed). */
	pingTimeoutMs: number;
	/** Updates stored past a snapshot before they are merged into a new snapshot. */
	compactAfterUpdates: number;
	/** How long an unused document stays in memory after its last connection closed (and its updates are flushed). */
	unloadAfterMs: number;
	/** How often open connections' sessions are checked again (expiry); sign-out and disabling close at once. */
	revalidateEveryMs: number;
}

export const defaultLimits: CollabLimits = {
	maxMessageBytes: 1024 * 1024,
	maxConnectionsPerDocument: 100,
	editsPerSecond: 50,
	editBurst: 200,
	pingTimeoutMs: 30_000,
	compactAfterUpdates: 500,
	unloadAfterMs: 10_000,
	revalidateEveryMs: 60_000
};

/**
 * Close codes the browser shows a message for. y-websocket's provider does not reconnect after 4400-4499 (the
 * server's deliberate "no"), and does after anything else, so "try again" codes are in 4500-4599.
 */
export const CloseCode = {
	normal: 1000,
	goingAway: 1001,
	invalidPayload: 1007,
	tooBig: 1009,
	serverError: 1011,
	/** The session ended (signed out, disabled) or the user lost access. */
	unauthorized: 4401,
	forbidden: 4403,
	notFound: 4404,
	/** Too many edits: the provider reconnects after its backoff and resyncs. */
	rateLimited: 4529,
	documentFull: 4503,
	/** The document could not be loaded: the connection is refused rather than shown empty. */
	loadFailed: 4500
} as const;

/** A token bucket per user: `take()` is false when the user is over the rate. */
export class RateBucket {
	private tokens: number;
	private last = Date.now();
	constructor(
		private readonly perSecond: number,
		private readonly burst: number
	) {
		this.tokens = burst;
	}
	take(now = Date.now()): boolean {
		this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
		this.last = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}
