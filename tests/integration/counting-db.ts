import type { Db } from "@/server/db";
import { db } from "@/server/db";

/** A client that counts the queries it runs, raw ones included: for "the same number of queries however many" claims. */
export function countingDb() {
  const counter = { queries: 0 };
  const client = db().$extends({
    query: {
      $allOperations({ args, query }) {
        counter.queries++;
        return query(args);
      },
    },
  }) as unknown as Db;
  return { client, counter };
}
