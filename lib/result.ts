import type { FieldErrors } from "./validation/zod";

/** Why an act was refused. Each reason has a translated message under `errors` in messages/. */
export type FailureReason = "forbidden" | "notFound" | "invalid" | "conflict";

export type Failure = { ok: false; reason: FailureReason; fieldErrors?: FieldErrors };
export type Result<T = undefined> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (reason: FailureReason, fieldErrors?: FieldErrors): Failure => ({ ok: false, reason, fieldErrors });
