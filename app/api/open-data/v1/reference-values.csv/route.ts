import { referenceValueColumns } from "@/lib/open-data/records";
import { db } from "@/server/db";
import { serveCsv } from "@/server/open-data/http";
import { openReferenceValues } from "@/server/open-data/open-reference-values";

export { preflight as OPTIONS } from "@/server/open-data/http";

/** Published figures with their sources as one CSV file. Public. */
export function GET(request: Request) {
  return serveCsv(request, "reference-values", referenceValueColumns, (filter) => openReferenceValues(db(), filter));
}
