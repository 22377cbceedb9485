// The browser's connection to a document on our co-editing server: the y-websocket provider on the page's own
// origin (ws: or wss: as the page), without the BroadcastChannel shortcut between tabs, so every tab's edits go
// through the server, are stored, and are acknowledged as saved.
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/** `ws://host/collab` for a page on `http://host`, `wss://` for `https://`. */
export function collabServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
	return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/collab`;
}

export function connectDocument(name: string, doc: Y.Doc, location: Pick<Location, 'protocol' | 'host'> = window.location) {
	return new WebsocketProvider(collabServerUrl(location), name, doc, { disableBc: true });
}
