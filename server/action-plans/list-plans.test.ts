import { describe, expect, it } from "vitest";
import { actionPlanSchema } from "@/lib/validation/action-plans";
import { makeCity, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { createPlan } from "./create-plan";
import { listProfilePlans } from "./list-plans";

const planFor = (cityId: string, titleVi: string) => actionPlanSchema.parse({ cityId, titleVi, startYear: 2024, endYear: 2030, status: "active" });

describe("plans on a city's profile", () => {
  it("shows a network member's programme to every signed-in reader, and another taking-part city's plans to nobody outside it", async () => {
    const member = await db().city.update({ where: { id: (await makeCity()).id }, data: { isReference: true } });
    const other = await makeCity();
    const ownCity = await makeCity();
    const admin = await makeUser("administrator");
    const official = await makeUser("official", { cityId: ownCity.id });
    expect((await createPlan(db(), admin, planFor(member.id, "Chương trình thành phố học tập"))).ok).toBe(true);
    expect((await createPlan(db(), admin, planFor(other.id, "Kế hoạch nội bộ"))).ok).toBe(true);

    const memberPlans = await listProfilePlans(db(), official, member, "2026-11-24");
    expect(memberPlans.map((p) => [p.titleVi, p.progress, p.taskCount])).toEqual([["Chương trình thành phố học tập", 0, 0]]);
    expect(await listProfilePlans(db(), official, other, "2026-11-24")).toEqual([]);
    expect(await listProfilePlans(db(), await makeUser("official", { cityId: ownCity.id, active: false }), member, "2026-11-24")).toEqual([]);
  });
});
