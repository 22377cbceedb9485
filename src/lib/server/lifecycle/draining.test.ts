import { describe, it, expect, afterEach } from 'vitest';
import { isDraining, markDraining } from './draining';

const key = Symbol.for('rammeaftale.draining');
afterEach(() => delete (globalThis as Record<symbol, unknown>)[key]);

describe('draining flag', () => {
	it('is off until marked, and is shared through the registered symbol', () => {
		expect(isDraining()).toBe(false);
		markDraining();
		expect(isDraining()).toBe(true);
		expect((globalThis as Record<symbol, unknown>)[key]).toBe(true);
	});

	it('sees a flag set from outside the bundle (server/index.js sets the symbol directly)', () => {
		(globalThis as Record<symbol, unknown>)[key] = true;
		expect(isDraining()).toBe(true);
	});
});
