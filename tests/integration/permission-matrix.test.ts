// The allowed cells of the permission matrix (tests/permissions/access-table.ts) that the browser
// spec leaves alone because doing them on the shared demo database would change what other browser
// tests see, and that no other test covers: each act called as the server action calls it.
import { afterAll, describe, expect, it } from "vitest";
import { actionPlanSchema } from "@/lib/validation/action-plans";
import { cityProfileSchema } from "@/lib/validation/cities";
import { postCommentSchema, setThreadResolvedSchema } from "@/lib/validation/comments";
import { extendDueDateSchema, openCycleSchema, updateCycleDatesSchema } from "@/lib/validation/cycles";
import { cityOpenDataSchema } from "@/lib/validation/open-data";
import { createPlan } from "@/server/action-plans/create-plan";
import { updateCityProfile } from "@/server/cities/update-city-profile";
import { postComment } from "@/server/comments/post-comment";
import { setThreadResolved } from "@/server/comments/set-thread-resolved";
import { extendDueDate } from "@/server/cycles/extend-due-date";
import { openCycle } from "@/server/cycles/open-cycle";
import { updateCycleDates } from "@/server/cycles/update-cycle-dates";
import { db } from "@/server/db";
import { markAllRead } from "@/server/notifications/notifications";
import { setCityPublishing } from "@/server/open-data/set-city-publishing";
import { auditTrail, makeAssessment, makeCity, makeFramework, makeUser } from "./fixtures";

// Cycles apply to every city, so those made here would show in other files' listings.
const startedAt = new Date();
afterAll(async () => {
  await db().reportingCycle.deleteMany({ where: { createdAt: { gte: startedAt } } });
});

async function openedCycle() {
  const framework = await makeFramework();
  const opened = await openCycle(db(), await makeUser("administrator"), openCycleSchema.parse({ frameworkCode: framework.code, year: 2026, opensOn: "2026-01-01", dueOn: "2026-03-31" }));
  if (!opened.ok) throw new Error(opened.reason);
  return opened.value.id;
}

describe("allowed cells of the permission matrix left to this file", () => {
  it("an administrator resolves and re-opens a thread of a taking-part city", async () => {
    const { assessmentId, framework, official } = await makeAssessment();
    const where = { assessmentId, indicatorId: framework.rate.id };
    expect((await postComment(db(), official, postCommentSchema.parse({ ...where, body: "Số liệu lấy từ đâu?" }))).ok).toBe(true);
    const admin = await makeUser("administrator");
    const resolved = await setThreadResolved(db(), admin, setThreadResolvedSchema.parse({ ...where, resolved: true }));
    expect(resolved.ok && resolved.value.resolvedAt).toBeTruthy();
    const reopened = await setThreadResolved(db(), admin, setThreadResolvedSchema.parse({ ...where, resolved: false }));
    expect(reopened.ok && reopened.value.resolvedAt).toBeNull();
  });

  it("an administrator starts a plan for a taking-part city", async () => {
    const city = await makeCity();
    const created = await createPlan(db(), await makeUser("administrator"), actionPlanSchema.parse({ cityId: city.id, titleVi: "Kế hoạch do quản trị lập", startYear: 2026, endYear: 2030 }));
    if (!created.ok) throw new Error(created.reason);
    expect(await db().actionPlan.findUniqueOrThrow({ where: { id: created.value.id } })).toMatchObject({ cityId: city.id, titleVi: "Kế hoạch do quản trị lập" });
  });

  it("an administrator updates a taking-part city's profile", async () => {
    const city = await makeCity();
    const admin = await makeUser("administrator");
    expect(await updateCityProfile(db(), admin, cityProfileSchema.parse({ cityId: city.id, population: 250_000, populationYear: 2025 }))).toEqual({ ok: true, value: undefined });
    expect((await db().city.findUniqueOrThrow({ where: { id: city.id } })).population).toBe(250_000);
    expect((await auditTrail(city.id)).map((e) => [e.action, e.actorId])).toEqual([["city.updateProfile", admin.id]]);
  });

  it("an official switches their own city's open-data publishing", async () => {
    const city = await makeCity();
    const official = await makeUser("official", { cityId: city.id });
    expect(await setCityPublishing(db(), official, cityOpenDataSchema.parse({ cityId: city.id, publishesOpenData: true }))).toEqual({ ok: true, value: { publishesOpenData: true } });
    expect((await db().city.findUniqueOrThrow({ where: { id: city.id } })).publishesOpenData).toBe(true);
    expect((await setCityPublishing(db(), official, cityOpenDataSchema.parse({ cityId: city.id, publishesOpenData: false }))).ok).toBe(true);
    expect((await db().city.findUniqueOrThrow({ where: { id: city.id } })).publishesOpenData).toBe(false);
  });

  it("an administrator switches any city's open-data publishing", async () => {
    const admin = await makeUser("administrator");
    for (const city of [await makeCity(), await makeCity({ gnlcStatus: "member" })]) {
      expect((await setCityPublishing(db(), admin, cityOpenDataSchema.parse({ cityId: city.id, publishesOpenData: true }))).ok).toBe(true);
      expect((await db().city.findUniqueOrThrow({ where: { id: city.id } })).publishesOpenData).toBe(true);
    }
  });

  it("an administrator and a coordinator move a cycle's dates", async () => {
    const cycleId = await openedCycle();
    const moves = [
      [await makeUser("administrator"), { opensOn: "2026-02-01", dueOn: "2026-04-30" }],
      [await makeUser("coordinator", { assignedCityIds: [(await makeCity()).id] }), { opensOn: "2026-02-15", dueOn: "2026-05-31" }],
    ] as const;
    for (const [actor, dates] of moves) {
      expect(await updateCycleDates(db(), actor, updateCycleDatesSchema.parse({ cycleId, ...dates }))).toEqual({ ok: true, value: undefined });
      expect(await db().reportingCycle.findUniqueOrThrow({ where: { id: cycleId }, select: { opensOn: true, dueOn: true } })).toEqual(dates);
    }
  });

  it("an administrator extends a taking-part city's due date", async () => {
    const cycleId = await openedCycle();
    const city = await makeCity();
    const extended = await extendDueDate(db(), await makeUser("administrator"), extendDueDateSchema.parse({ cycleId, cityId: city.id, dueOn: "2026-05-31", reason: "Sáp nhập xã" }));
    expect(extended.ok).toBe(true);
    expect(await db().cycleExtension.findUniqueOrThrow({ where: { cycleId_cityId: { cycleId, cityId: city.id } } })).toMatchObject({ dueOn: "2026-05-31", reason: "Sáp nhập xã" });
  });

  it("every role marks its own notifications read, and only those", async () => {
    const city = await makeCity();
    const people = [
      await makeUser("administrator"),
      await makeUser("coordinator", { assignedCityIds: [city.id] }),
      await makeUser("official", { cityId: city.id }),
      await makeUser("viewer", { coversAllCities: true }),
    ];
    await db().notification.createMany({ data: people.map((p) => ({ userId: p.id, kind: "dueSoon", cityId: city.id })) });
    const unread = async () => (await db().notification.findMany({ where: { userId: { in: people.map((p) => p.id) }, readAt: null }, select: { userId: true } })).map((n) => n.userId);
    for (const [i, person] of people.entries()) {
      await markAllRead(db(), person);
      expect((await unread()).sort()).toEqual(people.slice(i + 1).map((p) => p.id).sort());
    }
  });
});
