import { describe, expect, it } from "vitest";
import { judgeAttempt, recordFailure, strictest, type BrakeLimits, type FailureRecord } from "./sign-in-brake";

const limits: BrakeLimits = { slowAfter: 3, lockAfter: 5, windowMs: 60_000, lockMs: 120_000, delayStepMs: 100, maxDelayMs: 250 };
const t0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(n: number, step = 1_000): FailureRecord | null {
  let record: FailureRecord | null = null;
  for (let i = 0; i < n; i++) record = recordFailure(record, limits, at(i * step));
  return record;
}

describe("sign-in brake", () => {
  it("lets the first attempts through at full speed", () => {
    expect(judgeAttempt(null, limits, t0)).toEqual({ kind: "open", delayMs: 0 });
    expect(judgeAttempt(failTimes(2), limits, at(2_000))).toEqual({ kind: "open", delayMs: 0 });
  });

  it("slows each attempt after the threshold, up to a ceiling", () => {
    expect(judgeAttempt(failTimes(3), limits, at(3_000))).toEqual({ kind: "open", delayMs: 100 });
    expect(judgeAttempt(failTimes(4), limits, at(4_000))).toEqual({ kind: "open", delayMs: 200 });
    const record = { failures: 4, windowStartedAt: t0, lockedUntil: null };
    expect(judgeAttempt({ ...record, failures: 4 }, { ...limits, lockAfter: 99 }, at(1))).toEqual({ kind: "open", delayMs: 200 });
    expect(judgeAttempt({ ...record, failures: 9 }, { ...limits, lockAfter: 99 }, at(1))).toEqual({ kind: "open", delayMs: 250 });
  });

  it("locks the key at the limit, and only for the lock period", () => {
    const record = failTimes(5)!;
    expect(record.lockedUntil).toEqual(at(4_000 + 120_000));
    expect(judgeAttempt(record, limits, at(60_000))).toEqual({ kind: "locked", until: record.lockedUntil });
    expect(judgeAttempt(record, limits, at(4_000 + 120_001)).kind).toBe("open");
  });

  it("forgets failures older than the window", () => {
    const old = failTimes(4)!;
    expect(judgeAttempt(old, limits, at(3_000 + 60_001))).toEqual({ kind: "open", delayMs: 0 });
    const fresh = recordFailure(old, limits, at(3_000 + 60_001));
    expect(fresh).toEqual({ failures: 1, windowStartedAt: at(63_001), lockedUntil: null });
  });

  it("takes the strictest verdict of account and address", () => {
    const until = at(5_000);
    expect(strictest([{ kind: "open", delayMs: 100 }, { kind: "locked", until }])).toEqual({ kind: "locked", until });
    expect(strictest([{ kind: "open", delayMs: 100 }, { kind: "open", delayMs: 300 }])).toEqual({ kind: "open", delayMs: 300 });
  });
});
