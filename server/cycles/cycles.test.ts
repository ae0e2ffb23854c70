import { afterAll, describe, expect, it } from "vitest";
import { extendDueDateSchema, openCycleSchema, updateCycleDatesSchema } from "@/lib/validation/cycles";
import { auditTrail, makeCity, makeFramework, makeUser } from "@/tests/integration/fixtures";
import { countingDb } from "@/tests/integration/counting-db";
import { createAssessment } from "../assessments/create-assessment";
import { db } from "../db";
import { createDueReminders } from "./create-due-reminders";
import { extendDueDate } from "./extend-due-date";
import { byUrgency } from "@/lib/review/cycles";
import { listCycles } from "./list-cycles";
import { loadCycleStandings } from "./cycle-standings";
import { openCycle } from "./open-cycle";
import { updateCycleDates } from "./update-cycle-dates";

// Every cycle applies to every city, so cycles left behind would show up in other files' listings
// of the shared database; files run one after another, so this file's are those made since it began.
const startedAt = new Date();
afterAll(async () => {
  await db().reportingCycle.deleteMany({ where: { createdAt: { gte: startedAt } } });
});

const dates = { opensOn: "2025-01-01", dueOn: "2025-03-31" };
/** 10:00 in Vietnam on that calendar day. */
const at = (day: string) => new Date(`${day}T03:00:00Z`);

async function cycleFor(frameworkCode: string, year = 2025, cycleDates = dates) {
  const admin = await makeUser("administrator");
  const opened = await openCycle(db(), admin, openCycleSchema.parse({ frameworkCode, year, ...cycleDates }));
  if (!opened.ok) throw new Error(opened.reason);
  return opened.value.id;
}

/** A city with an official and, unless `status` is null, its 2025 assessment of the framework in that status. */
async function takingPart(frameworkId: string, status: string | null) {
  const city = await makeCity();
  const official = await makeUser("official", { cityId: city.id });
  if (status === null) return { city, official, assessmentId: null };
  const created = await createAssessment(db(), official, { cityId: city.id, frameworkId, year: 2025 });
  if (!created.ok) throw new Error(created.reason);
  await db().assessment.update({ where: { id: created.value.id }, data: { status } });
  return { city, official, assessmentId: created.value.id };
}

describe("opening a cycle", () => {
  it("lets an administrator or a coordinator open one per framework and year, audited", async () => {
    const framework = await makeFramework();
    const coordinator = await makeUser("coordinator", { assignedCityIds: [(await makeCity()).id] });
    const input = openCycleSchema.parse({ frameworkCode: framework.code, year: 2026, ...dates });
    const opened = await openCycle(db(), coordinator, input);
    expect(opened.ok).toBe(true);
    const id = opened.ok ? opened.value.id : "";
    expect(await db().reportingCycle.findUniqueOrThrow({ where: { id } })).toMatchObject({ frameworkCode: framework.code, year: 2026, ...dates, createdById: coordinator.id });
    const [event] = await auditTrail(id);
    expect(event).toMatchObject({ action: "cycle.open", actorId: coordinator.id });

    expect(await openCycle(db(), await makeUser("administrator"), input)).toEqual({ ok: false, reason: "invalid", fieldErrors: { year: "cycles.errors.cycleExists" } });
    expect((await openCycle(db(), coordinator, { ...input, year: 2027 })).ok).toBe(true);
  });

  it("gives one of two simultaneous openings the cycle and the other a translated refusal", async () => {
    const framework = await makeFramework();
    const admin = await makeUser("administrator");
    const input = openCycleSchema.parse({ frameworkCode: framework.code, year: 2026, ...dates });
    const results = await Promise.all([openCycle(db(), admin, input), openCycle(db(), admin, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "invalid", fieldErrors: { year: "cycles.errors.cycleExists" } });
  });

  it("refuses officials and viewers, and frameworks with no published version", async () => {
    const framework = await makeFramework();
    const city = await makeCity();
    const input = openCycleSchema.parse({ frameworkCode: framework.code, year: 2026, ...dates });
    expect(await openCycle(db(), await makeUser("official", { cityId: city.id }), input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await openCycle(db(), await makeUser("viewer", { coversAllCities: true }), input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await openCycle(db(), await makeUser("administrator"), { ...input, frameworkCode: "no-such-framework" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { frameworkCode: "cycles.errors.frameworkNotPublished" },
    });
    expect(await db().reportingCycle.count({ where: { frameworkCode: framework.code } })).toBe(0);
  });
});

describe("changing a cycle's dates", () => {
  it("moves them with before and after in the audit, and refuses officials", async () => {
    const cycleId = await cycleFor((await makeFramework()).code);
    const coordinator = await makeUser("coordinator", { coversAllCities: true });
    const input = updateCycleDatesSchema.parse({ cycleId, opensOn: "2025-02-01", dueOn: "2025-04-30" });
    expect(await updateCycleDates(db(), coordinator, input)).toEqual({ ok: true, value: undefined });
    expect(await db().reportingCycle.findUniqueOrThrow({ where: { id: cycleId } })).toMatchObject({ opensOn: "2025-02-01", dueOn: "2025-04-30" });
    const event = (await auditTrail(cycleId)).find((e) => e.action === "cycle.updateDates")!;
    expect(JSON.parse(event.before!)).toEqual(dates);
    expect(JSON.parse(event.after!)).toEqual({ opensOn: "2025-02-01", dueOn: "2025-04-30" });

    const city = await makeCity();
    expect(await updateCycleDates(db(), await makeUser("official", { cityId: city.id }), input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await updateCycleDates(db(), coordinator, { ...input, cycleId: "no-such-cycle" })).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("extending a city's due date", () => {
  it("lets a coordinator extend for a city they cover, and change it later, each audited", async () => {
    const cycleId = await cycleFor((await makeFramework()).code);
    const city = await makeCity();
    const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
    const extend = (dueOn: string, reason: string) => extendDueDate(db(), coordinator, extendDueDateSchema.parse({ cycleId, cityId: city.id, dueOn, reason }));

    const first = await extend("2025-04-15", "Bão lũ kéo dài");
    expect(first.ok).toBe(true);
    const second = await extend("2025-04-30", "Chờ số liệu thống kê");
    expect(second).toEqual(first);
    expect(await db().cycleExtension.findMany({ where: { cycleId } })).toMatchObject([{ cityId: city.id, dueOn: "2025-04-30", reason: "Chờ số liệu thống kê", grantedById: coordinator.id }]);

    const events = await auditTrail(first.ok ? first.value.id : "");
    expect(events.map((e) => e.action)).toEqual(["cycle.extend", "cycle.extend"]);
    expect(events[0].before).toBeNull();
    expect(JSON.parse(events[1].before!)).toEqual({ dueOn: "2025-04-15", reason: "Bão lũ kéo dài" });
  });

  it("refuses a city outside the coordinator's scope, an official, a reference city and a date not after the cycle's", async () => {
    const cycleId = await cycleFor((await makeFramework()).code);
    const [covered, elsewhere] = [await makeCity(), await makeCity()];
    const coordinator = await makeUser("coordinator", { assignedCityIds: [covered.id] });
    const input = (cityId: string, dueOn = "2025-04-15") => extendDueDateSchema.parse({ cycleId, cityId, dueOn, reason: "Lý do" });

    expect(await extendDueDate(db(), coordinator, input(elsewhere.id))).toEqual({ ok: false, reason: "notFound" });
    expect(await extendDueDate(db(), await makeUser("official", { cityId: covered.id }), input(covered.id))).toEqual({ ok: false, reason: "forbidden" });
    expect(await extendDueDate(db(), coordinator, input(covered.id, dates.dueOn))).toEqual({ ok: false, reason: "invalid", fieldErrors: { dueOn: "cycles.errors.extensionNotLater" } });
    const reference = await makeCity();
    await db().city.update({ where: { id: reference.id }, data: { isReference: true } });
    expect(await extendDueDate(db(), await makeUser("administrator"), input(reference.id))).toEqual({ ok: false, reason: "notFound" });
    expect(await extendDueDate(db(), coordinator, { ...input(covered.id), cycleId: "no-such-cycle" })).toEqual({ ok: false, reason: "notFound" });
    expect(await db().cycleExtension.count({ where: { cycleId } })).toBe(0);
  });
});

describe("listing cycles", () => {
  it("shows each city in scope with its due date, status and state, the latest first", async () => {
    const framework = await makeFramework();
    const cycleId = await cycleFor(framework.code);
    const returned = await takingPart(framework.id, "returned");
    const submitted = await takingPart(framework.id, "submitted");
    const approved = await takingPart(framework.id, "approved");
    const notStarted = await takingPart(framework.id, null);
    const extended = await takingPart(framework.id, "draft");
    const reference = await makeCity();
    await db().city.update({ where: { id: reference.id }, data: { isReference: true } });
    const scope = [returned, submitted, approved, notStarted, extended].map((c) => c.city.id);
    const coordinator = await makeUser("coordinator", { assignedCityIds: [...scope, reference.id] });
    await extendDueDate(db(), coordinator, extendDueDateSchema.parse({ cycleId, cityId: extended.city.id, dueOn: "2025-04-08", reason: "Đổi lãnh đạo" }));

    const cycle = (await listCycles(db(), coordinator, at("2025-04-05"), { cycle: cycleId })).find((c) => c.id === cycleId)!;
    expect(cycle).toMatchObject({ frameworkCode: framework.code, year: 2025, ...dates, framework: { titleVi: "Bộ thử", titleEn: "Test set" }, opened: true });
    const rows = Object.fromEntries(cycle.cities.map((r) => [r.city.id, r]));
    expect(Object.keys(rows).sort()).toEqual([...scope].sort());
    // A returned checklist waits for the city, so it is late; a submitted one waits for the reviewer.
    expect(rows[returned.city.id]).toMatchObject({ state: "overdue", daysToDue: -5, dueOn: dates.dueOn, extended: false, assessment: { id: returned.assessmentId, status: "returned" } });
    expect(rows[returned.city.id].lastActivityAt).toEqual(rows[returned.city.id].assessment!.updatedAt);
    expect(rows[submitted.city.id]).toMatchObject({ state: "submitted", daysToDue: -5 });
    expect(rows[approved.city.id]).toMatchObject({ state: "approved" });
    expect(rows[notStarted.city.id]).toMatchObject({ state: "overdue", assessment: null, lastActivityAt: null });
    expect(rows[extended.city.id]).toMatchObject({ state: "dueSoon", daysToDue: 3, dueOn: "2025-04-08", extended: true, extension: { dueOn: "2025-04-08", reason: "Đổi lãnh đạo" } });
    expect(cycle.cities.slice(0, 2).map((r) => r.state)).toEqual(["overdue", "overdue"]);
    expect(cycle.cities.map((r) => r.state).slice(2)).toEqual(["dueSoon", "submitted", "approved"]);
    // The counts come from grouped counts, and say what the rows say.
    expect(cycle).toMatchObject({ listed: true, cityCount: 5, counts: { overdue: 2, dueSoon: 1, submitted: 1, approved: 1, open: 0, notOpen: 0 } });

    // Another coordinator sees only the cities they cover; an official, their own.
    const narrow = await makeUser("coordinator", { assignedCityIds: [submitted.city.id] });
    const narrowed = (await listCycles(db(), narrow, at("2025-04-05"), { cycle: cycleId })).find((c) => c.id === cycleId)!;
    expect(narrowed.cities.map((r) => r.city.id)).toEqual([submitted.city.id]);
    expect(narrowed).toMatchObject({ cityCount: 1, counts: { submitted: 1, overdue: 0, dueSoon: 0 } });
    expect((await listCycles(db(), returned.official, at("2025-04-05"), { cycle: cycleId })).find((c) => c.id === cycleId)!.cities.map((r) => r.city.id)).toEqual([returned.city.id]);
    // Without a choice, the newest opened cycle's cities are the ones listed; the others come with counts only.
    const listing = await listCycles(db(), coordinator, at("2025-04-05"));
    expect(listing.filter((c) => c.listed)).toHaveLength(1);
    expect(listing.find((c) => c.listed)).toBe(listing.find((c) => c.opened));
    expect(listing.filter((c) => !c.listed).every((c) => c.cities.length === 0)).toBe(true);
  });

  it("pages a cycle's cities in the database in the order of urgency the rules give them", async () => {
    const framework = await makeFramework();
    const cycleId = await cycleFor(framework.code);
    const statuses = ["draft", null, "returned", "submitted", "approved", "resubmitted", null, "draft", "approved", null, "returned"];
    const cities = [];
    for (const status of statuses) cities.push(await takingPart(framework.id, status));
    const coordinator = await makeUser("coordinator", { assignedCityIds: cities.map((c) => c.city.id) });
    // Extensions put some cities in other states: due soon, still open, and one overtaken by the cycle's own date.
    for (const [index, dueOn] of [[0, "2025-04-08"], [1, "2025-04-20"], [3, "2025-05-01"], [7, "2025-04-06"], [10, "2025-04-01"]] as const) {
      expect((await extendDueDate(db(), coordinator, extendDueDateSchema.parse({ cycleId, cityId: cities[index].city.id, dueOn, reason: "Lũ lụt" }))).ok).toBe(true);
    }
    await db().reportingCycle.update({ where: { id: cycleId }, data: { dueOn: "2025-04-02" } });
    const today = "2025-04-05";
    const [standing] = await loadCycleStandings(db(), today, { cities: { id: { in: cities.map((c) => c.city.id) } }, cycleIds: [cycleId] });
    const expected = standing.cities.sort((a, b) => byUrgency(a, b) || (a.city.sortKeyVi < b.city.sortKeyVi ? -1 : a.city.sortKeyVi > b.city.sortKeyVi ? 1 : a.city.id < b.city.id ? -1 : 1));
    expect(new Set(expected.map((r) => r.state))).toEqual(new Set(["overdue", "dueSoon", "open", "submitted", "approved"]));

    const paged = [];
    for (let page = 1; page <= 6; page++) {
      const cycle = (await listCycles(db(), coordinator, at(today), { cycle: cycleId, page, size: 2 })).find((c) => c.id === cycleId)!;
      expect(cycle.cityPage).toEqual({ page, pages: 6 });
      expect(cycle.cities.length).toBe(page < 6 ? 2 : 1);
      paged.push(...cycle.cities);
    }
    expect(paged).toEqual(expected.map((row) => ({ ...row, lastActivityAt: row.assessment?.updatedAt ?? null })));
    // A page past the last shows the last.
    const beyond = (await listCycles(db(), coordinator, at(today), { cycle: cycleId, page: 40, size: 2 })).find((c) => c.id === cycleId)!;
    expect(beyond.cityPage).toEqual({ page: 6, pages: 6 });
    expect(beyond.cities.map((r) => r.city.id)).toEqual([expected[10].city.id]);
  });

  it("runs the same number of queries for two cities as for eight", async () => {
    const framework = await makeFramework();
    const cycleId = await cycleFor(framework.code);
    const cities = [];
    for (const status of ["draft", "returned", "submitted", null, "approved", "draft", null, "submitted"]) cities.push((await takingPart(framework.id, status)).city.id);
    const queriesFor = async (cityIds: string[]) => {
      const { client, counter } = countingDb();
      const listed = await listCycles(client, await makeUser("coordinator", { assignedCityIds: cityIds }), at("2025-03-01"), { cycle: cycleId });
      expect(listed.find((c) => c.id === cycleId)!.cities).toHaveLength(cityIds.length);
      return counter.queries;
    };
    const [many, few] = [await queriesFor(cities), await queriesFor(cities.slice(0, 2))];
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

// The daily run covers every cycle in the database, and other tests' cycles fall due in 2025: these
// fall due in 2029, so a run only meets them (it skips cycles far from their due dates).
const reminderDates = { opensOn: "2029-01-01", dueOn: "2029-03-31" };

describe("due-date reminders", () => {
  it("reminds the city's active officials a week ahead, the day before and once late, each once", async () => {
    const framework = await makeFramework();
    const cycleId = await cycleFor(framework.code, 2025, reminderDates);
    const late = await takingPart(framework.id, "draft");
    const colleague = await makeUser("official", { cityId: late.city.id });
    const deactivated = await makeUser("official", { cityId: late.city.id, active: false });
    const done = await takingPart(framework.id, "submitted");
    const coordinator = await makeUser("coordinator", { assignedCityIds: [late.city.id] });
    const elsewhere = await makeUser("coordinator", { assignedCityIds: [done.city.id] });
    const received = async (userId: string) =>
      (await db().notification.findMany({ where: { userId, cycleId }, orderBy: { createdAt: "asc" } })).map((n) => [n.kind, n.dedupeKey?.split(":")[3]]);

    expect(await createDueReminders(db(), at("2029-03-23"))).toEqual({ created: 0 });
    expect((await createDueReminders(db(), at("2029-03-24"))).created).toBeGreaterThanOrEqual(2);
    expect(await createDueReminders(db(), at("2029-03-24"))).toEqual({ created: 0 });
    const [reminder] = await db().notification.findMany({ where: { userId: late.official.id, cycleId } });
    expect(reminder).toMatchObject({
      kind: "dueSoon",
      cityId: late.city.id,
      assessmentId: late.assessmentId,
      actorName: "",
      dedupeKey: `due:${cycleId}:${late.city.id}:dueIn7:${late.official.id}`,
      readAt: null,
      emailedAt: null,
    });

    // Later days of the same stage add nothing; the day before, and a run that missed the first late day, do.
    await createDueReminders(db(), at("2029-03-27"));
    await createDueReminders(db(), at("2029-03-30"));
    await createDueReminders(db(), at("2029-04-02"));
    await createDueReminders(db(), at("2029-04-03"));
    const expected = [
      ["dueSoon", "dueIn7"],
      ["dueSoon", "dueIn1"],
      ["overdue", "overdue"],
    ];
    expect(await received(late.official.id)).toEqual(expected);
    expect(await received(colleague.id)).toEqual(expected);
    expect(await received(deactivated.id)).toEqual([]);
    expect(await received(coordinator.id)).toEqual([["overdue", "overdue"]]);
    expect(await received(elsewhere.id)).toEqual([]);
    expect(await received(done.official.id)).toEqual([]);
  });

  it("sends each reminder once when two runs overlap", async () => {
    const framework = await makeFramework();
    const cycleId = await cycleFor(framework.code, 2025, reminderDates);
    const city = await takingPart(framework.id, "draft");
    const before = new Date();
    const runs = await Promise.all([createDueReminders(db(), at("2029-03-25")), createDueReminders(db(), at("2029-03-25"))]);
    // Due-date reminders only: other test files notify at the same time.
    expect(runs[0].created + runs[1].created).toBe(await db().notification.count({ where: { createdAt: { gte: before }, dedupeKey: { startsWith: "due:" } } }));
    expect(await db().notification.count({ where: { userId: city.official.id, cycleId } })).toBe(1);
  });

  it("follows a city's extension and sends nothing before the cycle opens", async () => {
    const framework = await makeFramework();
    const cycleId = await cycleFor(framework.code, 2025, reminderDates);
    const extended = await takingPart(framework.id, null);
    await extendDueDate(db(), await makeUser("administrator"), extendDueDateSchema.parse({ cycleId, cityId: extended.city.id, dueOn: "2029-04-30", reason: "Sáp nhập tỉnh" }));
    await createDueReminders(db(), at("2029-04-02"));
    expect(await db().notification.count({ where: { userId: extended.official.id, cycleId } })).toBe(0);
    await createDueReminders(db(), at("2029-04-29"));
    expect(await db().notification.findMany({ where: { userId: extended.official.id, cycleId } })).toMatchObject([{ kind: "dueSoon", assessmentId: null, dedupeKey: `due:${cycleId}:${extended.city.id}:dueIn1:${extended.official.id}` }]);

    const later = await cycleFor(framework.code, 2026, reminderDates);
    await db().reportingCycle.update({ where: { id: later }, data: { opensOn: "2029-12-01", dueOn: "2029-12-05" } });
    await createDueReminders(db(), at("2029-11-30"));
    expect(await db().notification.count({ where: { cycleId: later } })).toBe(0);
  });
});
