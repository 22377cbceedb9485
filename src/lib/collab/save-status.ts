// "Saved" means stored: the server sends the state vector of what it has stored durably (MessageType.saved), and
// this client's edits are saved when that covers its own clock. Used by the editor and by the Node test clients.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { MessageType } from './protocol';

export type SaveStatus = 'saved' | 'saving' | 'offline';

export interface SaveTracker {
	readonly status: SaveStatus;
	/** Resolves when everything this client has typed so far is stored. */
	whenSaved(): Promise<void>;
	destroy(): void;
}

export function trackSaveStatus(
	provider: WebsocketProvider,
	{ onChange, onRefused }: { onChange?: (status: SaveStatus) => void; onRefused?: (reason: string) => void } = {}
): SaveTracker {
	const doc = provider.doc;
	let stored = 0;
	let status: SaveStatus = 'offline';
	let waiters: (() => void)[] = [];

	const ownClock = () => Y.getState(doc.store, doc.clientID);
	const compute = (): SaveStatus => {
		if (ownClock() <= stored) return 'saved';
		return provider.wsconnected ? 'saving' : 'offline';
	};
	const refresh = () => {
		const next = compute();
		if (next === 'saved' && waiters.length) {
			const done = waiters;
			waiters = [];
			for (const w of done) w();
		}
		if (next !== status) {
			status = next;
			onChange?.(status);
		}
	};

	provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
		const vector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
		stored = Math.max(stored, vector.get(doc.clientID) ?? 0);
		refresh();
	};
	provider.messageHandlers[MessageType.refused] = (_encoder, decoder) => {
		onRefused?.(decoding.readVarString(decoder));
	};
	const onUpdate = () => refresh();
	const onStatus = () => refresh();
	doc.on('update', onUpdate);
	provider.on('status', onStatus);
	refresh();

	return {
		get status() {
			return status;
		},
		whenSaved() {
			if (compute() === 'saved') return Promise.resolve();
			return new Promise((resolve) => waiters.push(resolve));
		},
		destroy() {
			doc.off('update', onUpdate);
			provider.off('status', onStatus);
		}
	};
}
