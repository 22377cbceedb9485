// The registry this project installs from serves only the Linux x64 builds of platform packages
// (rollup, esbuild, lightningcss …). `npm install` then drops the other platforms' optional packages from
// package-lock.json, and `npm ci` refuses the lock as out of sync. This adds each missing optional package
// back as a lock entry with the os/cpu read from its name, so `npm ci` skips it as foreign on this machine.
// Run after every `npm install`: node scripts/lock-optional-platforms.js
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const osWords = { android: 'android', darwin: 'darwin', win32: 'win32', windows: 'win32', freebsd: 'freebsd', openbsd: 'openbsd', netbsd: 'netbsd', sunos: 'sunos', aix: 'aix', openharmony: 'openharmony', linux: 'linux', wasm32: null, wasi: null };
const cpuWords = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 'riscv64', 's390x', 'loong64', 'mips64el', 'loongarch64'];

function platformOf(name) {
	const parts = name.split('/').pop().split('-');
	const os = parts.map((p) => osWords[p]).find((o) => o !== undefined);
	const cpu = cpuWords.find((c) => parts.includes(c));
	const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') || parts.includes('gnueabihf') ? 'glibc' : undefined;
	return { os, cpu, libc };
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
	for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
		const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
		if (packages[base] || packages[`node_modules/${dep}`]) continue;
		const { os, cpu, libc } = platformOf(dep);
		if (!os && !cpu) continue;
		packages[`node_modules/${dep}`] = {
			version: version.replace(/^[\^~=]/, ''),
			...(meta.dev ? { dev: true } : {}),
			optional: true,
			...(os ? { os: [os] } : { os: ['none'] }),
			...(cpu ? { cpu: [cpu] } : {}),
			...(libc ? { libc: [libc] } : {})
		};
		added++;
	}
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
process.stdout.write(`lock-optional-platforms: added ${added} foreign-platform entries\n`);
