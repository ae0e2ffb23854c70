import { describe, expect, it } from "vitest";
import { accountLimits } from "@/lib/auth/sign-in-brake";
import { db } from "../db";
import { makeUser, testPassword, unique } from "@/tests/integration/fixtures";
import { verifySignIn, type SignInClock } from "./verify-sign-in";

/** A clock that moves only when told to, and records the pauses it was asked for. */
function fakeClock(start = new Date()): SignInClock & { pauses: number[]; advance: (ms: number) => void } {
  let now = start.getTime();
  const pauses: number[] = [];
  return {
    pauses,
    now: () => new Date(now),
    sleep: async (ms) => {
      pauses.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

describe("verifySignIn", () => {
  it("signs in with the right password and records when", async () => {
    const user = await makeUser("official");
    const outcome = await verifySignIn(db(), { email: user.email, password: testPassword, address: unique("ip") });
    expect(outcome).toEqual({ ok: true, userId: user.id });
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown account and a deactivated account alike", async () => {
    const user = await makeUser("official");
    const inactive = await makeUser("viewer", { active: false });
    const address = unique("ip");
    expect(await verifySignIn(db(), { email: user.email, password: "wrong-password", address })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySignIn(db(), { email: "nobody@test.example", password: testPassword, address })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySignIn(db(), { email: inactive.email, password: testPassword, address })).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows repeated failures on one account, then locks it even for the right password", async () => {
    const user = await makeUser("coordinator");
    const clock = fakeClock();
    for (let i = 0; i < accountLimits.lockAfter; i++) {
      expect((await verifySignIn(db(), { email: user.email, password: "guess", address: unique("ip") }, clock)).ok).toBe(false);
    }
    expect(clock.pauses.length).toBe(accountLimits.lockAfter - accountLimits.slowAfter);
    expect(clock.pauses.every((ms, i) => i === 0 || ms >= clock.pauses[i - 1])).toBe(true);

    const locked = await verifySignIn(db(), { email: user.email, password: testPassword, address: unique("ip") }, clock);
    expect(locked.ok === false && locked.reason).toBe("locked");

    clock.advance(accountLimits.lockMs + 1);
    expect(await verifySignIn(db(), { email: user.email, password: testPassword, address: unique("ip") }, clock)).toEqual({ ok: true, userId: user.id });
  });

  it("locks an address that sweeps across many accounts", async () => {
    const address = unique("ip");
    const clock = fakeClock();
    for (let i = 0; i < 40; i++) {
      await verifySignIn(db(), { email: `${unique("sweep")}@test.example`, password: "guess", address }, clock);
    }
    const user = await makeUser("viewer");
    const outcome = await verifySignIn(db(), { email: user.email, password: testPassword, address }, clock);
    expect(outcome.ok === false && outcome.reason).toBe("locked");
    expect((await verifySignIn(db(), { email: user.email, password: testPassword, address: unique("ip") }, clock)).ok).toBe(true);
  });
});
