import { isCalendarDate } from "../review/cycles";
import { itemKinds, itemStatuses, planStatuses } from "../action-plans/vocabulary";
import { notAnInternalNote } from "./source-title";
import { webUrl, z } from "./zod";

// Inputs of the action-plan acts. The same schemas check a form in the browser, the server
// action, and a row of the task spreadsheet, so they accept text as typed (numbers as text,
// blank boxes, agencies one per line) as well as the parsed values.

const id = z.string().check(z.minLength(1), z.maxLength(64));
/** The revision of a record the form last saw, as a form field sends it. */
const revisionNumber = z.coerce.number().check(z.int(), z.gte(0));
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const blankToNull = (v: unknown) => (isBlank(v) ? null : v);

/** Free text that may be left empty (null then). */
const optionalText = (max: number) => z.preprocess(blankToNull, z.nullable(z.string().check(z.trim(), z.maxLength(max))));
const requiredText = (max: number) => z.string({ error: "validation.required" }).check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(max));

/** A calendar day as `<input type="date">` or a spreadsheet cell writes it; empty means none. */
const optionalDate = z.preprocess(blankToNull, z.nullable(z.string().check(z.refine(isCalendarDate, { error: "actionPlans.errors.date" }))));
const requiredDate = z.string({ error: "validation.required" }).check(z.minLength(1, { error: "validation.required" }), z.refine(isCalendarDate, { error: "actionPlans.errors.date" }));

/** A number typed with a decimal comma ("0,8") or point ("0.8"); empty means none. */
const optionalDecimal = (inner: z.ZodNumber) =>
  z.preprocess((v) => {
    if (isBlank(v)) return null;
    if (typeof v !== "string") return v;
    const text = v.trim();
    return Number(text.includes(",") && !text.includes(".") ? text.replace(",", ".") : text);
  }, z.nullable(inner));

// The type's own error would also replace the messages of its min and max, so only a missing or
// unreadable number is named here.
const numberError = { error: (issue: { code: string; input?: unknown }) => (issue.code !== "invalid_type" ? undefined : isBlank(issue.input) ? "validation.required" : "validation.invalid") };

/** A number typed as text ("2030", " 50 "); blank is missing. */
const typedNumber = (v: unknown) => (isBlank(v) ? undefined : typeof v === "string" ? Number(v.trim()) : v);

const wholeNumber = (min: number, max: number) => z.number(numberError).check(z.int({ error: "validation.wholeNumber" }), z.gte(min), z.lte(max));
const year = z.preprocess(typedNumber, wholeNumber(2000, 2100));
const optionalYear = z.preprocess((v) => typedNumber(v) ?? null, z.nullable(wholeNumber(2000, 2100)));

/** 0–100, whole. */
export const progressSchema = z.preprocess(typedNumber, wholeNumber(0, 100));

/** "1", "1.2", "1.2.3": the outline number of a goal or task. */
export const itemCodePattern = /^\d{1,4}(\.\d{1,4}){0,7}$/;
const itemCode = z
  .string({ error: "validation.required" })
  .check(z.trim(), z.minLength(1, { error: "validation.required" }), z.regex(itemCodePattern, { error: "actionPlans.errors.code" }));

/** A list typed one entry per line (or separated by semicolons), or already a list. */
const textList = (max: number, each: z.ZodType<string>) =>
  z.preprocess(
    (v) => {
      if (isBlank(v)) return [];
      const list = Array.isArray(v) ? v : typeof v === "string" ? v.split(/[\n;]/) : v;
      return Array.isArray(list) ? list.map((s) => (typeof s === "string" ? s.trim() : s)).filter((s) => s !== "") : list;
    },
    z.array(each).check(z.maxLength(max)),
  );

// Checked even while other fields are still wrong, so that a form shows every problem at once.
const whenObject = (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null;
const bothDates = (a: unknown, b: unknown): [string, string] | null =>
  typeof a === "string" && typeof b === "string" && isCalendarDate(a) && isCalendarDate(b) ? [a, b] : null;

// ─── Plans ──────────────────────────────────────────────────────────────────────────────────────

export const actionPlanFields = {
  titleVi: requiredText(300),
  titleEn: optionalText(300),
  descriptionVi: optionalText(8_000),
  descriptionEn: optionalText(8_000),
  startYear: year,
  endYear: year,
  legalBasisNumber: optionalText(120),
  legalBasisDate: optionalDate,
  legalBasisUrl: z.preprocess(blankToNull, z.nullable(webUrl())),
  status: z._default(z.enum(planStatuses, { error: "validation.invalid" }), "active"),
  sourceTitle: z.preprocess(blankToNull, z.nullable(z.string().check(z.trim(), z.maxLength(300), notAnInternalNote))),
  sourceUrl: z.preprocess(blankToNull, z.nullable(webUrl())),
};

const endNotBeforeStart = (v: { startYear?: unknown; endYear?: unknown }) =>
  !Number.isFinite(v.startYear) || !Number.isFinite(v.endYear) || (v.endYear as number) >= (v.startYear as number);
const endNotBeforeStartParams = { path: ["endYear"], error: "actionPlans.errors.endBeforeStart", when: whenObject };

/** A new plan for a city. */
export const actionPlanSchema = z.object({ cityId: id, ...actionPlanFields }).check(z.refine(endNotBeforeStart, endNotBeforeStartParams));
export type ActionPlanInput = z.infer<typeof actionPlanSchema>;

/** The same fields, for an existing plan (its city never changes). */
export const updateActionPlanSchema = z.object({ planId: id, ...actionPlanFields }).check(z.refine(endNotBeforeStart, endNotBeforeStartParams));
export type UpdateActionPlanInput = z.infer<typeof updateActionPlanSchema>;

// ─── Goals and tasks ────────────────────────────────────────────────────────────────────────────

/**
 * The fields of a goal or task as typed in the form or read from a spreadsheet row. The parent
 * is named by its code; the owner by e-mail (the act looks both up).
 */
export const planItemFields = {
  kind: z.enum(itemKinds, { error: "validation.invalid" }),
  code: itemCode,
  parentCode: z.preprocess(blankToNull, z.nullable(z.string().check(z.trim(), z.regex(itemCodePattern, { error: "actionPlans.errors.code" })))),
  titleVi: requiredText(500),
  titleEn: optionalText(500),
  descriptionVi: optionalText(8_000),
  descriptionEn: optionalText(8_000),
  leadAgency: optionalText(200),
  supportingAgencies: textList(30, z.string().check(z.maxLength(200, { error: "validation.tooLong" }))),
  ownerEmail: z.preprocess(
    (v) => (isBlank(v) ? null : typeof v === "string" ? v.trim().toLowerCase() : v),
    z.nullable(z.email({ error: "validation.email" }).check(z.maxLength(254))),
  ),
  startOn: optionalDate,
  dueOn: optionalDate,
  status: z._default(z.enum(itemStatuses, { error: "validation.invalid" }), "notStarted"),
  progress: z._default(progressSchema, 0),
  weight: optionalDecimal(z.number().check(z.gte(0), z.lte(1_000))),
  frameworkCode: optionalText(64),
  indicatorCode: optionalText(64),
  targetValue: optionalDecimal(z.number()),
  targetYear: optionalYear,
};

type ItemShape = {
  code?: unknown;
  parentCode?: unknown;
  startOn?: unknown;
  dueOn?: unknown;
  frameworkCode?: unknown;
  indicatorCode?: unknown;
  targetValue?: unknown;
  targetYear?: unknown;
};

function refineItem(value: ItemShape, ctx: z.RefinementCtx) {
  const dates = bothDates(value.startOn, value.dueOn);
  if (dates && dates[1] < dates[0]) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "actionPlans.errors.dueBeforeStart" });
  if (typeof value.code === "string" && typeof value.parentCode === "string" && value.code.trim() === value.parentCode.trim())
    ctx.addIssue({ code: "custom", path: ["parentCode"], message: "actionPlans.errors.parentCycle" });
  // An indicator is named by its framework and its code together; a target needs the indicator.
  const has = (v: unknown) => !isBlank(v);
  if (has(value.indicatorCode) && !has(value.frameworkCode)) ctx.addIssue({ code: "custom", path: ["frameworkCode"], message: "validation.required" });
  if (has(value.frameworkCode) && !has(value.indicatorCode)) ctx.addIssue({ code: "custom", path: ["indicatorCode"], message: "validation.required" });
  if ((has(value.targetValue) || has(value.targetYear)) && !has(value.indicatorCode))
    ctx.addIssue({ code: "custom", path: ["indicatorCode"], message: "actionPlans.errors.targetNeedsIndicator" });
}

export const planItemSchema = z.object(planItemFields).check(z.superRefine(refineItem));
export type PlanItemInput = z.infer<typeof planItemSchema>;

/**
 * Creating (no itemId) or editing (itemId and the revision last seen) a goal or task of a plan.
 * `parentId`, when given, wins over `parentCode`.
 */
export const savePlanItemSchema = z
  .object({
    planId: id,
    itemId: z.optional(z.preprocess(blankToNull, z.nullable(id))),
    revision: z.optional(revisionNumber),
    parentId: z.optional(z.preprocess(blankToNull, z.nullable(id))),
    ...planItemFields,
  })
  .check(z.superRefine(refineItem));
export type SavePlanItemInput = z.infer<typeof savePlanItemSchema>;

export const deletePlanItemSchema = z.object({ itemId: id, revision: revisionNumber });
export type DeletePlanItemInput = z.infer<typeof deletePlanItemSchema>;

// ─── Progress updates, comments, milestones ─────────────────────────────────────────────────────

export const planUpdateSchema = z.object({
  itemId: id,
  /** The revision of the task the reporter last saw. */
  revision: revisionNumber,
  status: z.enum(itemStatuses, { error: "validation.invalid" }),
  progress: progressSchema,
  /** Whether a note is needed is decided by lib/action-plans checkUpdate, which knows the change. */
  note: z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string().check(z.trim(), z.maxLength(8_000))),
  evidenceLinks: textList(10, webUrl()),
});
export type PlanUpdateInput = z.infer<typeof planUpdateSchema>;

export const planUpdateFileSchema = z.object({ updateId: id });
export const planFileIdSchema = z.object({ fileId: id });
export const planIdSchema = z.object({ planId: id });

/**
 * The text fields sent with an uploaded spreadsheet (the file itself is checked by its content):
 * a preview, or applying what was previewed against the plan's state then (its digest).
 */
export const taskImportFormSchema = z.discriminatedUnion("mode", [
  z.object({ planId: id, mode: z.literal("preview") }),
  z.object({ planId: id, mode: z.literal("apply"), digest: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
]);

export const planCommentSchema = z.object({
  itemId: id,
  body: requiredText(4_000),
});
export type PlanCommentInput = z.infer<typeof planCommentSchema>;

export const milestoneSchema = z
  .object({
    planId: id,
    milestoneId: z.optional(z.preprocess(blankToNull, z.nullable(id))),
    itemId: z.optional(z.preprocess(blankToNull, z.nullable(id))),
    titleVi: requiredText(300),
    titleEn: optionalText(300),
    dueOn: requiredDate,
    doneOn: optionalDate,
  });
export type MilestoneInput = z.infer<typeof milestoneSchema>;

// ─── The overview's filters ─────────────────────────────────────────────────────────────────────

const filter = <T extends z.ZodType>(schema: T) => z.catch(z.optional(schema), undefined);

/** Filters read from the address bar; anything unreadable is ignored, so an old link still opens. */
export const planFilterSchema = z.object({
  agency: filter(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  owner: filter(z.string().check(z.minLength(1), z.maxLength(64))),
  status: filter(z.enum([...itemStatuses, "overdue"])),
});
export type PlanFilter = z.infer<typeof planFilterSchema>;
