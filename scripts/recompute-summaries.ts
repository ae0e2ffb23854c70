// `npm run summaries`: recomputes every assessment's stored summary and every city's sort keys,
// after an upgrade or a bulk load, or to put right anything written outside the app.
import { recomputeAllSummaries } from "../server/assessments/summary/recompute-all-summaries";
import { fillCitySortKeys } from "../server/cities/fill-sort-keys";
import { createDb } from "../server/db";

async function main() {
  try {
    process.loadEnvFile?.(".env");
  } catch {}
  const db = createDb();
  try {
    const cities = await fillCitySortKeys(db);
    const written = await recomputeAllSummaries(db);
    console.log(`summaries: ${written} assessments recomputed, ${cities} cities given sort keys`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("summaries: database error:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
