// One editor's connection to a co-edited document, as the page shows it: synced, online, saved, refused (read-only)
// or closed by the server, who else is here, and the short announcements a screen reader hears. Shared by the agenda
// and the annual-report editors, so both behave alike.
import type * as Y from 'yjs';
import { connectDocument } from './provider';
import { trackSaveStatus, type SaveStatus } from './save-status';
import { Presence, type PresenceEvent } from './presence.svelte';
import { m } from '$lib/paraglide/messages';

/** What the status line shows: the save tracker's status, or "connecting" before the first sync. */
export type ShownStatus = 'connecting' | 'saved' | 'saving' | 'offline';

export class DocumentConnection {
	synced = $state(false);
	connected = $state(false);
	saveStatus = $state<SaveStatus>('saved');
	/** The server refused an edit: the user may only read now. */
	refused = $state(false);
	/** The close code when the server closed the socket for good (session ended, access revoked). */
	closedCode = $state<number | null>(null);
	announcements = $state<{ key: number; text: string }[]>([]);
	readonly provider: ReturnType<typeof connectDocument>;
	readonly presence: Presence;
	#tracker: ReturnType<typeof trackSaveStatus>;
	#announceKey = 0;

	constructor(name: string, doc: Y.Doc, me: { id: number; name: string }, onFirstSync: () => void = () => {}) {
		this.provider = connectDocument(name, doc);
		this.presence = new Presence(this.provider.awareness, me, (event: PresenceEvent) =>
			this.announce(event.kind === 'joined' ? m.editor_presence_joined({ name: event.name }) : m.editor_presence_left({ name: event.name }))
		);
		this.#tracker = trackSaveStatus(this.provider, {
			onChange: (status) => (this.saveStatus = status),
			onRefused: () => {
				if (!this.refused) this.announce(m.editor_refused_read_only());
				this.refused = true;
			}
		});
		this.saveStatus = this.#tracker.status;
		let wasConnected = false;
		this.provider.on('status', ({ status }) => {
			this.connected = status === 'connected';
			if (this.connected && !wasConnected && this.synced) this.announce(m.editor_reconnected());
			if (!this.connected && wasConnected) this.announce(m.editor_status_offline());
			wasConnected = this.connected;
		});
		this.provider.on('sync', (isSynced: boolean) => {
			if (isSynced && !this.synced) {
				this.synced = true;
				onFirstSync();
			}
		});
		this.provider.on('closed', (event: { code: number }) => {
			this.closedCode = event.code;
		});
	}

	get shown(): ShownStatus {
		return !this.synced ? 'connecting' : !this.connected ? 'offline' : this.saveStatus === 'saved' ? 'saved' : 'saving';
	}

	/** Keeps the last three, so a live region reads each once. */
	announce(text: string) {
		this.announcements = [...this.announcements.slice(-2), { key: ++this.#announceKey, text }];
	}

	destroy() {
		this.#tracker.destroy();
		this.presence.destroy();
		this.provider.destroy();
	}
}
