import "server-only";
import { revalidatePath } from "next/cache";

/** A page to refresh after a change: a path, or a route with the kind of segment it names. */
export type RefreshedPage = string | [route: string, type: "layout" | "page"];

/** The act's result as it came, once the pages that show what it changed are refreshed, if it succeeded. */
export function refreshedOnSuccess<R extends { ok: boolean }>(result: R, ...pages: RefreshedPage[]): R {
  if (!result.ok) return result;
  for (const page of pages) {
    if (typeof page === "string") revalidatePath(page);
    else revalidatePath(page[0], page[1]);
  }
  return result;
}
