import path from "node:path";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { postgresUrl } from "./prisma/database-url";

// The JS schema engine reads catalog columns of type `name` (and `name[]`), which the pg
// adapter cannot deserialize (prisma/orm issue 27403). For the CLI only, report them as text
// and text[]; the running app never reads the catalog and uses a plain adapter.
const retyped: Record<number, number> = { 18: 25, 19: 25, 1003: 1009 };

type QueryResultLike = { fields?: { dataTypeID: number }[] };
function retype<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    field.dataTypeID = retyped[field.dataTypeID] ?? field.dataTypeID;
  }
  return result;
}

function patchQuery(target: { query: (...args: never[]) => unknown }) {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  target.query = ((...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(retype) : out;
  }) as typeof target.query;
}

function cliPool(): pg.Pool {
  const url = new URL(postgresUrl());
  const pool = new pg.Pool({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || "postgres",
    password: decodeURIComponent(url.password) || undefined,
    database: url.pathname.replace(/^\//, "") || "postgres",
  });
  patchQuery(pool as never);
  pool.on("connect", (client) => patchQuery(client as never));
  return pool;
}

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgresql", "migrations") },
  async adapter() {
    return new PrismaPg(cliPool());
  },
});
