// The runtime check of `npm start` (scripts/start.js) and `npm test` (scripts/test.sh): Node.js 24 or newer, or one
// clear Danish message and exit code 1. Written for old runtimes too: nothing here may need a newer Node.
// As a script: `node scripts/node-version.js` exits 0 on a supported runtime.
import { fileURLToPath } from 'node:url';

export const REQUIRED_NODE_MAJOR = 24;

/** The message for an unsupported runtime, or undefined when `version` (e.g. "20.19.2") is new enough. */
export function nodeVersionProblem(version = process.versions.node, execPath = process.execPath) {
	const major = Number(String(version).replace(/^v/, '').split('.')[0]);
	if (major >= REQUIRED_NODE_MAJOR) return undefined;
	return [
		`Rammeaftale kræver Node.js ${REQUIRED_NODE_MAJOR} (LTS) eller nyere, men blev startet med Node.js ${version} (${execPath}).`,
		`Kør "npm ci": det installerer Node.js ${REQUIRED_NODE_MAJOR} som npm-pakken "node" i node_modules/.bin, som "npm start" og "npm test" så bruger.`,
		`Eller installér selv Node.js ${REQUIRED_NODE_MAJOR} LTS.`
	].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const problem = nodeVersionProblem();
	if (problem) {
		process.stderr.write(problem + '\n');
		process.exit(1);
	}
}
