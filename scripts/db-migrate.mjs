// Applies the committed migrations of whichever database DATABASE_URL names (SQLite under
// data/ when unset). Each database has its own history; see prisma/README.md.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

// Read .env as Next.js does, so the app and this script agree on the database. Variables
// already set in the environment win.
try {
  process.loadEnvFile?.(".env");
} catch {}

const url = process.env.DATABASE_URL?.trim() || "file:./data/app.db";
const kind = /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
if (kind === "sqlite") mkdirSync("data", { recursive: true });

execFileSync("npx", ["prisma", "migrate", "deploy", "--config", `prisma.${kind}.config.ts`], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
});
