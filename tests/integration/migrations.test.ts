import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { databaseKind } from "@/prisma/database-url";
import { db } from "@/server/db";

// The committed migration history of each database must build exactly the tables and columns
// the shared models declare. The suite runs on a database made only by `migrate deploy`, so a
// model changed without a new migration for this database fails here.
async function actualColumns(): Promise<Map<string, Set<string>>> {
  const rows =
    databaseKind() === "postgresql"
      ? await db().$queryRawUnsafe<{ table: string; column: string }[]>(
          `SELECT table_name::text AS "table", column_name::text AS "column" FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'`,
        )
      : await db().$queryRawUnsafe<{ table: string; column: string }[]>(
          `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m, pragma_table_info(m.name) p
           WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_prisma_migrations'`,
        );
  const tables = new Map<string, Set<string>>();
  for (const { table, column } of rows) {
    if (!tables.has(table)) tables.set(table, new Set());
    tables.get(table)!.add(column);
  }
  return tables;
}

/** Table → columns as prisma/models.prisma declares them (relation fields have no column). */
function declaredColumns(schema: string): Map<string, Set<string>> {
  const blocks = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
  const modelNames = new Set(blocks.map((b) => b[1]));
  const tables = new Map<string, Set<string>>();
  for (const [, name, body] of blocks) {
    const columns = new Set<string>();
    for (const line of body.split("\n")) {
      const field = line.match(/^\s+(\w+)\s+(\w+)(\[\])?\??(.*)$/);
      if (!field || modelNames.has(field[2])) continue;
      columns.add(field[4].match(/@map\("([^"]+)"\)/)?.[1] ?? field[1]);
    }
    tables.set(body.match(/@@map\("([^"]+)"\)/)?.[1] ?? name, columns);
  }
  return tables;
}

describe(`${databaseKind()} migrations`, () => {
  it("create exactly the models' tables and columns", async () => {
    const expected = declaredColumns(readFileSync(path.join(process.cwd(), "prisma/models.prisma"), "utf8"));
    const actual = await actualColumns();
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [table, columns] of expected) {
      expect([...(actual.get(table) ?? [])].sort(), `columns of ${table}`).toEqual([...columns].sort());
    }
  });
});
