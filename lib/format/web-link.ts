/**
 * The address as a link target, when it is one readers may follow: an absolute http(s) URL.
 * Anything else stored as a link (data:, file:, smb:, javascript:, a bare word), whoever entered
 * it and whenever, is shown as plain text and never becomes a link, on a page or in a PDF.
 */
export function webLink(address: string | null | undefined): string | undefined {
  if (!address) return undefined;
  const trimmed = address.trim();
  try {
    const { protocol } = new URL(trimmed);
    return protocol === "http:" || protocol === "https:" ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
