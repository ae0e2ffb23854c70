import { peerModes } from "../compare/peers";
import { z } from "./zod";

const optional = <T extends z.ZodType>(schema: T) => z.catch(z.optional(schema), undefined);
const code = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));

// Hand-picked peers arrive as one `peer` parameter per city. A wrong entry is dropped on its own,
// so one mangled slug does not lose the rest of the selection.
const slugList = z.pipe(
  z.optional(z.unknown()),
  z.transform((value) => {
    const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
    const slugs = items.filter((item): item is string => typeof item === "string" && item.length > 0 && item.length <= 64);
    return [...new Set(slugs)].slice(0, 200);
  }),
);

/**
 * The comparison's selection, read from the address bar so that a link reproduces the view.
 * Anything unreadable falls back to the default rather than failing: a stale or hand-edited link
 * still opens the page, and the loader fills in what is missing.
 */
export const compareQuerySchema = z.object({
  framework: optional(code),
  year: optional(z.coerce.number().check(z.int(), z.gte(2000), z.lte(2100))),
  /** The compared city's slug; officials always compare their own city. */
  city: optional(code),
  peers: z._default(z.catch(z.enum(peerModes), "members"), "members"),
  peer: slugList,
  /** A name to look for among the cities to pick from, when there are too many to list. */
  find: optional(z.string().check(z.trim(), z.maxLength(80))),
  /** With many peers: the indicator (by code) whose chart and table are open, or "all". */
  detail: optional(code),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;

/** The trend page: the same selection and one indicator, by code. */
export const trendsQuerySchema = z.extend(compareQuerySchema, { indicator: optional(code) });
export type TrendsQuery = z.infer<typeof trendsQuerySchema>;
