import { resultColumns } from "@/lib/open-data/records";
import { db } from "@/server/db";
import { serveCsv } from "@/server/open-data/http";
import { openResults } from "@/server/open-data/open-results";

export { preflight as OPTIONS } from "@/server/open-data/http";

/** Approved results of publishing cities as one CSV file. Public. */
export function GET(request: Request) {
  return serveCsv(request, "results", resultColumns, (filter) => openResults(db(), filter));
}
