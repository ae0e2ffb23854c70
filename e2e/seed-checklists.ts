// The demo city's drafts that single browser tests own, each touched by no other test: the 2022
// GNLC application profile e2e/keyboard.spec.ts completes, sends and has returned with the
// keyboard (most answers in, the test fills in the rest: keyboard-checklist.ts), and the empty 2021
// learning-society draft e2e/offline.spec.ts answers offline (offline-checklist.ts). Run by
// scripts/e2e-server.sh after the demo seed; never part of the demo.
import { recomputeAllSummaries } from "../server/assessments/summary/recompute-all-summaries";
import { createDb, type Db } from "../server/db";
import { keyboardChecklist } from "./keyboard-checklist";
import { offlineChecklist } from "./offline-checklist";

type Answer = { value?: number; dataYear?: number; text?: string };

/** The demo city's draft of the framework's latest published version for `year`, with `answered` in, unless it exists. */
async function seedDraft(db: Db, cityId: string, draft: { framework: string; year: number; answered?: Record<string, Answer> }) {
  const framework = await db.framework.findFirstOrThrow({ where: { code: draft.framework, status: "published" }, orderBy: { version: "desc" } });
  const key = { cityId_frameworkCode_year: { cityId, frameworkCode: framework.code, year: draft.year } };
  if (await db.assessment.findUnique({ where: key })) return;
  const indicators = await db.indicator.findMany({ where: { frameworkId: framework.id }, select: { id: true, code: true } });
  const idByCode = new Map(indicators.map((i) => [i.code, i.id]));
  await db.assessment.create({
    data: {
      cityId,
      frameworkId: framework.id,
      frameworkCode: framework.code,
      year: draft.year,
      responses: {
        create: Object.entries(draft.answered ?? {}).map(([code, answer]) => ({
          indicatorId: idByCode.get(code)!,
          value: answer.value ?? null,
          dataYear: answer.dataYear ?? null,
          text: answer.text ?? null,
          revision: 1,
        })),
      },
    },
  });
}

async function main() {
  const db = createDb();
  try {
    const city = await db.city.findUniqueOrThrow({ where: { slug: "demo-city" }, select: { id: true } });
    await seedDraft(db, city.id, keyboardChecklist);
    await seedDraft(db, city.id, offlineChecklist);
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
