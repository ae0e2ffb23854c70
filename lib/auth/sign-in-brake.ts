// The brake on guessing passwords, as a pure policy over a stored failure record. The same
// policy is applied to two keys on every attempt: the account and the client address, so that
// neither many guesses at one account nor a sweep across accounts from one address goes fast.

export interface FailureRecord {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

export interface BrakeLimits {
  /** Failures within the window before each further attempt is slowed. */
  slowAfter: number;
  /** Failures within the window that lock the key. */
  lockAfter: number;
  windowMs: number;
  lockMs: number;
  delayStepMs: number;
  maxDelayMs: number;
}

export const accountLimits: BrakeLimits = {
  slowAfter: 3,
  lockAfter: 8,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  delayStepMs: 400,
  maxDelayMs: 3_000,
};

export const addressLimits: BrakeLimits = {
  slowAfter: 10,
  lockAfter: 40,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  delayStepMs: 200,
  maxDelayMs: 3_000,
};

export type BrakeVerdict = { kind: "open"; delayMs: number } | { kind: "locked"; until: Date };

function activeFailures(record: FailureRecord | null, limits: BrakeLimits, now: Date): number {
  if (!record) return 0;
  return now.getTime() - record.windowStartedAt.getTime() > limits.windowMs ? 0 : record.failures;
}

/** What to do with the next attempt under this key. */
export function judgeAttempt(record: FailureRecord | null, limits: BrakeLimits, now: Date): BrakeVerdict {
  if (record?.lockedUntil && record.lockedUntil > now) return { kind: "locked", until: record.lockedUntil };
  const failures = activeFailures(record, limits, now);
  const over = failures - limits.slowAfter + 1;
  const delayMs = over > 0 ? Math.min(over * limits.delayStepMs, limits.maxDelayMs) : 0;
  return { kind: "open", delayMs };
}

/** The record after one more failed attempt. */
export function recordFailure(record: FailureRecord | null, limits: BrakeLimits, now: Date): FailureRecord {
  const previous = activeFailures(record, limits, now);
  const failures = previous + 1;
  const windowStartedAt = previous === 0 ? now : record!.windowStartedAt;
  const lockedUntil = failures >= limits.lockAfter ? new Date(now.getTime() + limits.lockMs) : null;
  return { failures, windowStartedAt, lockedUntil };
}

/** The strictest of several verdicts: any lock wins, else the longest delay. */
export function strictest(verdicts: BrakeVerdict[]): BrakeVerdict {
  const locks = verdicts.filter((v): v is Extract<BrakeVerdict, { kind: "locked" }> => v.kind === "locked");
  if (locks.length) {
    return { kind: "locked", until: new Date(Math.max(...locks.map((l) => l.until.getTime()))) };
  }
  const delays = verdicts.map((v) => (v.kind === "open" ? v.delayMs : 0));
  return { kind: "open", delayMs: Math.max(0, ...delays) };
}
