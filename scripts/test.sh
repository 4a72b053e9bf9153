#!/usr/bin/env bash
# Every test, in the order that fails fastest: `npm test` runs this, and so does CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

stage() {
  printf '\n\033[1m==> %s\033[0m\n' "$1"
}

started=$SECONDS

stage 'lint (eslint, zero warnings)'
npm run --silent lint

stage 'typecheck (page, service worker, node)'
npm run --silent typecheck

# The OpenAPI document is checked against src/contract by a unit test.
stage 'unit and component tests (vitest)'
npm run --silent test:unit

stage 'build (vite + service worker)'
npm run --silent build

stage 'bundle budget (first-load JS)'
npm run --silent bench:bundle

stage 'chromium (Debian package)'
bash scripts/ensure-chromium.sh

# Canvas, OffscreenCanvas and workers exist only in a real browser (src/capture).
stage 'browser tests (vitest, chromium)'
npm run --silent test:browser

stage 'end-to-end tests (playwright, built app)'
# Two workers for all but the specs tagged @alone (the chaos run: fifty dossiers and hundreds of
# retries must finish within its time limit, which another test on the second core prevents).
npm run --silent test:e2e -- --grep-invert @alone
npm run --silent test:e2e -- --grep @alone --workers 1

printf '\n\033[1;32m==> all stages passed in %ss\033[0m\n' "$((SECONDS - started))"
