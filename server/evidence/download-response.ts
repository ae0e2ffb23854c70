import "server-only";
import { downloadContentSecurityPolicy } from "@/lib/security/headers";

/**
 * A stored file sent back to the browser: always as a download, never rendered in the app's
 * origin, whatever the file holds (checklist evidence and action-plan files alike).
 */
export function downloadResponse(file: { body: BodyInit; mimeType: string; size: number; fileName: string }): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Content-Security-Policy": downloadContentSecurityPolicy,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
