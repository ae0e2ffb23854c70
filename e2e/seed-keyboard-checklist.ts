// A draft of the demo city for e2e/keyboard.spec.ts, which completes it, sends it for review and
// has it returned, all with the keyboard: its GNLC application profile for 2022, with most answers
// in, so the test fills in the rest. No other browser test reads or changes it. Run by
// scripts/e2e-server.sh after the demo seed; never part of the demo.
import { recomputeAllSummaries } from "../server/assessments/summary/recompute-all-summaries";
import { createDb } from "../server/db";
import { keyboardChecklist } from "./keyboard-checklist";

async function main() {
  const db = createDb();
  try {
    const city = await db.city.findUniqueOrThrow({ where: { slug: "demo-city" }, select: { id: true } });
    const framework = await db.framework.findFirstOrThrow({ where: { code: keyboardChecklist.framework, status: "published" }, orderBy: { version: "desc" } });
    const key = { cityId_frameworkCode_year: { cityId: city.id, frameworkCode: framework.code, year: keyboardChecklist.year } };
    if (await db.assessment.findUnique({ where: key })) return;
    const indicators = await db.indicator.findMany({ where: { frameworkId: framework.id }, select: { id: true, code: true } });
    const idByCode = new Map(indicators.map((i) => [i.code, i.id]));
    await db.assessment.create({
      data: {
        cityId: city.id,
        frameworkId: framework.id,
        frameworkCode: framework.code,
        year: keyboardChecklist.year,
        responses: {
          create: Object.entries(keyboardChecklist.answered).map(([code, answer]) => ({
            indicatorId: idByCode.get(code)!,
            value: "value" in answer ? answer.value : null,
            dataYear: "dataYear" in answer ? answer.dataYear : null,
            text: "text" in answer ? answer.text : null,
            revision: 1,
          })),
        },
      },
    });
    // The lists read the summaries the answers add up to.
    await recomputeAllSummaries(db, { onlyMissing: true });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
