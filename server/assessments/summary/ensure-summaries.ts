import "server-only";
import { fillCitySortKeys } from "../../cities/fill-sort-keys";
import type { Db } from "../../db";
import { recomputeAllSummaries } from "./recompute-all-summaries";

const state = globalThis as unknown as { summariesChecked?: Promise<void> };

/**
 * Once per server process, before the first list that reads stored summaries: fills in whatever
 * an upgrade or a bulk load left without a summary or a city sort key. Every later write keeps
 * them, so the check is not repeated.
 */
export function ensureSummaries(db: Db): Promise<void> {
  state.summariesChecked ??= (async () => {
    await fillCitySortKeys(db);
    await recomputeAllSummaries(db, { onlyMissing: true });
  })().catch((error: unknown) => {
    state.summariesChecked = undefined;
    throw error;
  });
  return state.summariesChecked;
}
