/**
 * Requests refused before any page, route or server action sees them (proxy.ts), either because
 * they come from another site, or because Next.js itself would answer them with a bare 500:
 * a path whose percent-encoding is not valid UTF-8, a server-action body over the size Next.js
 * accepts (its limit throws inside the action instead of answering 413), and a server-action body
 * React cannot decode (not its JSON, nested without end, or pointing at parts that were never sent).
 */
export const serverActionBodyLimit = 1024 * 1024;

/** Deeper than any input of the app's forms (a framework's section tree is a handful of levels). */
export const maxServerActionDepth = 64;

export type EarlyRefusal = { status: 400; reason: "invalid" } | { status: 403; reason: "forbidden" } | { status: 413; reason: "tooLarge" };

const invalid: EarlyRefusal = { status: 400, reason: "invalid" };
const forbidden: EarlyRefusal = { status: 403, reason: "forbidden" };
const tooLarge: EarlyRefusal = { status: 413, reason: "tooLarge" };

/** What can be told from the request line and headers alone. `ownHosts` are the host[:port]s this app answers as. */
export function earlyRefusal(rawPathname: string, headers: Headers, request: { method?: string; ownHosts?: readonly string[] } = {}): EarlyRefusal | null {
  if (!decodesCleanly(rawPathname)) return invalid;
  if (changesState(request.method ?? "GET") && comesFromAnotherSite(headers, request.ownHosts ?? [])) return forbidden;
  const length = Number(headers.get("content-length") ?? 0);
  if (headers.has("next-action") && Number.isFinite(length) && length > serverActionBodyLimit) return tooLarge;
  return null;
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);
const changesState = (method: string) => !safeMethods.has(method.toUpperCase());

/**
 * Whether a state-changing request was sent by a page of another site: the browser's Origin
 * names another host (or is "null", a sandboxed or opaque page), or, without an Origin, the
 * browser says the request crossed sites (Sec-Fetch-Site). Another port of the same host is
 * another site here: cookies are shared across ports, so SameSite alone does not stop it.
 * Requests with neither header come from programs, not browsers, and carry no one's cookies by
 * accident; they go on to the app's own checks.
 */
export function comesFromAnotherSite(headers: Headers, ownHosts: readonly string[]): boolean {
  const origin = headers.get("origin");
  if (origin !== null) {
    let host: string;
    try {
      host = new URL(origin).host.toLowerCase();
    } catch {
      return true;
    }
    const own = [headers.get("host"), headers.get("x-forwarded-host")?.split(",")[0], ...ownHosts]
      .filter((h): h is string => !!h)
      .map((h) => h.trim().toLowerCase());
    return !own.includes(host);
  }
  const site = headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

/**
 * The arguments of a server action as the browser's React sends them: a JSON array, with every
 * string that starts with "$" escaped as "$$" or one of the plain values React writes that way.
 * The app's actions take plain data only, so a multipart body, a reference to another part, a
 * promise, a Map or a server reference is refused before React's decoder meets it (it would throw
 * or wait for a part that never comes).
 */
export function serverActionBodyProblem(contentType: string | null, body: string): EarlyRefusal | null {
  if (!(contentType ?? "text/plain").toLowerCase().startsWith("text/plain")) return invalid;
  if (body.trim() === "") return invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return invalid;
  }
  if (!Array.isArray(parsed)) return invalid;
  return plainReply(parsed) ? null : invalid;
}

/** React's encodings of values JSON lacks: undefined, ±Infinity, NaN, -0, a Date, a BigInt. */
const plainDollarValue = /^\$(?:\$|undefined$|Infinity$|-Infinity$|NaN$|-0$|D\d{4}-|n-?\d+$)/;

/** Walks the parsed value without recursion, so nesting thousands deep cannot overflow the stack. */
function plainReply(root: unknown): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === "string") {
      if (value.startsWith("$") && !plainDollarValue.test(value)) return false;
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth > maxServerActionDepth) return false;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return true;
}

/**
 * Reads a body up to `limit` bytes, decoded as UTF-8. Null when it is longer: the rest is not
 * read, so a body sent in chunks without a length cannot fill the memory.
 */
export async function readBodyUpTo(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string | null> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function decodesCleanly(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
