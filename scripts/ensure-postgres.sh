#!/usr/bin/env bash
# The integration suite also runs on PostgreSQL (default 127.0.0.1:5432, see TEST_POSTGRES_URL).
# When it is down on a Debian machine where we are root, start the local cluster.
set -euo pipefail
if node -e '
  const pg = require("pg");
  const c = new pg.Client({ connectionString: (process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432") + "/postgres" });
  c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
'; then
  echo "PostgreSQL: reachable"
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  echo "PostgreSQL is down; starting the local cluster..."
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  exit 0
fi
echo "PostgreSQL is not reachable at 127.0.0.1:5432; start it or set TEST_POSTGRES_URL." >&2
exit 1
