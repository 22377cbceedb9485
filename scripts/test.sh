#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Installs what it lacks, then type check, lint, Vitest against the
# embedded PostgreSQL, and Playwright against the production build in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "▶ npm ci"
	npm ci
fi

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
npx vitest run
echo "▶ build"
npx vite build --logLevel warn
echo "▶ Playwright (e2e + axe in Chromium)"
npx playwright test
