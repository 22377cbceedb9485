// Message types on the co-editing WebSocket. 0-3 are y-websocket's (sync, awareness, auth, query awareness);
// the rest are ours, registered on the provider by src/lib/collab/saved-state.svelte.ts.
export const MessageType = {
	sync: 0,
	awareness: 1,
	auth: 2,
	queryAwareness: 3,
	/** Server → client: the state vector of everything stored durably. A client's edits are saved when its own clock is covered. */
	saved: 10,
	/** Server → client: an edit was refused (read-only); payload: a reason code. */
	refused: 11
} as const;

export const RefusedReason = {
	readOnly: 'read-only'
} as const;
