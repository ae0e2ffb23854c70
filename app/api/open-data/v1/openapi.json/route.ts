import { openApiDocument } from "@/lib/open-data/openapi";
import { openJson } from "@/server/open-data/http";

export { preflight as OPTIONS } from "@/server/open-data/http";

/** The OpenAPI 3.1 description of this API. */
export function GET() {
  return openJson(openApiDocument);
}
