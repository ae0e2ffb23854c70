import { describe, expect, it } from "vitest";
import { cityScope, mayCreateAssessment, mayEditAssessment, mayEditCity, mayReadAssessment, mayManageUsers, mayReadCity, mayReadFramework, mayReviewCity, mayManageCycles, mayOpenReviewQueue, mayManageReferenceData, mayReadCityProfile, mayReadProfileReadiness, mayShowInComparison, type Actor } from "./permissions";
import { reviewScope, mayChooseComparedCity, mayCommentOnPlan, mayEditPlan, mayHaveTasks, mayListDraftFrameworks, mayOwnPlanItem, mayReadPlan, mayReportProgress, mayTakeRole, placementOf, roles, speaksForCity } from "./permissions";

const actor = (overrides: Partial<Actor>): Actor => ({
  id: "u1",
  role: "viewer",
  active: true,
  cityId: null,
  coversAllCities: false,
  assignedCityIds: [],
  ...overrides,
});

describe("city scope", () => {
  it("gives an official exactly their own city", () => {
    const official = actor({ role: "official", cityId: "hanoi" });
    expect(cityScope(official)).toEqual({ all: false, cityIds: ["hanoi"] });
    expect(mayReadCity(official, "hanoi")).toBe(true);
    expect(mayReadCity(official, "hcmc")).toBe(false);
  });

  it("gives an official without a city nothing", () => {
    expect(cityScope(actor({ role: "official" }))).toEqual({ all: false, cityIds: [] });
  });

  it("gives coordinators and viewers their assignments, or every city", () => {
    const coordinator = actor({ role: "coordinator", assignedCityIds: ["vinh", "sa-dec"] });
    expect(mayReadCity(coordinator, "vinh")).toBe(true);
    expect(mayReadCity(coordinator, "hanoi")).toBe(false);
    expect(cityScope(actor({ role: "viewer", coversAllCities: true }))).toEqual({ all: true });
  });

  it("ignores assignments left on an official", () => {
    const official = actor({ role: "official", cityId: "vinh", assignedCityIds: ["hanoi"] });
    expect(mayReadCity(official, "hanoi")).toBe(false);
  });

  it("gives a deactivated user nothing, whatever the role", () => {
    for (const role of ["administrator", "coordinator", "official", "viewer"] as const) {
      const inactive = actor({ role, active: false, cityId: "vinh", coversAllCities: true });
      expect(cityScope(inactive)).toEqual({ all: false, cityIds: [] });
      expect(mayEditCity(inactive, "vinh")).toBe(false);
      expect(mayManageUsers(inactive)).toBe(false);
    }
  });
});

describe("acts", () => {
  it("lets only the city's own officials and administrators edit a city", () => {
    expect(mayEditCity(actor({ role: "official", cityId: "vinh" }), "vinh")).toBe(true);
    expect(mayEditCity(actor({ role: "official", cityId: "vinh" }), "hanoi")).toBe(false);
    expect(mayEditCity(actor({ role: "coordinator", coversAllCities: true }), "vinh")).toBe(false);
    expect(mayEditCity(actor({ role: "viewer", coversAllCities: true }), "vinh")).toBe(false);
    expect(mayEditCity(actor({ role: "administrator" }), "vinh")).toBe(true);
  });

  it("lets only administrators manage users", () => {
    expect(mayManageUsers(actor({ role: "administrator" }))).toBe(true);
    for (const role of ["coordinator", "official", "viewer"] as const) expect(mayManageUsers(actor({ role }))).toBe(false);
  });

  it("shows published frameworks to everyone and drafts to administrators only", () => {
    expect(mayReadFramework(actor({ role: "official", cityId: "vinh" }), "published")).toBe(true);
    expect(mayReadFramework(actor({ role: "viewer" }), "retired")).toBe(true);
    expect(mayReadFramework(actor({ role: "coordinator", coversAllCities: true }), "draft")).toBe(false);
    expect(mayReadFramework(actor({ role: "administrator" }), "draft")).toBe(true);
    expect(mayReadFramework(actor({ role: "administrator", active: false }), "published")).toBe(false);
  });

  it("lets a city's officials and administrators change answers only while the assessment is open", () => {
    const official = actor({ role: "official", cityId: "vinh" });
    expect(mayCreateAssessment(official, "vinh")).toBe(true);
    expect(mayCreateAssessment(official, "hanoi")).toBe(false);
    expect(mayCreateAssessment(actor({ role: "coordinator", coversAllCities: true }), "vinh")).toBe(false);
    expect(mayEditAssessment(official, { cityId: "vinh", status: "draft" })).toBe(true);
    expect(mayEditAssessment(official, { cityId: "vinh", status: "returned" })).toBe(true);
    expect(mayEditAssessment(official, { cityId: "vinh", status: "submitted" })).toBe(false);
    expect(mayEditAssessment(official, { cityId: "vinh", status: "approved" })).toBe(false);
    expect(mayEditAssessment(official, { cityId: "hanoi", status: "draft" })).toBe(false);
    expect(mayEditAssessment(official, { cityId: "vinh", status: "draft", fromPublications: true })).toBe(false);
    expect(mayEditAssessment(actor({ role: "viewer", coversAllCities: true }), { cityId: "vinh", status: "draft" })).toBe(false);
    expect(mayReadAssessment(actor({ role: "coordinator", assignedCityIds: ["vinh"] }), { cityId: "vinh" })).toBe(true);
    expect(mayReadAssessment(official, { cityId: "hanoi" })).toBe(false);
  });

  it("lets coordinators review only the cities they cover, and never officials or viewers", () => {
    expect(mayReviewCity(actor({ role: "coordinator", assignedCityIds: ["vinh"] }), "vinh")).toBe(true);
    expect(mayReviewCity(actor({ role: "coordinator", assignedCityIds: ["vinh"] }), "hanoi")).toBe(false);
    expect(mayReviewCity(actor({ role: "official", cityId: "vinh" }), "vinh")).toBe(false);
    expect(mayReviewCity(actor({ role: "viewer", coversAllCities: true }), "vinh")).toBe(false);
  });
});

describe("review queue", () => {
  it("opens for administrators and coordinators, even one with no cities yet, and for nobody deactivated", () => {
    expect(mayOpenReviewQueue(actor({ role: "administrator" }))).toBe(true);
    expect(mayOpenReviewQueue(actor({ role: "coordinator", assignedCityIds: [] }))).toBe(true);
    expect(mayOpenReviewQueue(actor({ role: "official", cityId: "vinh" }))).toBe(false);
    expect(mayOpenReviewQueue(actor({ role: "viewer", coversAllCities: true }))).toBe(false);
    expect(mayOpenReviewQueue(actor({ role: "coordinator", active: false }))).toBe(false);
  });

  it("gives the database the cities mayReviewCity allows, for every kind of actor", () => {
    const cities = ["vinh", "son-la", "sa-dec"];
    const actors = [
      actor({ role: "administrator" }),
      actor({ role: "coordinator", assignedCityIds: ["vinh", "sa-dec"] }),
      actor({ role: "coordinator", coversAllCities: true }),
      actor({ role: "coordinator", coversAllCities: true, active: false }),
      actor({ role: "official", cityId: "vinh" }),
      actor({ role: "viewer", coversAllCities: true }),
    ];
    for (const a of actors) {
      const scope = reviewScope(a);
      for (const city of cities) expect(scope.all || scope.cityIds.includes(city), `${a.role} ${city}`).toBe(mayReviewCity(a, city));
    }
  });
});

describe("reporting cycles", () => {
  it("lets administrators and coordinators manage cycles, and extend only for cities they review", () => {
    const coordinator = actor({ role: "coordinator", assignedCityIds: ["vinh"] });
    expect(mayManageCycles(actor({ role: "administrator" }))).toBe(true);
    expect(mayManageCycles(coordinator)).toBe(true);
    expect(mayManageCycles(actor({ role: "official", cityId: "vinh" }))).toBe(false);
    expect(mayManageCycles(actor({ role: "viewer", coversAllCities: true }))).toBe(false);
    expect(mayManageCycles(actor({ role: "administrator", active: false }))).toBe(false);
    expect(mayManageCycles(coordinator) && mayReviewCity(coordinator, "vinh")).toBe(true);
    expect(mayManageCycles(coordinator) && mayReviewCity(coordinator, "hanoi")).toBe(false);
  });
});

describe("reference data and city profiles", () => {
  const hanoi = { id: "hanoi", isReference: true };
  const demo = { id: "demo", isReference: false };

  it("lets only active administrators manage reference data", () => {
    expect(mayManageReferenceData(actor({ role: "administrator" }))).toBe(true);
    expect(mayManageReferenceData(actor({ role: "administrator", active: false }))).toBe(false);
    for (const role of ["coordinator", "official", "viewer"] as const) expect(mayManageReferenceData(actor({ role, coversAllCities: true }))).toBe(false);
  });

  it("opens a reference city's profile to everyone, but keeps other cities within scope", () => {
    const official = actor({ role: "official", cityId: "vinh" });
    expect(mayReadCityProfile(official, hanoi)).toBe(true);
    expect(mayReadCityProfile(official, demo)).toBe(false);
    expect(mayReadCityProfile(official, { id: "vinh", isReference: false })).toBe(true);
    expect(mayReadCityProfile(actor({ role: "coordinator", assignedCityIds: ["vinh"] }), demo)).toBe(false);
    expect(mayReadCityProfile(actor({ role: "official", active: false }), hanoi)).toBe(false);
  });

  it("shows readiness beyond the reader's scope only once approved", () => {
    const official = actor({ role: "official", cityId: "vinh" });
    expect(mayReadProfileReadiness(official, hanoi, { status: "approved" })).toBe(true);
    for (const status of ["draft", "submitted", "returned", "resubmitted"]) expect(mayReadProfileReadiness(official, hanoi, { status })).toBe(false);
    expect(mayReadProfileReadiness(official, { id: "vinh", isReference: true }, { status: "draft" })).toBe(true);
    expect(mayReadProfileReadiness(official, demo, { status: "approved" })).toBe(false);
  });
});

describe("comparison", () => {
  const official = actor({ role: "official", cityId: "demo" });

  it("shows the compared city's own figures at every status to those who may read it", () => {
    for (const status of ["draft", "submitted", "returned", "resubmitted", "approved"]) {
      expect(mayShowInComparison(official, { cityId: "demo", status }, "demo")).toBe(true);
    }
    expect(mayShowInComparison(actor({ role: "coordinator", assignedCityIds: ["vinh"] }), { cityId: "demo", status: "draft" }, "demo")).toBe(false);
  });

  it("shows another city's figures, in scope or not, only once approved", () => {
    expect(mayShowInComparison(official, { cityId: "hanoi", status: "approved" }, "demo")).toBe(true);
    const coordinator = actor({ role: "coordinator", assignedCityIds: ["demo", "hanoi"] });
    for (const status of ["draft", "submitted", "returned", "resubmitted"]) {
      expect(mayShowInComparison(official, { cityId: "hanoi", status }, "demo")).toBe(false);
      expect(mayShowInComparison(coordinator, { cityId: "hanoi", status }, "demo")).toBe(false);
    }
  });

  it("shows nothing to a deactivated user", () => {
    expect(mayShowInComparison(actor({ role: "official", cityId: "demo", active: false }), { cityId: "demo", status: "draft" }, "demo")).toBe(false);
    expect(mayShowInComparison(actor({ role: "administrator", active: false }), { cityId: "hanoi", status: "approved" }, "demo")).toBe(false);
  });
});

describe("action plans", () => {
  const demoPlan = { cityId: "demo", cityIsReference: false };
  const hcmcPlan = { cityId: "hcmc", cityIsReference: true };

  it("lets the city's officials and administrators edit its plans, nobody else", () => {
    expect(mayEditPlan(actor({ role: "official", cityId: "demo" }), demoPlan)).toBe(true);
    expect(mayEditPlan(actor({ role: "official", cityId: "vinh" }), demoPlan)).toBe(false);
    expect(mayEditPlan(actor({ role: "coordinator", coversAllCities: true }), demoPlan)).toBe(false);
    expect(mayEditPlan(actor({ role: "viewer", coversAllCities: true }), demoPlan)).toBe(false);
    expect(mayEditPlan(actor({ role: "administrator" }), demoPlan)).toBe(true);
    expect(mayEditPlan(actor({ role: "official", cityId: "demo", active: false }), demoPlan)).toBe(false);
    expect(mayEditPlan(actor({ role: "administrator", active: false }), demoPlan)).toBe(false);
  });

  it("leaves a reference city's plan to administrators", () => {
    expect(mayEditPlan(actor({ role: "official", cityId: "hcmc" }), hcmcPlan)).toBe(false);
    expect(mayEditPlan(actor({ role: "administrator" }), hcmcPlan)).toBe(true);
  });

  it("lets coordinators read, but not edit, the plans of the cities they cover", () => {
    const coordinator = actor({ role: "coordinator", assignedCityIds: ["demo"] });
    expect(mayReadPlan(coordinator, demoPlan)).toBe(true);
    expect(mayReadPlan(coordinator, hcmcPlan)).toBe(false);
    expect(mayEditPlan(coordinator, demoPlan)).toBe(false);
    expect(mayReadPlan(actor({ role: "official", cityId: "vinh" }), demoPlan)).toBe(false);
  });

  it("lets an item's owner report progress on it while they may read the plan", () => {
    const owner = actor({ id: "owner", role: "coordinator", assignedCityIds: ["demo"] });
    expect(mayReportProgress(owner, demoPlan, { ownerId: "owner" })).toBe(true);
    expect(mayReportProgress(owner, demoPlan, { ownerId: "someone" })).toBe(false);
    expect(mayReportProgress(owner, demoPlan, { ownerId: null })).toBe(false);
    expect(mayReportProgress({ ...owner, assignedCityIds: [] }, demoPlan, { ownerId: "owner" })).toBe(false);
    expect(mayReportProgress({ ...owner, active: false }, demoPlan, { ownerId: "owner" })).toBe(false);
    expect(mayReportProgress(actor({ role: "official", cityId: "demo" }), demoPlan, { ownerId: null })).toBe(true);
  });

  it("never lets a read-only viewer own an item or report on it, even one a record names as its owner", () => {
    const viewer = actor({ id: "viewer", role: "viewer", coversAllCities: true });
    expect(mayReadPlan(viewer, demoPlan)).toBe(true);
    expect(mayOwnPlanItem(viewer, demoPlan)).toBe(false);
    expect(mayReportProgress(viewer, demoPlan, { ownerId: "viewer" })).toBe(false);
    expect(mayOwnPlanItem(actor({ role: "coordinator", assignedCityIds: ["demo"] }), demoPlan)).toBe(true);
    expect(mayOwnPlanItem(actor({ role: "official", cityId: "vinh" }), demoPlan)).toBe(false);
  });

  it("lets readers other than viewers comment", () => {
    expect(mayCommentOnPlan(actor({ role: "coordinator", assignedCityIds: ["demo"] }), demoPlan)).toBe(true);
    expect(mayCommentOnPlan(actor({ role: "official", cityId: "demo" }), demoPlan)).toBe(true);
    expect(mayCommentOnPlan(actor({ role: "viewer", coversAllCities: true }), demoPlan)).toBe(false);
    expect(mayCommentOnPlan(actor({ role: "official", cityId: "vinh" }), demoPlan)).toBe(false);
  });
});

describe("what each role means", () => {
  it("places an official in one city, coordinators and viewers in chosen cities, administrators everywhere", () => {
    expect(roles.map((role) => [role, placementOf(role), speaksForCity(role)])).toEqual([
      ["administrator", "everyCity", false],
      ["coordinator", "chosenCities", false],
      ["official", "oneCity", true],
      ["viewer", "chosenCities", false],
    ]);
  });

  it("lets an administrator take only a role that still manages users", () => {
    const admin = actor({ role: "administrator" });
    expect(roles.filter((role) => mayTakeRole(admin, role))).toEqual(["administrator"]);
  });

  it("lets everyone but officials choose the city a comparison is of", () => {
    expect(roles.filter((role) => mayChooseComparedCity(actor({ role })))).toEqual(["administrator", "coordinator", "viewer"]);
  });

  it("lists drafts among the frameworks for administrators only", () => {
    expect(roles.filter((role) => mayListDraftFrameworks(actor({ role })))).toEqual(["administrator"]);
    expect(mayListDraftFrameworks(actor({ role: "administrator", active: false }))).toBe(false);
  });

  it("gives everyone who works on plans a list of their tasks, and viewers none", () => {
    expect(roles.filter((role) => mayHaveTasks(actor({ role })))).toEqual(["administrator", "coordinator", "official"]);
  });
});
