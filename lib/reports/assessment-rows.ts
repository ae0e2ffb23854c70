// One assessment's tables for its workbook and CSV files, built from the report read model (the
// same one the PDF and the printable page use), so every figure is the one the app shows. Pure:
// the server loads the report and the audit trail and hands them here.

import type { Change, ShownValue } from "../history/describe-change";
import type { AssessmentReport, Bilingual, ReportIndicator } from "./report-model";
import { wholePercentDown } from "./figures";
import { countCell, figureCell, type Cell, type Row, type Table, type TableColumn } from "./table-rows";
import type { Translator } from "@/i18n/translator";

type Column = [key: string, width: number, format?: TableColumn["format"]];

function table(name: string, columns: Column[], { t }: Translator): Table {
  return { name: t(`exports.sheets.${name}`), columns: columns.map(([key, width, format]) => ({ header: t(`exports.columns.${key}`), width, format })) };
}

const pick = (text: Bilingual, { locale }: Translator) => (locale === "en" ? text.en : text.vi);
const yesNo = (yes: boolean, { t }: Translator) => t(yes ? "exports.yes" : "exports.no");

export const summaryTable = (language: Translator) => table("summary", [["item", 40], ["value", 60]], language);

/**
 * The cover and the scores: who the assessment is of, its status and approval stamp, the overall
 * readiness with its coverage, then each section's readiness, indented by depth.
 */
export function summaryRows(report: AssessmentReport, language: Translator): Row[] {
  const { t } = language;
  const { cover, readiness } = report;
  const label = (key: string) => t(`exports.summary.${key}`);
  // Shown as a whole percentage ("0%"): cut down first, so a spreadsheet never rounds 99.6% up to 100%.
  const score = (value: number | null | undefined): Cell => (value === null || value === undefined ? null : { value: wholePercentDown(value), format: "score" });
  return [
    [label("city"), pick(cover.city.name, language)],
    [label("province"), pick(cover.city.province, language)],
    [label("framework"), pick(cover.framework.title, language)],
    [label("frameworkCode"), cover.framework.code],
    [label("version"), { value: cover.framework.version, format: "whole" }],
    [label("year"), { value: cover.year, format: "whole" }],
    [label("status"), t(`assessments.status.${cover.status}`)],
    [label("completedAt"), cover.completedAt ? { value: cover.completedAt, format: "date" } : null],
    [label("submittedBy"), cover.submitted?.name ?? null],
    [label("submittedAt"), cover.submitted ? { value: cover.submitted.at, format: "dateTime" } : null],
    [label("approvedBy"), cover.approved?.name ?? label("notApproved")],
    [label("approvedAt"), cover.approved ? { value: cover.approved.at, format: "dateTime" } : null],
    [label("readiness"), score(readiness.overall.score)],
    [label("coverage"), score(readiness.overall.coverage)],
    [label("answered"), t("exports.summary.answeredOf", { answered: readiness.overall.answered, total: readiness.overall.total })],
    ...readiness.sections.map((section): Row => [`${"    ".repeat(section.depth)}${section.code} ${pick(section.title, language)}`, score(section.score?.score)]),
  ];
}

export const responsesTable = (language: Translator) =>
  table(
    "responses",
    [
      ["indicatorCode", 14],
      ["section", 30],
      ["labelVi", 50],
      ["labelEn", 50],
      ["type", 12],
      ["unit", 12],
      ["numerator", 14],
      ["denominator", 14],
      ["value", 14],
      ["text", 40],
      ["dataYear", 12, "whole"],
      ["target", 12],
      ["targetYear", 12, "whole"],
      ["attainment", 14],
      ["score", 12, "percent"],
      ["comment", 40],
    ],
    language,
  );

/** One row per indicator, in the framework's order, answered or not. */
export function responsesRows(report: AssessmentReport, language: Translator): Row[] {
  const { t } = language;
  return report.indicators.map((indicator) => [
    indicator.code,
    `${indicator.section.code} ${pick(indicator.section.title, language)}`,
    indicator.label.vi,
    indicator.label.en,
    t(`frameworks.types.${indicator.type}`),
    indicator.unit ? pick(indicator.unit, language) : null,
    countCell(indicator.answer.numerator),
    countCell(indicator.answer.denominator),
    figureCell(indicator.type, indicator.answer.value),
    indicator.answer.text,
    indicator.answer.dataYear,
    figureCell(indicator.type, indicator.target?.value),
    indicator.target?.year ?? null,
    t(`readiness.status.${indicator.attainment.status}`),
    indicator.attainment.score,
    indicator.answer.comment,
  ]);
}

export const evidenceTable = (language: Translator) => table("evidence", [["indicatorCode", 14], ["kind", 12], ["content", 90]], language);

/** Every piece of evidence on its own row: the note, each link, each file's name. */
export function evidenceRows(report: AssessmentReport, language: Translator): Row[] {
  const kind = (name: "note" | "link" | "file") => language.t(`exports.evidenceKinds.${name}`);
  return report.indicators.flatMap(({ code, evidence }) => [
    ...(evidence.note?.trim() ? [[code, kind("note"), evidence.note]] : []),
    ...evidence.links.map((link) => [code, kind("link"), link]),
    ...evidence.files.map((file) => [code, kind("file"), file]),
  ]);
}

export const commentsTable = (language: Translator) =>
  table("comments", [["indicatorCode", 14], ["kind", 14], ["author", 26], ["at", 18, "dateTime"], ["body", 70], ["resolved", 12]], language);

/** Reviewers' flags and the discussion of each indicator, oldest first within each indicator. */
export function commentsRows(report: AssessmentReport, language: Translator): Row[] {
  const kind = (name: "flag" | "discussion") => language.t(`exports.commentKinds.${name}`);
  return report.indicators.flatMap((indicator: ReportIndicator) => [
    ...indicator.flags.map((flag) => [indicator.code, kind("flag"), flag.raisedBy, flag.raisedAt, flag.comment, yesNo(flag.resolvedAt !== null, language)]),
    ...(indicator.discussion?.comments ?? []).map((comment) => [
      indicator.code,
      kind("discussion"),
      comment.authorName,
      comment.at,
      comment.body,
      yesNo(indicator.discussion?.resolvedAt != null, language),
    ]),
  ]);
}

/** An audit event of the assessment, with the indicator it concerns (if any) by code and type. */
export interface HistoryEntry {
  at: Date;
  /** Null when no person made the change (an import, the seed). */
  actorName: string | null;
  indicator: { code: string; type: string } | null;
  change: Change;
}

export const historyTable = (language: Translator) =>
  table("history", [["at", 18, "dateTime"], ["who", 26], ["action", 32], ["indicatorCode", 14], ["field", 22], ["before", 36], ["after", 36]], language);

/** A changed field's value as a cell: figures as numbers in their indicator's format, lists one item per line. */
function shownCell(field: string, value: ShownValue, indicatorType: string | undefined): Cell {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length ? value.join("\n") : null;
  if (typeof value === "string") return value;
  if (field === "dataYear") return { value, format: "whole" };
  if (field === "numerator" || field === "denominator") return countCell(value);
  return figureCell(indicatorType ?? "number", value);
}

/**
 * One row per change: an answer's save gives a row per changed field, a review step its status
 * change (and the reason and flagged indicators under it), an upload or a comment its file or text.
 */
export function historyRows(entries: readonly HistoryEntry[], language: Translator, codeOf: (indicatorId: string) => string | null): Row[] {
  const { t, has } = language;
  return entries.flatMap((entry) => {
    const { change } = entry;
    const actionKey = change.kind === "value" && change.firstAnswer ? "history.actions.response.first" : `history.actions.${change.action}`;
    const action = has(actionKey) ? t(actionKey) : t("history.otherAction", { action: change.action });
    const lead = [entry.at, entry.actorName ?? t("history.system"), action, entry.indicator?.code ?? null];
    const status = (value: string | null) => (value === null ? null : has(`assessments.status.${value}`) ? t(`assessments.status.${value}`) : value);
    switch (change.kind) {
      case "value":
        if (change.fields.length === 0) return [[...lead, null, null, null]];
        return change.fields.map((f) => [...lead, t(`history.fields.${f.field}`), shownCell(f.field, f.before, entry.indicator?.type), shownCell(f.field, f.after, entry.indicator?.type)]);
      case "status":
        return [
          [...lead, t("history.status"), status(change.from), status(change.to)],
          ...(change.reason ? [[...lead, t("history.reason"), null, change.reason]] : []),
          ...change.flags.map((flag) => [...lead, t("history.flagged"), null, `${codeOf(flag.indicatorId) ?? "?"}: ${flag.comment}`]),
        ];
      case "evidence": {
        const removed = change.action.endsWith(".delete");
        return [[...lead, t("exports.evidenceKinds.file"), removed ? change.fileName : null, removed ? null : change.fileName]];
      }
      case "comment":
        return [[...lead, t("exports.columns.body"), null, change.body]];
      default:
        return [[...lead, null, null, null]];
    }
  });
}
