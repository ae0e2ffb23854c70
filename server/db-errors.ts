import "server-only";

/** A unique constraint refused the write: someone created the same record a moment earlier. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
