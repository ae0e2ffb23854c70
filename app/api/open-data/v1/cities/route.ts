import { db } from "@/server/db";
import { serveCitiesPage } from "@/server/open-data/http";
import { openCities } from "@/server/open-data/open-cities";

export { preflight as OPTIONS } from "@/server/open-data/http";

/** The cities that publish open data, with what they publish, a page at a time. Public. */
export function GET(request: Request) {
  return serveCitiesPage(request, openCities(db()));
}
