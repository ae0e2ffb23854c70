import "server-only";

/**
 * One read per batch of ids, results joined: a single `in: ids` list over a whole national scope
 * (tens of thousands of assessments) passes the number of query parameters a database accepts
 * (Prisma's SQLite adapter stops near a thousand), and the read fails instead of answering.
 */
export async function inBatches<T>(ids: readonly string[], read: (batch: string[]) => Promise<T[]>, size = 500): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < ids.length; start += size) results.push(...(await read(ids.slice(start, start + size))));
  return results;
}
