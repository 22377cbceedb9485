// Two copies of yjs in one process break co-editing in quiet ways (`instanceof` checks fail across copies and Yjs
// warns "Yjs was already imported"): the install must hold exactly one, whatever a new dependency pulls in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('dependencies', () => {
	it('install exactly one copy of yjs', () => {
		const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
			packages: Record<string, { version?: string }>;
		};
		const copies = Object.entries(lock.packages)
			.filter(([path]) => /(^|\/)node_modules\/yjs$/.test(path))
			.map(([path, meta]) => `${path}@${meta.version}`);
		expect(copies).toEqual([expect.stringMatching(/^node_modules\/yjs@13\.6\./)]);
	});
});
