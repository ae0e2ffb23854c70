/**
 * Requests refused before any page, route or server action sees them, because Next.js itself would
 * answer them with a bare 500: a path whose percent-encoding is not valid UTF-8, and a server-action
 * body over the size Next.js accepts (its limit throws inside the action instead of answering 413).
 */
export const serverActionBodyLimit = 1024 * 1024;

export type EarlyRefusal = { status: 400; reason: "invalid" } | { status: 413; reason: "tooLarge" };

export function earlyRefusal(rawPathname: string, headers: Headers): EarlyRefusal | null {
  if (!decodesCleanly(rawPathname)) return { status: 400, reason: "invalid" };
  const length = Number(headers.get("content-length") ?? 0);
  if (headers.has("next-action") && Number.isFinite(length) && length > serverActionBodyLimit) return { status: 413, reason: "tooLarge" };
  return null;
}

function decodesCleanly(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
