import { describe, expect, it } from "vitest";
import { judgeAttempt, strictest, type BrakeLimits } from "./sign-in-brake";

const limits: BrakeLimits = { slowAfter: 3, lockAfter: 5, windowMs: 60_000, lockMs: 120_000, delayStepMs: 100, maxDelayMs: 250 };
const now = new Date("2026-01-01T00:00:00Z");
const attempt = (attempts: number, msBeforeReset = 60_000) => judgeAttempt({ attempts, msBeforeReset }, limits, now);

describe("sign-in brake", () => {
  it("lets the first attempts through at full speed", () => {
    expect(attempt(1)).toEqual({ kind: "open", delayMs: 0 });
    expect(attempt(3)).toEqual({ kind: "open", delayMs: 0 });
  });

  it("slows each attempt after the threshold, up to a ceiling", () => {
    expect(attempt(4)).toEqual({ kind: "open", delayMs: 100 });
    expect(attempt(5)).toEqual({ kind: "open", delayMs: 200 });
    expect(judgeAttempt({ attempts: 11, msBeforeReset: 1 }, { ...limits, lockAfter: 99 }, now)).toEqual({ kind: "open", delayMs: 250 });
  });

  it("locks the key once the attempts before this one reach the limit, until the store's reset", () => {
    expect(attempt(5).kind).toBe("open");
    expect(attempt(6, 120_000)).toEqual({ kind: "locked", until: new Date(now.getTime() + 120_000) });
    expect(attempt(40, 30_000)).toEqual({ kind: "locked", until: new Date(now.getTime() + 30_000) });
  });

  it("judges every count of a burst as if the attempts had come one after another", () => {
    // Twenty attempts counted at once get the counts 1..20: the first five are judged, the rest locked.
    const verdicts = Array.from({ length: 20 }, (_, i) => attempt(i + 1).kind);
    expect(verdicts.filter((kind) => kind === "open")).toHaveLength(limits.lockAfter);
    expect(verdicts.slice(limits.lockAfter).every((kind) => kind === "locked")).toBe(true);
  });

  it("takes the strictest verdict of account and address", () => {
    const until = new Date(now.getTime() + 5_000);
    expect(strictest([{ kind: "open", delayMs: 100 }, { kind: "locked", until }])).toEqual({ kind: "locked", until });
    expect(strictest([{ kind: "open", delayMs: 100 }, { kind: "open", delayMs: 300 }])).toEqual({ kind: "open", delayMs: 300 });
  });
});
