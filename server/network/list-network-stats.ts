import "server-only";
import { parseAsOf } from "@/lib/network/as-of";
import type { Db } from "../db";

/**
 * Every row of network figures, oldest first, each with its date read at its precision. The
 * figures are public, so every signed-in user reads them. A date the app cannot read (possible
 * only by editing the database) sorts last rather than breaking the page.
 */
export async function listNetworkStats(db: Db) {
  const stats = await db.networkStat.findMany();
  const rows = stats.map((stat) => ({ ...stat, parsedAsOf: parseAsOf(stat.asOf) }));
  const time = (row: (typeof rows)[number]) => row.parsedAsOf?.date.getTime() ?? Number.POSITIVE_INFINITY;
  return rows.sort((a, b) => time(a) - time(b) || a.asOf.localeCompare(b.asOf));
}
export type NetworkStatRow = Awaited<ReturnType<typeof listNetworkStats>>[number];
