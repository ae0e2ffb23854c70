import "server-only";
import { csvMimeType } from "@/lib/reports/csv";
import { downloadContentSecurityPolicy } from "@/lib/security/headers";

export const xlsxMimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A generated workbook or CSV file as a download. A streamed body has no known size: the
 * Content-Length is sent only with `size`, and the browser's progress then shows bytes alone.
 */
export function exportFileResponse(body: BodyInit, file: { fileName: string; kind: "xlsx" | "csv"; size?: number }): Response {
  return new Response(body, {
    headers: {
      "Content-Type": file.kind === "xlsx" ? xlsxMimeType : csvMimeType,
      ...(file.size === undefined ? {} : { "Content-Length": String(file.size) }),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Content-Security-Policy": downloadContentSecurityPolicy,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** A query string as the plain object a schema parses; a repeated parameter keeps its first value. */
export function queryOf(request: Request): Record<string, string> {
  const params = new URL(request.url).searchParams;
  return Object.fromEntries([...params.keys()].map((key) => [key, params.get(key)!]));
}
