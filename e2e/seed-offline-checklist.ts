// An empty draft of the demo city for e2e/offline.spec.ts, which answers it offline and sends the
// answers when the network is back: Vietnam's learning-society titles for 2021. No other browser
// test reads or changes it. Run by scripts/e2e-server.sh after the demo seed; never part of the demo.
import { recomputeAllSummaries } from "../server/assessments/summary/recompute-all-summaries";
import { createDb } from "../server/db";
import { offlineChecklist } from "./offline-checklist";

async function main() {
  const db = createDb();
  try {
    const city = await db.city.findUniqueOrThrow({ where: { slug: "demo-city" }, select: { id: true } });
    const framework = await db.framework.findFirstOrThrow({ where: { code: offlineChecklist.framework, status: "published" }, orderBy: { version: "desc" } });
    const key = { cityId_frameworkCode_year: { cityId: city.id, frameworkCode: framework.code, year: offlineChecklist.year } };
    if (await db.assessment.findUnique({ where: key })) return;
    await db.assessment.create({ data: { cityId: city.id, frameworkId: framework.id, frameworkCode: framework.code, year: offlineChecklist.year } });
    await recomputeAllSummaries(db, { onlyMissing: true });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
