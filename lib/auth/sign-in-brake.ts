// The brake on guessing passwords. Every attempt is counted under two keys, the account and the
// client address, before the password is checked, so that neither many guesses at one account nor
// a sweep across accounts from one address goes fast, and so that attempts sent in parallel are
// judged on a count that already includes each other. The database does the counting (one
// increment per attempt, read back in the same statement); these rules judge the count it returns.

export interface BrakeLimits {
  /** Attempts within the window before each further attempt is slowed. */
  slowAfter: number;
  /** Attempts within the window after which the key is locked. */
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

/**
 * What the store answered for one attempt: how many attempts its key has in the current window,
 * this one included, and how long until the window (or a lock) ends.
 */
export interface AttemptCount {
  attempts: number;
  msBeforeReset: number;
}

export type BrakeVerdict = { kind: "open"; delayMs: number } | { kind: "locked"; until: Date };

/**
 * The verdict on one attempt from its key's count. The attempts before it are all treated as
 * failures (a successful one is taken back off the count when it succeeds), so a burst sent at
 * once is slowed and locked as if its attempts had come one after another.
 */
export function judgeAttempt(count: AttemptCount, limits: BrakeLimits, now: Date): BrakeVerdict {
  const earlier = count.attempts - 1;
  if (earlier >= limits.lockAfter) return { kind: "locked", until: new Date(now.getTime() + Math.max(count.msBeforeReset, 0)) };
  const over = earlier - limits.slowAfter + 1;
  const delayMs = over > 0 ? Math.min(over * limits.delayStepMs, limits.maxDelayMs) : 0;
  return { kind: "open", delayMs };
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
