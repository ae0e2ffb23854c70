import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { sqliteFileUrl } from "./prisma/database-url";

// The JS schema engine with a driver adapter: no Rust engine is downloaded (none can be here).
export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "sqlite", "schema.prisma"),
  migrations: { path: path.join("prisma", "sqlite", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: sqliteFileUrl() });
  },
});
