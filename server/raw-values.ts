import "server-only";

// Values as raw queries return them: SQLite gives stored times as milliseconds (sometimes as
// text), booleans as 0 or 1 and counts as numbers; PostgreSQL gives dates, booleans and bigints.

export const rawDate = (value: Date | string | number): Date => (value instanceof Date ? value : new Date(typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value));

export const rawBoolean = (value: boolean | number | bigint | string): boolean => value === true || value === 1 || value === BigInt(1) || value === "1" || value === "t" || value === "true";
