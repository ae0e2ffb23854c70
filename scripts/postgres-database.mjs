// Creates or drops a PostgreSQL database through the `pg` driver, so tests need no psql client.
//   node scripts/postgres-database.mjs create|drop <admin connection URL> <database name>
import pg from "pg";

const [action, adminUrl, name] = process.argv.slice(2);
if (!["create", "drop"].includes(action) || !adminUrl || !/^[a-z0-9_]+$/.test(name ?? "")) {
  console.error("usage: postgres-database.mjs create|drop <admin url> <name: a-z, 0-9, _>");
  process.exit(2);
}
const client = new pg.Client({ connectionString: adminUrl });
try {
  await client.connect();
} catch (error) {
  console.error(`PostgreSQL is not reachable at ${adminUrl}: ${error.message}`);
  console.error("Start it (see README, 'PostgreSQL') or set TEST_POSTGRES_URL.");
  process.exit(1);
}
await client.query(action === "create" ? `CREATE DATABASE "${name}"` : `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.end();
