import { afterEach, describe, expect, it, vi } from "vitest";
import { accountLimits, addressLimits } from "@/lib/auth/sign-in-brake";
import { db } from "../db";
import { makeUser, testPassword, unique } from "@/tests/integration/fixtures";
import { verifySignIn, type SignInClock } from "./verify-sign-in";

/** A clock whose pauses return at once and are recorded; the brake's windows follow the system time. */
function recordingClock(): SignInClock & { pauses: number[] } {
  const pauses: number[] = [];
  return { pauses, now: () => new Date(), sleep: async (ms) => void pauses.push(ms) };
}

const wrong = (email: string, address = unique("ip"), clock = recordingClock()) => verifySignIn(db(), { email, password: "wrong-password", address }, clock);
const right = (email: string, address = unique("ip"), clock = recordingClock()) => verifySignIn(db(), { email, password: testPassword, address }, clock);

afterEach(() => {
  vi.useRealTimers();
});

describe("verifySignIn", () => {
  it("signs in with the right password and records when", async () => {
    const user = await makeUser("official");
    const outcome = await right(user.email);
    expect(outcome).toEqual({ ok: true, userId: user.id });
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown account and a deactivated account alike", async () => {
    const user = await makeUser("official");
    const inactive = await makeUser("viewer", { active: false });
    const address = unique("ip");
    expect(await wrong(user.email, address)).toEqual({ ok: false, reason: "invalid" });
    expect(await right("nobody@test.example", address)).toEqual({ ok: false, reason: "invalid" });
    expect(await right(inactive.email, address)).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows repeated failures on one account, then locks it even for the right password, for the lock period", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    const user = await makeUser("coordinator");
    const clock = recordingClock();
    for (let i = 0; i < accountLimits.lockAfter; i++) expect((await wrong(user.email, unique("ip"), clock)).ok).toBe(false);
    expect(clock.pauses.length).toBe(accountLimits.lockAfter - accountLimits.slowAfter);
    expect(clock.pauses.every((ms, i) => i === 0 || ms >= clock.pauses[i - 1])).toBe(true);
    const locked = await right(user.email);
    expect(locked.ok === false && locked.reason).toBe("locked");
    vi.setSystemTime(Date.now() + accountLimits.lockMs + 1_000);
    expect(await right(user.email)).toEqual({ ok: true, userId: user.id });
  });

  it("counts every one of 20 wrong passwords sent at once, locks the account and then refuses the right one", async () => {
    const user = await makeUser("official");
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => wrong(user.email)));
    // Counted one by one: the attempts after the limit are refused as locked without a password check.
    expect(outcomes.filter((o) => o.ok === false && o.reason === "locked")).toHaveLength(20 - accountLimits.lockAfter);
    const stored = await db().signInThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
    expect(stored.points).toBeGreaterThan(accountLimits.lockAfter);
    const after = await right(user.email);
    expect(after.ok === false && after.reason).toBe("locked");
  });

  it("counts a parallel sweep across accounts from one address and locks the address, not the accounts", async () => {
    const address = unique("ip");
    const sweep = addressLimits.lockAfter + 10;
    const outcomes = await Promise.all(Array.from({ length: sweep }, () => wrong(`${unique("sweep")}@test.example`, address)));
    expect(outcomes.filter((o) => o.ok === false && o.reason === "locked")).toHaveLength(sweep - addressLimits.lockAfter);
    const user = await makeUser("viewer");
    const outcome = await right(user.email, address);
    expect(outcome.ok === false && outcome.reason).toBe("locked");
    expect((await right(user.email, unique("ip"))).ok).toBe(true);
  });

  it("does not hold colleagues' successful sign-ins from one office address against it", async () => {
    const address = unique("ip");
    const colleagues = await Promise.all(Array.from({ length: addressLimits.lockAfter + 5 }, () => makeUser("official")));
    for (const user of colleagues) expect((await right(user.email, address)).ok).toBe(true);
    const stored = await db().signInThrottle.findUnique({ where: { key: `address:${address}` } });
    expect(stored?.points ?? 0).toBe(0);
  });
});
