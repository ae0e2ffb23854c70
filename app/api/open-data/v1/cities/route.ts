import { openDataCitiesSchema } from "@/lib/validation/open-data";
import { db } from "@/server/db";
import { openJson, withQuery } from "@/server/open-data/http";
import { listPublishingCities } from "@/server/open-data/list-publishing-cities";

export { preflight as OPTIONS } from "@/server/open-data/http";

/** The cities that publish open data, with what they publish. Public. */
export function GET(request: Request) {
  return withQuery(request, openDataCitiesSchema, async () => openJson({ data: await listPublishingCities(db()) }));
}
