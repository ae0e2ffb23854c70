import { db } from "@/server/db";
import { servePage } from "@/server/open-data/http";
import { openReferenceValues } from "@/server/open-data/open-reference-values";

export { preflight as OPTIONS } from "@/server/open-data/http";

/** Figures cities or the press have published, with their sources, a page at a time. Public. */
export function GET(request: Request) {
  return servePage(request, "reference-values", (filter) => openReferenceValues(db(), filter));
}
