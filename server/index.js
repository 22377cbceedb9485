// The production server: one HTTP server for the SvelteKit handler and the /collab WebSocket upgrade.
// Graceful hand-over on SIGTERM (a rolling restart behind a proxy): mark the process draining (/readyz answers 503),
// refuse new sockets, store every co-edited update received and close the editors' sockets with 1001 "going away"
// (their provider reconnects, through the proxy, to another process and resyncs), then shut down as adapter-node's
// own entry does it: stop accepting, finish requests, emit 'sveltekit:shutdown' so src/hooks.server.ts stops the
// database.
import http from 'node:http';

// adapter-node takes the request's protocol to be https unless told otherwise, and SvelteKit then refuses plain
// http form posts as cross-site. Unless the operator configured ORIGIN or PROTOCOL_HEADER (behind a proxy), the
// protocol comes from the socket itself, through a header name of our own that we always overwrite.
const OWN_PROTOCOL_HEADER = 'x-rammeaftale-protocol';
const protocolFromSocket = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (protocolFromSocket) process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;

const { handler } = await import('../build/handler.js');

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT ?? 30) * 1000;

const server = http.createServer((req, res) => {
	if (protocolFromSocket) {
		req.headers[OWN_PROTOCOL_HEADER] = /** @type {import('node:tls').TLSSocket} */ (req.socket).encrypted
			? 'https'
			: 'http';
	}
	handler(req, res);
});

// The co-editing server is created inside the SvelteKit bundle by the `init` hook (which ran when handler.js was
// imported) and registered under this symbol (src/lib/server/collab/app.ts). It checks Origin, session and
// permission before it upgrades.
const COLLAB = Symbol.for('rammeaftale.collab');
// markDraining() of src/lib/server/lifecycle/draining.ts, which lives in the bundle: the flag is this shared symbol.
const DRAINING = Symbol.for('rammeaftale.draining');
server.on('upgrade', (req, socket, head) => {
	if (stopping) {
		socket.on('error', () => socket.destroy());
		socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
		return;
	}
	const collab = /** @type {{ [COLLAB]?: import('../src/lib/server/collab/server').CollabServer }} */ (globalThis)[COLLAB];
	if (protocolFromSocket) {
		req.headers[OWN_PROTOCOL_HEADER] = /** @type {import('node:tls').TLSSocket} */ (req.socket).encrypted
			? 'https'
			: 'http';
	}
	if (collab?.handles(req)) void collab.handleUpgrade(req, socket, head);
	else socket.destroy();
});

server.listen(port, host, () => {
	process.stdout.write(`Listening on http://${host}:${port}\n`);
});

let stopping = false;
/** @param {NodeJS.Signals} signal */
async function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	/** @type {Record<symbol, unknown>} */ (globalThis)[DRAINING] = true;
	const collab = /** @type {{ [COLLAB]?: import('../src/lib/server/collab/server').CollabServer }} */ (globalThis)[COLLAB];
	try {
		// Upgrades are refused from here on; every update received is stored before the sockets go.
		await collab?.close();
	} catch (err) {
		process.stderr.write(`samredigeringen kunne ikke lukkes pænt: ${err}\n`);
	}
	const force = setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs);
	force.unref();
	server.close(() => {
		clearTimeout(force);
		process.emit('sveltekit:shutdown', signal); // heard in src/hooks.server.ts
	});
	server.closeIdleConnections();
}
process.on('SIGTERM', (signal) => void shutdown(signal));
process.on('SIGINT', (signal) => void shutdown(signal));
