import "server-only";
import {
  accountLimits,
  addressLimits,
  judgeAttempt,
  recordFailure,
  strictest,
  type BrakeLimits,
  type FailureRecord,
} from "@/lib/auth/sign-in-brake";
import type { SignInInput } from "@/lib/validation/sign-in";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { passwordMatches } from "./password";

export type SignInOutcome = { ok: true; userId: string } | { ok: false; reason: "invalid" } | { ok: false; reason: "locked"; until: Date };

export interface SignInClock {
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
}

const realClock: SignInClock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

// Verifying against a fixed hash when the account does not exist keeps the answer time the
// same, so timing does not reveal which e-mail addresses have accounts.
const absentAccountHash =
  "$argon2id$v=19$m=19456,t=2,p=1$3gCH5RFulWzW+eukTdYYHA$85bs+qFQmGmCoTbnygFFXD7QT/ms4CS1zZOjUo9VPkk";

/**
 * Checks e-mail and password under the brake on repeated failures, per account and per
 * client address. Used by the credentials provider; the clock is a parameter for the tests.
 */
export async function verifySignIn(
  db: Db,
  input: SignInInput & { address: string },
  clock: SignInClock = realClock,
): Promise<SignInOutcome> {
  const keys: [string, BrakeLimits][] = [
    [`account:${input.email}`, accountLimits],
    [`address:${input.address}`, addressLimits],
  ];
  const records = await db.signInThrottle.findMany({ where: { key: { in: keys.map(([k]) => k) } } });
  const byKey = new Map<string, FailureRecord>(records.map((r) => [r.key, r]));

  const verdict = strictest(keys.map(([key, limits]) => judgeAttempt(byKey.get(key) ?? null, limits, clock.now())));
  if (verdict.kind === "locked") return { ok: false, reason: "locked", until: verdict.until };
  if (verdict.delayMs > 0) await clock.sleep(verdict.delayMs);

  const user = await db.user.findUnique({ where: { email: input.email } });
  const matches = await passwordMatches(user?.passwordHash ?? absentAccountHash, input.password);

  if (!user || !user.active || !matches) {
    const now = clock.now();
    for (const [key, limits] of keys) {
      const next = recordFailure(byKey.get(key) ?? null, limits, now);
      await db.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
    return { ok: false, reason: "invalid" };
  }

  // Only the account's own count is cleared: one good password from an address must not wipe
  // the failures that address ran up against other accounts.
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: keys[0][0] } }),
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: clock.now() } }),
  ]);
  await recordAuditEvent(db, { actorId: user.id, action: "user.signIn", entityType: "User", entityId: user.id });
  return { ok: true, userId: user.id };
}
