import { db } from "@/server/db";
import { servePage } from "@/server/open-data/http";
import { openResults } from "@/server/open-data/open-results";

export { preflight as OPTIONS } from "@/server/open-data/http";

/** Approved results of publishing cities, a page at a time. Public. */
export function GET(request: Request) {
  return servePage(request, "results", (filter) => openResults(db(), filter));
}
