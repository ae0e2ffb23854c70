#!/usr/bin/env bash
# Every test layer, in order of speed; stops at the first failure. The README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1
passed=0
step() {
  echo
  echo "=== $1"
  shift
  local start=$SECONDS
  "$@"
  passed=$((passed + 1))
  echo "--- ok ($((SECONDS - start)) s)"
}

step "Tools: Chromium and PostgreSQL" bash -c "bash scripts/ensure-chromium.sh && bash scripts/ensure-postgres.sh"
step "Both database schemas come from prisma/models.prisma" node scripts/prisma-schemas.mjs --check
step "Lint" npx eslint .
step "Type-check" bash -c "npx next typegen >/dev/null && npx tsc --noEmit"
step "Unit tests" npx vitest run --project unit
step "Integration suite on SQLite" bash scripts/test-integration.sh sqlite
step "Integration suite on PostgreSQL" bash scripts/test-integration.sh postgresql
step "Production build" npx next build
step "Browser tests in Chromium against the production build" npx playwright test

echo
echo "layers: $passed passed, 0 failed"
