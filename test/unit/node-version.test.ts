// `npm start` and `npm test` refuse a runtime older than Node 24 with one Danish message, exit code 1 and no stack
// trace. The old runtime is simulated by redefining process.versions.node before the script runs.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { nodeVersionProblem, REQUIRED_NODE_MAJOR } from '../../scripts/node-version.js';

const pretendNode20 = `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.19.2"})`;

function runAsNode20(script: string) {
	return spawnSync(process.execPath, ['--import', pretendNode20, script], { encoding: 'utf8', timeout: 30_000 });
}

describe('runtime check', () => {
	it('needs Node 24, and the runtime running the tests is one', () => {
		expect(REQUIRED_NODE_MAJOR).toBe(24);
		expect(nodeVersionProblem()).toBeUndefined();
		expect(nodeVersionProblem('24.0.0')).toBeUndefined();
		expect(nodeVersionProblem('26.1.0')).toBeUndefined();
	});

	it('names the Node it found, that Node 24 is needed, and how to get it', () => {
		const message = nodeVersionProblem('20.19.2', '/usr/bin/node');
		expect(message).toContain('Node.js 20.19.2 (/usr/bin/node)');
		expect(message).toContain('kræver Node.js 24');
		expect(message).toContain('npm ci');
		expect(message).toContain('npm-pakken "node"');
		expect(message).toContain('installér selv Node.js 24');
		expect(nodeVersionProblem('v22.12.0')).toContain('22.12.0');
	});

	it('npm start (scripts/start.js) refuses Node 20: the message alone, exit code 1', () => {
		const result = runAsNode20('scripts/start.js');
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(nodeVersionProblem('20.19.2', process.execPath) + '\n');
		expect(result.stdout).toBe(''); // nothing built, nothing started
	});

	it('npm test (scripts/node-version.js, run by scripts/test.sh) refuses Node 20 the same way', () => {
		const result = runAsNode20('scripts/node-version.js');
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(nodeVersionProblem('20.19.2', process.execPath) + '\n');
		expect(spawnSync(process.execPath, ['scripts/node-version.js']).status).toBe(0);
	});
});
