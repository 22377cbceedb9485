// The start banner prints the address the app accepts sign-ins from: ORIGIN when the operator set it.
import { describe, it, expect } from 'vitest';
import { bannerAddress, bannerText } from './banner';

describe('start banner', () => {
	it('prints ORIGIN when set, not localhost', () => {
		const env = { ORIGIN: 'http://127.0.0.1:3917', PORT: '3917', HOST: '127.0.0.1' };
		expect(bannerAddress(env)).toBe('http://127.0.0.1:3917');
		const text = bannerText([], undefined, env);
		expect(text).toContain('Rammeaftale kører på http://127.0.0.1:3917\n');
		expect(text).not.toContain('localhost');
	});

	it('prints a public ORIGIN as given, without a trailing slash', () => {
		expect(bannerAddress({ ORIGIN: 'https://rammeaftale.example.dk/', PORT: '3000' })).toBe(
			'https://rammeaftale.example.dk'
		);
	});

	it('without ORIGIN prints where the server listens, loopback and any-address as localhost', () => {
		expect(bannerAddress({ PORT: '3917', HOST: '127.0.0.1' })).toBe('http://localhost:3917');
		expect(bannerAddress({ PORT: '3000', HOST: '0.0.0.0' })).toBe('http://localhost:3000');
		expect(bannerAddress({ PORT: '8080', HOST: 'intra.kommune.dk' })).toBe('http://intra.kommune.dk:8080');
		expect(bannerAddress({ PORT: '8080', HOST: '::1' })).toBe('http://[::1]:8080');
		expect(bannerAddress({})).toBe('http://localhost:3000');
	});

	it('says where the embedded database is, and why when it is not in EMBEDDED_PG_DIR', () => {
		const text = bannerText(
			[],
			{ dataDir: '/var/lib/rammeaftale/postgres-0123456789ab', relocated: 'brugeren postgres … kan ikke nå /root/r' },
			{}
		);
		expect(text).toContain('Databasen (indlejret PostgreSQL) ligger i /var/lib/rammeaftale/postgres-0123456789ab\n');
		expect(text).toContain('(brugeren postgres … kan ikke nå /root/r; se docs/operations.md)');
	});
});
