#!/usr/bin/env bash
# Serves the production build (run `npm run build` first) on a fresh, seeded SQLite database
# for the browser tests.   bash scripts/e2e-server.sh [port]
set -euo pipefail
port=${1:-3100}
# One database per port, so two runs on different ports keep apart.
file=data/e2e-$port.db
rm -f "$file" "$file-wal" "$file-shm" "$file-journal"
export DATABASE_URL="file:./$file"
export NEXTAUTH_URL="http://localhost:$port"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production-use-0123456789"
export NEXT_TELEMETRY_DISABLED=1
node scripts/db-migrate.mjs >/dev/null
npx tsx --tsconfig tsconfig.scripts.json prisma/seed.ts
npx tsx --tsconfig tsconfig.scripts.json e2e/seed-language-users.ts
npx tsx --tsconfig tsconfig.scripts.json e2e/seed-checklists.ts
# The heap limit npm start sets (package.json): the server collects garbage before growing past it.
exec node --max-old-space-size=256 scripts/serve.mjs -p "$port"
