import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { AttemptCount, BrakeLimits } from "@/lib/auth/sign-in-brake";
import type { Db } from "../db";

/**
 * Counts sign-in attempts per key in the SignInThrottle table through rate-limiter-flexible's
 * Prisma store, which increments the key's count in one upsert statement and reads it back, so
 * attempts sent in parallel (to one instance or several) each get a count of their own. A key's
 * window starts at its first attempt; reaching the limit locks it for `lockMs`.
 */
export interface AttemptCounter {
  /** Counts one attempt and returns the key's count, this attempt included. */
  count(key: string): Promise<AttemptCount>;
  /** Takes one attempt back off the count (a sign-in that succeeded). */
  takeBack(key: string): Promise<void>;
  /** Forgets the key's attempts (the account signed in, or its password was reset). */
  clear(key: string): Promise<void>;
}

const counters = new WeakMap<Db, Map<string, AttemptCounter>>();

/** The counter for one kind of key ("account", "address") and its limits, one per database client. */
export function attemptCounter(db: Db, kind: string, limits: BrakeLimits): AttemptCounter {
  let byKind = counters.get(db);
  if (!byKind) counters.set(db, (byKind = new Map()));
  const existing = byKind.get(kind);
  if (existing) return existing;
  const limiter = new RateLimiterPrisma({
    storeClient: db,
    tableName: "signInThrottle",
    keyPrefix: kind,
    points: limits.lockAfter,
    duration: limits.windowMs / 1000,
    blockDuration: limits.lockMs / 1000,
  });
  const counter: AttemptCounter = {
    async count(key) {
      try {
        const res = await limiter.consume(key);
        return { attempts: res.consumedPoints, msBeforeReset: res.msBeforeNext };
      } catch (refusal) {
        // Over the limit, the store answers with a rejection that carries the same count.
        if (refusal instanceof RateLimiterRes) return { attempts: refusal.consumedPoints, msBeforeReset: refusal.msBeforeNext };
        throw refusal;
      }
    },
    async takeBack(key) {
      await limiter.reward(key, 1);
    },
    async clear(key) {
      await limiter.delete(key);
    },
  };
  byKind.set(kind, counter);
  return counter;
}

/** The stored key of an account's count (cleared when an administrator resets its password). */
export const accountKey = (email: string) => `account:${email}`;
