import "server-only";
import { accountLimits, addressLimits, judgeAttempt, strictest } from "@/lib/auth/sign-in-brake";
import type { SignInInput } from "@/lib/validation/sign-in";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { attemptCounter } from "./attempt-counter";
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
 * Checks e-mail and password under the brake on repeated attempts, per account and per client
 * address. Each attempt is counted first, atomically in the database, and judged on the count that
 * comes back, so parallel guesses are counted one by one. Used by the credentials provider; the
 * clock is a parameter for the tests.
 */
export async function verifySignIn(
  db: Db,
  input: SignInInput & { address: string },
  clock: SignInClock = realClock,
): Promise<SignInOutcome> {
  const account = attemptCounter(db, "account", accountLimits);
  const address = attemptCounter(db, "address", addressLimits);
  const [accountCount, addressCount] = await Promise.all([account.count(input.email), address.count(input.address)]);
  const now = clock.now();
  const verdict = strictest([judgeAttempt(accountCount, accountLimits, now), judgeAttempt(addressCount, addressLimits, now)]);
  if (verdict.kind === "locked") return { ok: false, reason: "locked", until: verdict.until };
  if (verdict.delayMs > 0) await clock.sleep(verdict.delayMs);

  const user = await db.user.findUnique({ where: { email: input.email } });
  const matches = await passwordMatches(user?.passwordHash ?? absentAccountHash, input.password);
  // A failure stays counted. A success clears the account's count and takes this attempt back off
  // the address's, so that colleagues behind one office address do not lock each other out; the
  // failures that address ran up against other accounts stay.
  if (!user || !user.active || !matches) return { ok: false, reason: "invalid" };
  await Promise.all([account.clear(input.email), address.takeBack(input.address)]);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: clock.now() } });
  await recordAuditEvent(db, { actorId: user.id, action: "user.signIn", entityType: "User", entityId: user.id });
  return { ok: true, userId: user.id };
}
