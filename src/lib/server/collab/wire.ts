// The co-editing server's messages on the wire: our "saved" and "refused", awareness, and the HTTP refusal of an
// upgrade. The sync messages themselves are y-protocols'.
import type { Duplex } from 'node:stream';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import { MessageType } from '$lib/collab/protocol';

export function savedMessage(count: number) {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MessageType.saved);
	encoding.writeVarUint(encoder, count);
	return encoding.toUint8Array(encoder);
}

export function refusedMessage(reason: string) {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MessageType.refused);
	encoding.writeVarString(encoder, reason);
	return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]) {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MessageType.awareness);
	encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
	return encoding.toUint8Array(encoder);
}

/** An update with no structs and no deletions (what a client with nothing new answers in sync step 2). */
export function isEmptyUpdate(update: Uint8Array) {
	const { structs, ds } = Y.decodeUpdate(update);
	return structs.length === 0 && ds.clients.size === 0;
}

export function refuse(socket: Duplex, status: number, text: string) {
	socket.write(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
	socket.destroy();
}
