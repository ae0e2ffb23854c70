// Where the database is, shared by the app, the Prisma CLI configs and the scripts.
// An unset DATABASE_URL means the embedded SQLite file under data/.

export const defaultSqliteUrl = "file:./data/app.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || defaultSqliteUrl;
}

export type DatabaseKind = "sqlite" | "postgresql";

export function databaseKind(url = databaseUrl()): DatabaseKind {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)`);
}

export function sqliteFileUrl(): string {
  const url = databaseUrl();
  return databaseKind(url) === "sqlite" ? url : defaultSqliteUrl;
}

export function postgresUrl(): string {
  const url = databaseUrl();
  return databaseKind(url) === "postgresql" ? url : "postgresql://postgres@127.0.0.1:5432/postgres";
}
