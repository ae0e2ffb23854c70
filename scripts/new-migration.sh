#!/usr/bin/env bash
# Writes one migration per database for the change in prisma/models.prisma since a git revision
# (default HEAD), by diffing that revision's generated schema against the current one: the
# offline way, since `migrate dev` is unreliable with the JS engine.
#   bash scripts/new-migration.sh add_frameworks [REV]
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?a short name, like add_frameworks}
rev=${2:-HEAD}
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
node scripts/prisma-schemas.mjs
# The SQLite adapter opens data/app.db even for a diff; a fresh checkout has no data/ yet.
mkdir -p data
stamp=$(date -u +%Y%m%d%H%M%S)
for db in sqlite postgresql; do
  before=$(mktemp --suffix=.prisma)
  git show "$rev:prisma/$db/schema.prisma" > "$before"
  dir="prisma/$db/migrations/${stamp}_$name"
  mkdir -p "$dir"
  npx prisma migrate diff --config "prisma.$db.config.ts" \
    --from-schema-datamodel "$before" --to-schema-datamodel "prisma/$db/schema.prisma" --script > "$dir/migration.sql"
  rm -f "$before"
  echo "wrote $dir/migration.sql"
done
