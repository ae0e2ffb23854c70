import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "@/lib/validation/zod";
import { parseFrameworkUpload } from "@/lib/frameworks/parse-framework-upload";
import type { Result } from "@/lib/result";
import type { SignedInUser } from "@/server/auth/load-actor";
import { loadActor } from "@/server/auth/load-actor";
import { db } from "@/server/db";
import { createPlan } from "@/server/action-plans/create-plan";
import { savePlanItem } from "@/server/action-plans/save-plan-item";
import { openCycle } from "@/server/cycles/open-cycle";
import { importFramework } from "@/server/frameworks/import-framework";
import { frameworkFileSchema } from "@/lib/frameworks/framework-file";
import { actionPlanSchema, savePlanItemSchema } from "@/lib/validation/action-plans";
import { hostileString, hostileValue, scriptPayloads, storableHostileText } from "@/tests/robustness/arbitraries";
import { isMessageKey } from "@/tests/robustness/messages";
import { rowCounts } from "@/tests/robustness/row-counts";
import { inputFor, repaired } from "@/tests/robustness/schema-arbitrary";
import { appSurface } from "@/tests/permissions/app-surface";
import { makeAssessment, makeUser, unique } from "./fixtures";

// Every server action of the app, found as the permission matrix finds them (every "use server"
// module), called as it is in production (the shared schema, then the domain act) with a
// signed-in user stubbed in. Hostile input must come back as a Result, never a thrown error (a
// 500); a refusal must leave every table as it was; and text that is accepted must be stored
// exactly as the schema passed it on.

const hooks = vi.hoisted(() => ({ actor: null as unknown, schema: null as unknown }));
vi.mock("@/server/auth/current-actor", () => ({ currentActor: async () => hooks.actor, requireActor: async () => hooks.actor }));
vi.mock("@/server/actions/run-action", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/actions/run-action")>();
  return {
    ...real,
    runAction: (schema: z.ZodType, input: unknown, act: never) => {
      hooks.schema = schema;
      return real.runAction(schema, input, act);
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined }) }));

type Action = (input: unknown) => Promise<Result<unknown> | void>;

const root = path.resolve(import.meta.dirname, "../..");
const serverModules = [...new Set(appSurface(root).actions.map((a) => a.file))];
const actions: { name: string; action: Action }[] = [];
for (const file of serverModules) {
  const exports: Record<string, unknown> = await import(path.join(root, file));
  for (const [name, value] of Object.entries(exports)) if (typeof value === "function") actions.push({ name: `${file}:${name}`, action: value as Action });
}
const byName = (name: string) => actions.find((a) => a.name.endsWith(`:${name}`))!.action;

const reasons = ["forbidden", "notFound", "invalid", "conflict"];

function expectTidyRefusal(result: Result<unknown>) {
  if (result.ok) return;
  expect(reasons).toContain(result.reason);
  for (const [field, key] of Object.entries(result.fieldErrors ?? {})) expect(isMessageKey(key), `${field}: "${key}" is a message key`).toBe(true);
}

let world: Awaited<ReturnType<typeof buildWorld>>;

/** A city with its official, a coordinator and an administrator; an assessment, a plan with a task, a draft framework, a cycle. */
async function buildWorld() {
  const setup = await makeAssessment();
  const { city, official, framework } = setup;
  const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
  const admin = await makeUser("administrator");
  const victim = await makeUser("viewer", { coversAllCities: true });
  const plan = await createPlan(db(), official, actionPlanSchema.parse({ cityId: city.id, titleVi: "Kế hoạch", startYear: 2025, endYear: 2030 }));
  if (!plan.ok) throw new Error(plan.reason);
  const task = await savePlanItem(db(), official, savePlanItemSchema.parse({ planId: plan.value.id, kind: "task", code: "1", titleVi: "Nhiệm vụ" }));
  if (!task.ok) throw new Error(task.reason);
  const draft = await importFramework(db(), admin, frameworkFileSchema.parse(frameworkFile({ code: unique("draft"), titleVi: "Nháp", labelVi: "Chỉ tiêu" })), { publish: false });
  if (!draft.ok) throw new Error(draft.reason);
  const cycle = await openCycle(db(), admin, { frameworkCode: framework.code, year: 2027, opensOn: "2027-01-01", dueOn: "2027-06-30" });
  if (!cycle.ok) throw new Error(cycle.reason);
  const signedIn = async (user: { id: string }) => (await loadActor(db(), user.id))!;
  return {
    ...setup,
    official: await signedIn(official),
    coordinator: await signedIn(coordinator),
    admin: await signedIn(admin),
    victim,
    planId: plan.value.id,
    taskId: task.value.id,
    draftIndicatorId: (await db().indicator.findFirstOrThrow({ where: { frameworkId: draft.value.id } })).id,
    cycleId: cycle.value.id,
  };
}

function frameworkFile(fields: { code: string; titleVi: unknown; labelVi: unknown }) {
  return {
    code: fields.code,
    version: 1,
    titleVi: fields.titleVi,
    titleEn: "Robustness set",
    sourceTitle: "Test",
    verified: true,
    sections: [{ code: "A", titleVi: "Phần A", titleEn: "Part A", indicators: [{ code: "C1", labelVi: fields.labelVi, labelEn: "Count", type: "count" }] }],
  };
}

beforeAll(async () => {
  world = await buildWorld();
});

describe("every server action, on hostile input", () => {
  it("finds the app's server actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(30);
    expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining([expect.stringMatching(/:saveResponseAction$/), expect.stringMatching(/:createUserAction$/), expect.stringMatching(/:setLocale$/)]));
  });

  // Input shaped after the action's own schema (read from the call), so most of it passes the
  // schema and reaches the act, with made-up ids that the act must answer as not found.
  it.each(actions.map((a) => [a.name, a.action] as const))("%s answers with a Result and writes nothing when it refuses", async (_name, action) => {
    hooks.actor = world.admin;
    hooks.schema = null;
    await action(undefined);
    const schema = hooks.schema as z.ZodType | null;
    const input = schema ? fc.oneof(hostileValue, inputFor(schema), inputFor(schema).map((i) => repaired(schema, i))) : hostileValue;
    let before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(world.admin, world.official, world.coordinator), input, async (actor, value) => {
        hooks.actor = actor;
        const result = await action(value);
        if (result === undefined) return;
        expectTidyRefusal(result);
        if (result.ok) before = await rowCounts();
        else expect(await rowCounts()).toEqual(before);
      }),
      { numRuns: 15 },
    );
  });
});

// ─── Accepted text is stored as given ───────────────────────────────────────────────────────────

const text = fc.oneof({ weight: 3, arbitrary: storableHostileText }, { weight: 1, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constantFrom(...scriptPayloads) });
const textList = fc.array(text, { maxLength: 4 });
let counter = 0;
const next = () => ++counter;

type Row = Record<string, unknown>;
interface Writer {
  action: string;
  actor: () => SignedInUser;
  /** A valid input with the world's ids; the hostile fields are laid over it. */
  base: () => Promise<Row>;
  fields: Record<string, fc.Arbitrary<unknown>>;
  /** The input the action takes, when it is not the fields themselves (a file's text). */
  toInput?: (merged: Row) => Row;
  /** What was stored, read back after an accepted call. */
  stored: (value: never, input: Row) => Promise<Row>;
  /** What should have been stored: the schema's output for the fields, unless said otherwise. */
  expected?: (parsed: Row, input: Row) => Row;
}

const pick = (row: Row, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row[k]]));
const json = (text: string) => JSON.parse(text) as unknown;

const writers: Writer[] = [
  {
    action: "saveResponseAction",
    actor: () => world.official,
    base: async () => {
      const key = { assessmentId_indicatorId: { assessmentId: world.assessmentId, indicatorId: world.framework.count.id } };
      const current = await db().response.findUnique({ where: key });
      const blank = { numerator: null, denominator: null, value: 3, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };
      return { ...blank, assessmentId: world.assessmentId, indicatorId: world.framework.count.id, revision: current?.revision ?? 0 };
    },
    fields: { text, evidenceLinks: textList },
    stored: async (_value, input) => {
      const row = await db().response.findUniqueOrThrow({ where: { assessmentId_indicatorId: { assessmentId: world.assessmentId, indicatorId: input.indicatorId as string } } });
      return { text: row.text, evidenceLinks: json(row.evidenceLinks) };
    },
    expected: (parsed) => ({ text: parsed.text, evidenceLinks: (parsed.evidenceLinks as string[]).filter((l) => l.length > 0) }),
  },
  {
    action: "postCommentAction",
    actor: () => world.official,
    base: async () => ({ assessmentId: world.assessmentId, indicatorId: world.framework.rate.id, body: "Ý kiến" }),
    fields: { body: text },
    stored: async () => pick(await db().indicatorComment.findFirstOrThrow({ where: { authorId: world.official.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }), ["body"]),
  },
  {
    action: "createPlanAction",
    actor: () => world.official,
    base: async () => ({ cityId: world.city.id, titleVi: "Kế hoạch", startYear: 2025, endYear: 2030 }),
    fields: { titleVi: text, titleEn: text, descriptionVi: text, legalBasisNumber: text, sourceTitle: text },
    stored: async (value: { id: string }) => db().actionPlan.findUniqueOrThrow({ where: { id: value.id } }),
  },
  {
    action: "savePlanItemAction",
    actor: () => world.official,
    base: async () => ({ planId: world.planId, kind: "task", code: `2.${next()}`, titleVi: "Nhiệm vụ" }),
    fields: { titleVi: text, titleEn: text, descriptionVi: text, leadAgency: text, supportingAgencies: fc.oneof(text, textList) },
    stored: async (value: { id: string }) => {
      const row = await db().planItem.findUniqueOrThrow({ where: { id: value.id } });
      return { ...row, supportingAgencies: json(row.supportingAgencies) };
    },
  },
  {
    action: "postPlanUpdateAction",
    actor: () => world.official,
    base: async () => {
      const task = await db().planItem.findUniqueOrThrow({ where: { id: world.taskId } });
      return { itemId: task.id, revision: task.revision, status: task.status, progress: task.progress, note: "Ghi chú", evidenceLinks: [] };
    },
    fields: { note: text },
    stored: async (value: { updateId: string }) => db().planUpdate.findUniqueOrThrow({ where: { id: value.updateId } }),
  },
  {
    action: "postPlanCommentAction",
    actor: () => world.coordinator,
    base: async () => ({ itemId: world.taskId, body: "Góp ý" }),
    fields: { body: text },
    stored: async (value: { id: string }) => db().planComment.findUniqueOrThrow({ where: { id: value.id } }),
  },
  {
    action: "saveMilestoneAction",
    actor: () => world.official,
    base: async () => ({ planId: world.planId, titleVi: "Mốc", dueOn: "2026-06-30" }),
    fields: { titleVi: text, titleEn: text },
    stored: async (value: { id: string }) => db().planMilestone.findUniqueOrThrow({ where: { id: value.id } }),
  },
  {
    action: "createUserAction",
    actor: () => world.admin,
    base: async () => ({ email: `${unique("robust")}@test.example`, password: "correct-horse-battery", name: "Người dùng", role: "viewer", coversAllCities: false, assignedCityIds: [], locale: "vi" }),
    fields: { name: text },
    stored: async (value: { id: string }) => db().user.findUniqueOrThrow({ where: { id: value.id } }),
  },
  {
    action: "updateUserAction",
    actor: () => world.admin,
    base: async () => ({ userId: world.victim.id, name: "Người xem", role: "viewer", cityId: null, coversAllCities: true, assignedCityIds: [], locale: "en" }),
    fields: { name: text },
    stored: async (_value, input) => db().user.findUniqueOrThrow({ where: { id: input.userId as string } }),
  },
  {
    action: "upsertReferenceValueAction",
    actor: () => world.admin,
    base: async () => ({ id: null, cityId: world.city.id, frameworkCode: world.framework.code, indicatorCode: "LF", year: 1990 + (next() % 110), value: 0.5, count: null, sourceTitle: "Nguồn", sourceUrl: "", noteVi: "", noteEn: "" }),
    fields: { sourceTitle: text, noteVi: text, noteEn: text },
    stored: async (value: { id: string }) => db().referenceValue.findUniqueOrThrow({ where: { id: value.id } }),
  },
  {
    action: "addNetworkStatAction",
    actor: () => world.admin,
    base: async () => {
      const day = new Date(Date.UTC(2090, 0, 1) + next() * 86_400_000).toISOString().slice(0, 10);
      return { asOf: day, newMembers: null, newMemberCountries: null, totalMembers: 10, countries: 5, citizensReached: null, sourceTitle: "Nguồn", sourceUrl: "", noteVi: "", noteEn: "" };
    },
    fields: { sourceTitle: text, noteVi: text, noteEn: text },
    stored: async (value: { id: string }) => db().networkStat.findUniqueOrThrow({ where: { id: value.id } }),
  },
  {
    action: "extendDueDateAction",
    actor: () => world.admin,
    base: async () => ({ cycleId: world.cycleId, cityId: world.city.id, dueOn: "2027-12-31", reason: "Lý do" }),
    fields: { reason: text },
    stored: async (value: { id: string }) => db().cycleExtension.findUniqueOrThrow({ where: { id: value.id } }),
  },
  {
    action: "updateDraftIndicatorAction",
    actor: () => world.admin,
    base: async () => ({ indicatorId: world.draftIndicatorId, type: "count", labelVi: "Chỉ tiêu", labelEn: "Indicator", helpVi: "", helpEn: "", verified: false, verificationNoteVi: "", verificationNoteEn: "", targets: [] }),
    fields: { labelVi: text, labelEn: text, helpVi: text, verificationNoteVi: text },
    stored: async (_value, input) => db().indicator.findUniqueOrThrow({ where: { id: input.indicatorId as string } }),
  },
  {
    action: "importFrameworkAction",
    actor: () => world.admin,
    base: async () => ({ code: unique("fw"), titleVi: "Bộ chỉ số", labelVi: "Chỉ tiêu" }),
    fields: { titleVi: text, labelVi: text },
    toInput: (merged) => ({ text: JSON.stringify(frameworkFile(merged as never)) }),
    stored: async (value: { id: string }) => {
      const framework = await db().framework.findUniqueOrThrow({ where: { id: value.id } });
      const indicator = await db().indicator.findFirstOrThrow({ where: { frameworkId: value.id } });
      return { titleVi: framework.titleVi, labelVi: indicator.labelVi };
    },
    expected: (parsed) => {
      const upload = parseFrameworkUpload(parsed.text as string);
      if (!upload.ok) throw new Error("accepted a file its own parser refuses");
      return { titleVi: upload.file.titleVi, labelVi: upload.file.sections[0].indicators[0].labelVi };
    },
  },
];

describe("accepted text from a hostile user", () => {
  it("covers a writer per server action it names", () => {
    for (const writer of writers) expect(actions.some((a) => a.name.endsWith(`:${writer.action}`)), writer.action).toBe(true);
  });

  it.each(writers.map((w) => [w.action, w] as const))("%s stores it verbatim, or refuses it and writes nothing", async (_name, writer) => {
    const action = byName(writer.action);
    const fieldNames = Object.keys(writer.fields);
    const call = async (hostile: Row) => {
      hooks.actor = writer.actor();
      const merged = { ...(await writer.base()), ...hostile };
      const input = writer.toInput ? writer.toInput(merged) : merged;
      const before = await rowCounts();
      const result = (await action(input)) as Result<unknown>;
      expectTidyRefusal(result);
      return { input, result, before };
    };

    // The plain base input is accepted, so the hostile runs below are refused for what they carry.
    const plain = await call({});
    expect(plain.result, JSON.stringify(plain.result)).toMatchObject({ ok: true });

    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.record(writer.fields, { requiredKeys: [] }), async (hostile) => {
        const { input, result, before } = await call(hostile);
        if (!result.ok) {
          expect(await rowCounts()).toEqual(before);
          return;
        }
        accepted += 1;
        const parsed = (hooks.schema as z.ZodType).parse(input) as Row;
        const expected = writer.expected ? writer.expected(parsed, input) : pick(parsed, fieldNames.filter((f) => f in hostile));
        const stored = await writer.stored(result.value as never, input);
        expect(pick(stored, Object.keys(expected))).toEqual(expected);
      }),
      { numRuns: 25 },
    );
    expect(accepted, "some hostile text was accepted and checked").toBeGreaterThan(0);
  });
});
