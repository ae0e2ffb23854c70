import { pipe, transform, type ZodMiniPipe, type ZodMiniTransform } from "zod/mini";
import type { $ZodType } from "zod/v4/core";

// The part of zod/mini the app's schemas use, by name. zod/mini builds a schema from functions
// (`z.optional(z.string().check(z.maxLength(9)))`) rather than methods, so a bundle carries only
// the parts it calls; naming them here, instead of importing zod's own `z` namespace, keeps its
// forty translations out of the browser too. lib/validation/zod.ts gathers these as `z`.

export {
  _default,
  array,
  boolean,
  catch,
  check,
  coerce,
  discriminatedUnion,
  email,
  endsWith,
  enum,
  extend,
  gt,
  gte,
  int,
  iso,
  lazy,
  literal,
  lt,
  lte,
  maxLength,
  minLength,
  NEVER,
  nullable,
  nullish,
  number,
  object,
  optional,
  pick,
  pipe,
  record,
  refine,
  regex,
  startsWith,
  strictObject,
  string,
  superRefine,
  toLowerCase,
  transform,
  trim,
  unknown,
  url,
} from "zod/mini";
export type { infer, input, output, ZodMiniNumber as ZodNumber, ZodMiniObject as ZodObject, ZodMiniType as ZodType } from "zod/mini";
export type { $RefinementCtx as RefinementCtx, $ZodError as ZodError } from "zod/v4/core";

/** A function applied to the raw input before `schema` reads it (blank boxes to null, text to numbers). */
export function preprocess<Schema extends $ZodType>(fn: (input: unknown) => unknown, schema: Schema): ZodMiniPipe<ZodMiniTransform<unknown, unknown>, Schema> {
  return pipe(transform(fn), schema);
}
