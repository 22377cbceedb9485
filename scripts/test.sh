#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Installs what it lacks, then type check, lint, Vitest against the
# embedded PostgreSQL, and Playwright against the production build in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's own Node 24 (the npm package `node`) first, as npm does for `npm test`, also for `bash scripts/test.sh`.
export PATH="$PWD/node_modules/.bin:$PATH"

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "▶ npm ci"
	npm ci
fi
# Refuses an older runtime with one Danish message (exit 1).
node scripts/node-version.js

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
	if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
		echo "▶ installing Debian's chromium"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
	else
		echo "Chromium mangler: installer Debians pakke 'chromium' (sudo apt-get install chromium), eller sæt CHROMIUM_PATH." >&2
		exit 1
	fi
fi

echo "▶ type check (svelte-check)"
npm run -s check
echo "▶ lint"
npm run -s lint
echo "▶ Vitest (server tests on embedded PostgreSQL)"
if [ "$(id -u)" != "0" ]; then
	echo "  (not applicable: not root — the test of starting PostgreSQL as root from a mode-700 directory only checks the ordinary-user path)"
fi
npx vitest run
echo "▶ build"
npx vite build --logLevel warn
echo "▶ Playwright (e2e + axe in Chromium)"
npx playwright test
