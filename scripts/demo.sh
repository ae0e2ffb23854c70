#!/usr/bin/env bash
# Quick start: the embedded SQLite database with demo data, the production build, served on
# http://localhost:${PORT:-3000}. Run after `npm ci` (the README's first command does both).
set -euo pipefail
cd "$(dirname "$0")/.."
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1
port=${PORT:-3000}

# Sessions need a secret; make a random one the first time, kept in .env (which git ignores).
if [ ! -f .env ] || ! grep -q '^NEXTAUTH_SECRET=.\+' .env; then
  secret=$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("base64url"))')
  {
    echo "NEXTAUTH_SECRET=\"$secret\""
    echo "NEXTAUTH_URL=\"http://localhost:$port\""
  } >> .env
  echo "Wrote a new session secret to .env"
fi

node scripts/db-migrate.mjs
npx tsx --tsconfig tsconfig.scripts.json prisma/seed.ts
npx next build
node scripts/print-demo-sign-ins.mjs "http://localhost:$port"
# The heap limit npm start sets (package.json): the server collects garbage before growing past it.
exec node --max-old-space-size=256 scripts/serve.mjs -p "$port"
