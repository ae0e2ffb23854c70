import { describe, expect, it } from "vitest";
import { makeAssessment, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { listNotifications } from "./notifications";

describe("the notification list", () => {
  it("shows due-date reminders by cycle and city, with the city's own due date and a link for each role", async () => {
    const { city, official, framework, assessmentId } = await makeAssessment();
    const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
    const [early, late] = await Promise.all(
      [2025, 2026].map((year) => db().reportingCycle.create({ data: { frameworkCode: framework.code, year, opensOn: `${year}-01-01`, dueOn: `${year}-03-31`, createdById: coordinator.id } })),
    );
    await db().cycleExtension.create({ data: { cycleId: late!.id, cityId: city.id, dueOn: "2026-05-15", reason: "Bão lũ", grantedById: coordinator.id } });
    await db().notification.createMany({
      data: [
        { userId: official.id, kind: "overdue", cycleId: early!.id, cityId: city.id, assessmentId, createdAt: new Date("2026-04-01T00:00:00Z") },
        { userId: official.id, kind: "dueSoon", cycleId: late!.id, cityId: city.id, createdAt: new Date("2026-05-10T00:00:00Z") },
        { userId: coordinator.id, kind: "dueSoon", cycleId: late!.id, cityId: city.id },
        { userId: official.id, kind: "comment", assessmentId, actorName: "Test coordinator", createdAt: new Date("2026-05-11T00:00:00Z") },
      ],
    });

    const shown = (rows: Awaited<ReturnType<typeof listNotifications>>) => rows.map((n) => [n.kind, n.href, n.year, n.dueOn, n.city.nameVi, n.framework.titleVi]);
    expect(shown(await listNotifications(db(), official))).toEqual([
      ["comment", `/assessments/${assessmentId}`, 2025, null, city.nameVi, "Bộ thử"],
      ["dueSoon", "/assessments", 2026, "2026-05-15", city.nameVi, "Bộ thử"],
      ["overdue", `/assessments/${assessmentId}`, 2025, "2025-03-31", city.nameVi, "Bộ thử"],
    ]);
    expect(shown(await listNotifications(db(), coordinator))).toEqual([["dueSoon", "/review/cycles", 2026, "2026-05-15", city.nameVi, "Bộ thử"]]);
  });
});
