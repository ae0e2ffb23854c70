import "server-only";
import { getTranslations } from "next-intl/server";
import type { Failure } from "@/lib/result";

const statusOf = { forbidden: 403, notFound: 404, invalid: 400, conflict: 409 } as const;

/**
 * A refused request as JSON for route handlers: the reason, the translation key of each
 * problem and its text in the caller's language, never a stack trace.
 */
export async function failureResponse(failure: Pick<Failure, "fieldErrors"> & { reason: Failure["reason"] | "unauthenticated" | "tooLarge" }) {
  const t = await getTranslations();
  const status = failure.reason === "unauthenticated" ? 401 : failure.reason === "tooLarge" ? 413 : statusOf[failure.reason];
  const fieldErrors = failure.fieldErrors ?? {};
  const key = Object.values(fieldErrors)[0] ?? `errors.${failure.reason}`;
  return Response.json(
    { error: failure.reason, fieldErrors, message: t.has(key) ? t(key) : t("errors.invalid") },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}
