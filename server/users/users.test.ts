import { describe, expect, it } from "vitest";
import { createUserSchema } from "@/lib/validation/users";
import { db } from "../db";
import { loadActor } from "../auth/load-actor";
import { verifySignIn } from "../auth/verify-sign-in";
import { auditTrail, makeCity, makeUser, unique } from "@/tests/integration/fixtures";
import { createUser } from "./create-user";
import { resetPassword } from "./reset-password";
import { setUserActive } from "./set-user-active";
import { updateUser } from "./update-user";

const newUser = (cityId: string) =>
  createUserSchema.parse({
    email: `${unique("new")}@test.example`,
    password: "a-long-enough-password",
    name: "Đặng Thị Hoà",
    role: "official",
    cityId,
    locale: "vi",
  });

describe("user administration", () => {
  it("lets an administrator create a user who can then sign in, and audits it without the hash", async () => {
    const admin = await makeUser("administrator");
    const city = await makeCity();
    const input = newUser(city.id);
    const result = await createUser(db(), admin, input);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value.id : "";

    expect(await verifySignIn(db(), { email: input.email, password: input.password, address: unique("ip") })).toEqual({ ok: true, userId: id });
    const [created] = await auditTrail(id);
    expect(created.action).toBe("user.create");
    expect(created.actorId).toBe(admin.id);
    expect(JSON.parse(created.after!)).toMatchObject({ email: input.email, role: "official", cityId: city.id });
    expect(created.after).not.toContain("argon2");
  });

  it("refuses every other role, and writes nothing", async () => {
    const city = await makeCity();
    for (const role of ["coordinator", "official", "viewer"] as const) {
      const actor = await makeUser(role, { cityId: city.id, coversAllCities: true });
      const input = newUser(city.id);
      expect(await createUser(db(), actor, input)).toEqual({ ok: false, reason: "forbidden" });
      expect(await db().user.findUnique({ where: { email: input.email } })).toBeNull();
    }
  });

  it("reports a taken e-mail and an unknown city against their fields", async () => {
    const admin = await makeUser("administrator");
    const city = await makeCity();
    const input = newUser(city.id);
    await createUser(db(), admin, input);
    expect(await createUser(db(), admin, input)).toEqual({ ok: false, reason: "conflict", fieldErrors: { email: "validation.emailTaken" } });
    expect(await createUser(db(), admin, newUser("no-such-city"))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { cityId: "validation.unknownCity" },
    });
  });

  it("moves a user to another role and its cities, keeping before and after", async () => {
    const admin = await makeUser("administrator");
    const [a, b] = [await makeCity(), await makeCity()];
    const user = await makeUser("official", { cityId: a.id });
    const result = await updateUser(db(), admin, {
      userId: user.id,
      name: "Điều phối mới",
      role: "coordinator",
      cityId: a.id,
      coversAllCities: false,
      assignedCityIds: [a.id, b.id, b.id],
      locale: "en",
    });
    expect(result.ok).toBe(true);
    const actor = await loadActor(db(), user.id);
    expect(actor).toMatchObject({ role: "coordinator", cityId: null, locale: "en" });
    expect([...actor!.assignedCityIds].sort()).toEqual([a.id, b.id].sort());

    const update = (await auditTrail(user.id)).find((e) => e.action === "user.update")!;
    expect(JSON.parse(update.before!)).toMatchObject({ role: "official", cityId: a.id });
    expect(JSON.parse(update.after!)).toMatchObject({ role: "coordinator", cityId: null });
  });

  it("does not let an administrator remove their own role or lock themselves out", async () => {
    const admin = await makeUser("administrator");
    const base = { userId: admin.id, name: "x", cityId: null, coversAllCities: false, assignedCityIds: [], locale: "vi" as const };
    expect(await updateUser(db(), admin, { ...base, role: "viewer" })).toEqual({ ok: false, reason: "invalid", fieldErrors: { role: "validation.ownRole" } });
    expect(await setUserActive(db(), admin, { userId: admin.id, active: false })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { _form: "validation.ownAccount" },
    });
  });

  it("deactivation ends access at once; reactivation restores it", async () => {
    const admin = await makeUser("administrator");
    const user = await makeUser("viewer", { coversAllCities: true });
    expect((await setUserActive(db(), admin, { userId: user.id, active: false })).ok).toBe(true);
    expect(await loadActor(db(), user.id)).toBeNull();
    expect((await verifySignIn(db(), { email: user.email, password: "correct-horse-battery-staple", address: unique("ip") })).ok).toBe(false);

    expect((await setUserActive(db(), admin, { userId: user.id, active: true })).ok).toBe(true);
    expect(await loadActor(db(), user.id)).not.toBeNull();
    expect((await auditTrail(user.id)).map((e) => e.action)).toEqual(["user.deactivate", "user.activate"]);
  });

  it("resets a password: the old one stops working, the new one works", async () => {
    const admin = await makeUser("administrator");
    const user = await makeUser("official");
    expect((await resetPassword(db(), admin, { userId: user.id, password: "brand-new-password-2026" })).ok).toBe(true);
    const address = unique("ip");
    expect((await verifySignIn(db(), { email: user.email, password: "correct-horse-battery-staple", address })).ok).toBe(false);
    expect((await verifySignIn(db(), { email: user.email, password: "brand-new-password-2026", address })).ok).toBe(true);
    const reset = (await auditTrail(user.id)).find((e) => e.action === "user.resetPassword")!;
    expect(reset.after).toBeNull();
  });
});
