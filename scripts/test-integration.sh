#!/usr/bin/env bash
# Runs the integration suite against a throwaway database of the given kind, made by the
# committed migrations alone, and removes it afterwards.
#   bash scripts/test-integration.sh sqlite|postgresql [test file filters]
set -euo pipefail
kind=${1:?sqlite or postgresql}
run_id="$(date +%s)_$$"
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1

case "$kind" in
  sqlite)
    mkdir -p data
    file="data/integration-$run_id.db"
    export DATABASE_URL="file:./$file"
    cleanup() { rm -f "$file" "$file-wal" "$file-shm" "$file-journal"; }
    ;;
  postgresql)
    pg_base="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432}"
    name="learning_city_test_$run_id"
    node scripts/postgres-database.mjs create "$pg_base/postgres" "$name"
    export DATABASE_URL="$pg_base/$name"
    cleanup() { node scripts/postgres-database.mjs drop "$pg_base/postgres" "$name"; }
    ;;
  *) echo "unknown database kind: $kind" >&2; exit 2 ;;
esac
trap cleanup EXIT

echo "== integration suite on $kind ($DATABASE_URL)"
node scripts/db-migrate.mjs
# Extra arguments pick test files, e.g. server/review
npx vitest run --project integration "${@:2}"
