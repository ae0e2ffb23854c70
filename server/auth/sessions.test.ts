import { describe, expect, it } from "vitest";
import { sessionLifetimeMs } from "@/lib/auth/session-lifetime";
import { makeCity, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { resetPassword } from "../users/reset-password";
import { setUserActive } from "../users/set-user-active";
import { signOutEverywhere } from "../users/sign-out-everywhere";
import { updateUser } from "../users/update-user";
import { loadSessionActor } from "./load-actor";
import { endSession, startSession } from "./sessions";

/** Two sessions of one user, as two browsers (or a cookie copied to another machine) would hold. */
async function twoSessions(userId: string) {
  return [await startSession(db(), userId), await startSession(db(), userId)].map((sessionId) => ({ userId, sessionId }));
}
const signedIn = async (token: { userId: string; sessionId: string }) => (await loadSessionActor(db(), token))?.id ?? null;

describe("sessions", () => {
  it("sign a user in while their row exists, and never another user's cookie with it", async () => {
    const user = await makeUser("viewer");
    const other = await makeUser("viewer");
    const [token] = await twoSessions(user.id);
    expect(await signedIn(token)).toBe(user.id);
    expect(await signedIn({ userId: other.id, sessionId: token.sessionId })).toBeNull();
    expect(await signedIn({ userId: user.id, sessionId: "no-such-session" })).toBeNull();
  });

  it("end one at a time on signing out: the other browser stays signed in", async () => {
    const user = await makeUser("official", { cityId: (await makeCity()).id });
    const [a, b] = await twoSessions(user.id);
    await endSession(db(), a.sessionId);
    expect(await signedIn(a)).toBeNull();
    expect(await signedIn(b)).toBe(user.id);
  });

  it("all end when the user signs out everywhere, and the act is recorded", async () => {
    const user = await makeUser("coordinator");
    const tokens = await twoSessions(user.id);
    const result = await signOutEverywhere(db(), user);
    expect(result).toEqual({ ok: true, value: { ended: 2 } });
    for (const token of tokens) expect(await signedIn(token)).toBeNull();
    expect(await db().auditEvent.count({ where: { entityId: user.id, action: "user.signOutEverywhere" } })).toBe(1);
  });

  it("all end when an administrator resets the password", async () => {
    const admin = await makeUser("administrator");
    const user = await makeUser("viewer");
    const tokens = await twoSessions(user.id);
    expect((await resetPassword(db(), admin, { userId: user.id, password: "mot-mat-khau-moi-2026" })).ok).toBe(true);
    for (const token of tokens) expect(await signedIn(token)).toBeNull();
  });

  it("all end when the role or the city changes, not when only the name does", async () => {
    const admin = await makeUser("administrator");
    const [first, second] = [await makeCity(), await makeCity()];
    const user = await makeUser("official", { cityId: first.id });
    const base = { userId: user.id, name: "Cán bộ", role: "official" as const, cityId: first.id, coversAllCities: false, assignedCityIds: [], locale: "vi" as const };
    const [kept] = await twoSessions(user.id);
    expect((await updateUser(db(), admin, { ...base, name: "Cán bộ mới" })).ok).toBe(true);
    expect(await signedIn(kept)).toBe(user.id);

    expect((await updateUser(db(), admin, { ...base, cityId: second.id })).ok).toBe(true);
    expect(await signedIn(kept)).toBeNull();

    const [beforeRole] = await twoSessions(user.id);
    expect((await updateUser(db(), admin, { ...base, cityId: null, role: "viewer", coversAllCities: true })).ok).toBe(true);
    expect(await signedIn(beforeRole)).toBeNull();
  });

  it("all end on deactivation, and reactivating the account does not bring them back", async () => {
    const admin = await makeUser("administrator");
    const user = await makeUser("viewer");
    const tokens = await twoSessions(user.id);
    expect((await setUserActive(db(), admin, { userId: user.id, active: false })).ok).toBe(true);
    expect((await setUserActive(db(), admin, { userId: user.id, active: true })).ok).toBe(true);
    for (const token of tokens) expect(await signedIn(token)).toBeNull();
    const fresh = await startSession(db(), user.id);
    expect(await signedIn({ userId: user.id, sessionId: fresh })).toBe(user.id);
  });

  it("run out a week after signing in, however active", async () => {
    const user = await makeUser("viewer");
    const signedInAt = new Date();
    const sessionId = await startSession(db(), user.id, signedInAt);
    expect(await loadSessionActor(db(), { userId: user.id, sessionId }, new Date(signedInAt.getTime() + sessionLifetimeMs - 1_000))).not.toBeNull();
    expect(await loadSessionActor(db(), { userId: user.id, sessionId }, new Date(signedInAt.getTime() + sessionLifetimeMs + 1_000))).toBeNull();
  });

  it("read the whole actor from the session: role, city, coverage and every assigned city", async () => {
    const cities = [await makeCity(), await makeCity(), await makeCity()];
    const coordinator = await makeUser("coordinator", { assignedCityIds: cities.map((c) => c.id) });
    const actor = await loadSessionActor(db(), { userId: coordinator.id, sessionId: await startSession(db(), coordinator.id) });
    expect(actor).toMatchObject({ id: coordinator.id, email: coordinator.email, role: "coordinator", active: true, coversAllCities: false, cityId: null });
    expect([...(actor?.assignedCityIds ?? [])].sort()).toEqual(cities.map((c) => c.id).sort());
    const official = await makeUser("official", { cityId: cities[0].id });
    expect(await loadSessionActor(db(), { userId: official.id, sessionId: await startSession(db(), official.id) })).toMatchObject({ role: "official", cityId: cities[0].id, assignedCityIds: [] });
    const national = await makeUser("viewer", { coversAllCities: true });
    expect(await loadSessionActor(db(), { userId: national.id, sessionId: await startSession(db(), national.id) })).toMatchObject({ coversAllCities: true, assignedCityIds: [] });
  });
});
