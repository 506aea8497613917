#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit + integration tests (Vitest, real PostgreSQL), end-to-end tests
# (Playwright in Chromium against next build + next start). Stops at the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "typecheck (tsc --noEmit)"
npx tsc --noEmit

step "lint (eslint)"
npx eslint --max-warnings=0 .

step "unit and integration tests (vitest)"
npx vitest run

step "end-to-end tests (playwright)"
npx playwright test
