// The co-editing server alone in its own process, for the crash test (kill -9) and the benchmark:
//   DATABASE_URL=postgres://… PORT=4567 node --import tsx scripts/collab-test-server.ts
// Serves /collab/<document> on 127.0.0.1:PORT against an already migrated database, with the app's session cookie
// and an Origin of TEST_ORIGIN (http://collab.test), and prints "ready" once listening. tsx resolves the `$lib`
// imports through tsconfig's paths (.svelte-kit/tsconfig.json).
import { connect } from '../src/lib/server/db/connect';
import { CollabServer } from '../src/lib/server/collab/server';
import { documentRegistry } from '../src/lib/server/collab/app';
import { cookieAuthenticator, originChecker } from '../src/lib/server/collab/authenticate';
import { serve, TEST_ORIGIN } from '../src/lib/server/collab/test-client';

const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!url || !Number.isInteger(port) || port < 1) {
	process.stderr.write('Brug: DATABASE_URL=… PORT=… node --import tsx scripts/collab-test-server.ts\n');
	process.exit(2);
}

const connection = connect(url);
const collab = new CollabServer({
	db: connection.db,
	documents: documentRegistry(connection.db),
	authenticate: cookieAuthenticator(connection.db),
	originAllowed: originChecker(TEST_ORIGIN)
});
const http = await serve(collab, port);
process.stdout.write('ready\n');

// No process.exit: the process must end by itself once everything is closed (the shutdown test checks that nothing,
// such as a document's awareness interval, keeps it alive).
async function stop() {
	await collab.close();
	await http.close();
	await connection.close();
}
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
