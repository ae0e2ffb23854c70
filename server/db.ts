import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client";
import { databaseKind, databaseUrl } from "@/prisma/database-url";
import { toStorableText } from "@/lib/validation/storable-text";
import { withCitySortKeys } from "@/lib/format/city-sort-keys";

export type Db = PrismaClient;

/**
 * A client for whichever database the URL names. Both generated clients come from the same
 * models, so the PostgreSQL one is used through the SQLite one's type.
 */
export function createDb(url = databaseUrl()): Db {
  const client =
    databaseKind(url) === "postgresql"
      ? (new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db)
      : // better-sqlite3 waits this long for a lock held by another connection before giving up.
        new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }) });
  // Forms refuse text no database can hold (server/actions/run-action.ts); this catches what comes
  // another way, such as an id in an address, so a lookup finds nothing instead of throwing.
  return client
    .$extends({ query: { $allModels: { $allOperations: ({ args, query }) => query(toStorableText(args)) } } })
    .$extends({
      // A city's sort keys follow its names on every write (lib/format/sort-key.ts).
      query: {
        city: {
          create: ({ args, query }) => query({ ...args, data: withCitySortKeys(args.data) }),
          createMany: ({ args, query }) => query({ ...args, data: withCitySortKeys(args.data) }),
          update: ({ args, query }) => query({ ...args, data: withCitySortKeys(args.data) }),
          updateMany: ({ args, query }) => query({ ...args, data: withCitySortKeys(args.data) }),
          upsert: ({ args, query }) => query({ ...args, create: withCitySortKeys(args.create), update: withCitySortKeys(args.update) }),
        },
      },
    }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { db?: Db };

/**
 * The app's client, created on first use (so `next build` needs no database) and kept on
 * globalThis so that dev-server reloads do not open a new pool each time.
 */
export function db(): Db {
  globalForDb.db ??= createDb();
  return globalForDb.db;
}
