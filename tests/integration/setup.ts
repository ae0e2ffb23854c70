import { afterAll } from "vitest";
import { db } from "@/server/db";
import { databaseKind, databaseUrl } from "@/prisma/database-url";

// The integration suite runs against a real, migrated database named by DATABASE_URL
// (scripts/test-integration.sh makes a throwaway one per run). Refuse the demo database.
if (!process.env.DATABASE_URL || databaseUrl() === "file:./data/app.db") {
  throw new Error("Set DATABASE_URL to a throwaway database: run `npm run test:integration:sqlite` or `:postgresql`.");
}
console.info(`integration suite on ${databaseKind()}`);

afterAll(async () => {
  await db().$disconnect();
});
