// Who is in the document, and in which item: each editor puts its name and colour in the awareness state as
// y-codemirror expects (`user: { name, color, colorLight }`, used for the remote cursors) and the item it is in.
// A runes class, so "Hvem er her" and the announcements follow the awareness state.
import type { Awareness } from 'y-protocols/awareness';

/** Cursor colours, each dark enough for white text (contrast ≥ 4.5:1) in the remote cursor's name label. */
export const PRESENCE_COLORS = ['#0b5394', '#a61c00', '#38761d', '#7f3f98', '#134f5c', '#99004d', '#5b4a00', '#3d4f9f'];

export function colorFor(userId: number): string {
	return PRESENCE_COLORS[Math.abs(userId) % PRESENCE_COLORS.length];
}

export interface Peer {
	clientId: number;
	name: string;
	color: string;
	itemId: string | null;
	self: boolean;
}

export type PresenceEvent = { kind: 'joined' | 'left'; name: string };

interface UserState {
	user?: { name?: unknown; color?: unknown; userId?: unknown };
	itemId?: unknown;
}

export class Presence {
	peers = $state<Peer[]>([]);
	/** Names of the clients seen, so a leave can be announced after its state is gone. */
	#names: Record<number, string> = {};
	#awareness: Awareness;
	#onEvent: (event: PresenceEvent) => void;
	#listener = ({ added, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
		const states = this.#awareness.getStates() as Map<number, UserState>;
		for (const id of added) {
			const name = states.get(id)?.user?.name;
			if (id !== this.#awareness.clientID && typeof name === 'string') {
				this.#names[id] = name;
				this.#onEvent({ kind: 'joined', name });
			}
		}
		for (const id of removed) {
			const name = this.#names[id];
			delete this.#names[id];
			if (id !== this.#awareness.clientID && name) this.#onEvent({ kind: 'left', name });
		}
		this.#refresh();
	};

	constructor(awareness: Awareness, user: { id: number; name: string }, onEvent: (event: PresenceEvent) => void = () => {}) {
		this.#awareness = awareness;
		this.#onEvent = onEvent;
		const color = colorFor(user.id);
		awareness.setLocalStateField('user', { name: user.name, color, colorLight: `${color}33`, userId: user.id });
		awareness.setLocalStateField('itemId', null);
		awareness.on('change', this.#listener);
		this.#refresh();
	}

	/** The item this editor is in (focus inside it), or null. */
	setItem(itemId: string | null) {
		if ((this.#awareness.getLocalState() as UserState | null)?.itemId === itemId) return;
		this.#awareness.setLocalStateField('itemId', itemId);
	}

	#refresh() {
		const states = this.#awareness.getStates() as Map<number, UserState>;
		const peers: Peer[] = [];
		for (const [clientId, state] of states) {
			const name = state.user?.name;
			if (typeof name !== 'string') continue;
			const color = typeof state.user?.color === 'string' ? state.user.color : PRESENCE_COLORS[0];
			peers.push({
				clientId,
				name,
				color,
				itemId: typeof state.itemId === 'string' ? state.itemId : null,
				self: clientId === this.#awareness.clientID
			});
		}
		// Self first, then by name: a stable list that does not jump around as people move.
		peers.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, 'da') || a.clientId - b.clientId);
		this.peers = peers;
	}

	destroy() {
		this.#awareness.off('change', this.#listener);
	}
}
