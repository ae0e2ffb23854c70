/**
 * The address as a link target, when it is one readers may follow: an absolute http(s) URL.
 * Anything else stored as a link (data:, file:, smb:, javascript:, a bare word), whoever entered
 * it and whenever, is shown as plain text and never becomes a link, on a page or in a PDF.
 */
export function webLink(address: string | null | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const url = new URL(address.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
