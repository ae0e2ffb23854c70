/**
 * The security headers every response of the app carries, set by the proxy (proxy.ts) so that
 * the content security policy can hold a fresh nonce per request.
 */

export interface ResponseContext {
  /** Base64 random value, new for every request. */
  nonce: string;
  /** The browser reached the app over TLS (directly or through a proxy that says so). */
  https: boolean;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  development: boolean;
}

/** Stored files sent as downloads: nothing in them may run, even if opened in place. */
export const downloadContentSecurityPolicy = "default-src 'none'; sandbox";

export function contentSecurityPolicy({ nonce, https, development }: ResponseContext): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced Next.js runtime load its own chunks; hosts listed here would
    // be ignored by browsers that understand it, so 'self' only serves older ones.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React `style` attributes (bars, chart sizes, Radix menu positions) and the <style> tags
    // Tailwind uses during development cannot carry a nonce; a nonce here would also make
    // browsers ignore 'unsafe-inline'. Styles cannot run code, so this keeps scripts strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (public/sw.js) and any other worker: this origin's own files only, said
    // outright rather than left to script-src's fallback.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (the local demo) this would send the browser to an https that is not there.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers that do not depend on the response's kind. */
export function securityHeaders({ https }: Pick<ResponseContext, "https">): Record<string, string> {
  return {
    // Old browsers that do not read frame-ancestors.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    // Browsers ignore it over http, and sending it there would only mislead a reader of the headers.
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * Route handlers that answer with a stored or generated file: `/api/evidence/<id>`,
 * `/api/plan-files/<id>` and any API path whose last segment has a file extension
 * (`tasks.xlsx`, `report.pdf`, `results.csv`). The proxy runs before them and Next.js keeps the
 * proxy's header over the handler's, so the proxy must choose the download policy itself.
 */
export function isFileDownload(pathname: string): boolean {
  return /^\/api\/(evidence|plan-files)\/[^/]+$/.test(pathname) || /^\/api\/(.+\/)?[^/]+\.[a-z0-9]+$/i.test(pathname);
}

/** A fresh nonce: 128 random bits, base64 (the characters Next.js accepts in a nonce source). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
