import "server-only";
import ExcelJS from "exceljs";
import { translatorFor, type Translate } from "@/i18n/translator";
import { toCheckIndicator } from "@/lib/assessments/check-indicator";
import { earliestDataYear, type CheckIndicator } from "@/lib/assessments/check-response";
import {
  answerCell,
  answerColumns,
  answerColumnsFor,
  readMeSheetName,
  responseColumns,
  responsesSheetName,
  type AnswerColumn,
  type ResponseColumnKey,
} from "@/lib/assessments/response-spreadsheet";
import { parseLevelScales } from "@/lib/assessments/score-checklist";
import { indicatorTypes } from "@/lib/frameworks/framework-file";
import { formatDateTime } from "@/lib/format/dates";
import type { Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { headerLabel } from "@/lib/spreadsheet/cells";
import type { Db } from "../db";
import { getChecklist, type Checklist } from "./get-checklist";

const translators = { vi: translatorFor("vi", "responseImport").t, en: translatorFor("en", "responseImport").t };
const typeNames = { vi: translatorFor("vi", "frameworks.types").t, en: translatorFor("en", "frameworks.types").t };

// Grey marks what is there to read; the answer columns' headers are tinted to show where to write.
const readOnlyFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };
const readOnlyFont: Partial<ExcelJS.Font> = { color: { argb: "FF4B5563" } };
const answerHeaderFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFEF3C7" } };
const headerFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFCBD5E1" } };

const isAnswerColumn = (key: ResponseColumnKey): key is AnswerColumn => (answerColumns as readonly string[]).includes(key);

/** A figure for the "allowed values" cell: a rate's bounds as percentages, as the checklist shows them. */
function figure(value: number, rate: boolean, locale: "vi" | "en") {
  return new Intl.NumberFormat(locale, rate ? { style: "percent", maximumFractionDigits: 1 } : { maximumFractionDigits: 3 }).format(value);
}

type Indicator = Checklist["indicators"][number];
type Levels = { value: number; labelVi: string; labelEn: string }[];

/** What a cell of the indicator accepts, in one language. */
function allowed(t: Translate, locale: "vi" | "en", indicator: Indicator, rules: CheckIndicator, levels: Levels): string {
  const parts: string[] = [];
  if (rules.type === "level") parts.push(levels.map((l) => `${l.value} = ${locale === "en" ? l.labelEn : l.labelVi}`).join("; "));
  else parts.push(t(`allowed.${rules.type}`));
  const rate = rules.type === "rate";
  if (typeof rules.softMin === "number" && typeof rules.softMax === "number") {
    parts.push(t("allowed.usualRange", { min: figure(rules.softMin, rate, locale), max: figure(rules.softMax, rate, locale) }));
  }
  if (rules.maxWords) parts.push(t("allowed.maxWords", { max: rules.maxWords }));
  if (rules.asOfYear) parts.push(t("allowed.dataYear"));
  if (indicator.required) parts.push(t("allowed.required"));
  return parts.join("; ");
}

const bilingual = (viText: string, enText: string) => (viText === enText ? viText : `${viText}\n${enText}`);

function numberFormat(column: AnswerColumn, rules: CheckIndicator, value: number): string | undefined {
  if (column === "dataYear" || rules.type === "level" || rules.type === "boolean") return "0";
  return Number.isInteger(value) ? "#,##0" : undefined;
}

/**
 * The assessment's answers as a spreadsheet to fill in: a "Responses" sheet with one row per
 * indicator in framework order (grey columns to read, white cells to answer, lists where the
 * answer is one of a few values) and a "Read me" sheet in Vietnamese and English. Whoever may
 * read the assessment may download it; importing it back is the editors' (import-responses.ts).
 */
export async function responseTemplate(db: Db, actor: Actor, assessmentId: string): Promise<Result<{ fileName: string; bytes: Uint8Array }>> {
  const checklist = await getChecklist(db, actor, assessmentId);
  if (!checklist) return fail("notFound");
  const { assessment, indicators, answers, sections } = checklist;
  const scales = parseLevelScales(assessment.framework.levelScales);
  const sectionOf = new Map(sections.map((s) => [s.id, s]));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Học tập";
  workbook.created = new Date();
  workbook.title = `${assessment.city.nameVi} · ${assessment.framework.titleVi} · ${assessment.year}`;

  const sheet = workbook.addWorksheet(responsesSheetName, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  sheet.columns = responseColumns.map((column) => ({
    key: column.key,
    header: headerLabel(column),
    width: column.width,
    // Text cells keep a code such as "1.10" and a typed date from changing form.
    style: column.key === "code" || column.key === "text" ? { numFmt: "@" } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.height = 32;
  responseColumns.forEach((column, i) => {
    header.getCell(i + 1).fill = isAnswerColumn(column.key) ? answerHeaderFill : headerFill;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: responseColumns.length } };
  const columnNumber = (key: ResponseColumnKey) => responseColumns.findIndex((c) => c.key === key) + 1;
  const letter = (key: ResponseColumnKey) => sheet.getColumn(columnNumber(key)).letter;

  indicators.forEach((indicator, i) => {
    const rules = toCheckIndicator(indicator, assessment.framework.levelScales);
    const levels: Levels = indicator.levelScale ? (scales[indicator.levelScale] ?? []) : [];
    const answer = answers[i];
    const section = sectionOf.get(indicator.sectionId);
    const used = answerColumnsFor(rules);
    const row = sheet.addRow({
      code: indicator.code,
      section: section ? `${section.code} · ${section.titleVi}` : null,
      labelVi: indicator.labelVi,
      labelEn: indicator.labelEn,
      type: bilingual(typeNames.vi(rules.type), typeNames.en(rules.type)),
      unit: [indicator.unitVi, indicator.unitEn].filter((u, at, all) => u && all.indexOf(u) === at).join(" / ") || null,
      allowed: bilingual(allowed(translators.vi, "vi", indicator, rules, levels), allowed(translators.en, "en", indicator, rules, levels)),
      ...Object.fromEntries(answerColumns.map((column) => [column, answerCell(rules, answer, column)])),
      revision: answer.revision,
    });
    row.alignment = { vertical: "top", wrapText: true };
    const r = row.number;

    for (const column of responseColumns) {
      const cell = row.getCell(column.key);
      const answerColumn = isAnswerColumn(column.key) ? column.key : null;
      if (!answerColumn || !used.includes(answerColumn)) {
        cell.fill = readOnlyFill;
        cell.font = readOnlyFont;
      } else if (typeof cell.value === "number") {
        const format = numberFormat(answerColumn, rules, cell.value);
        if (format) cell.numFmt = format;
      }
    }

    const value = row.getCell("value");
    if (rules.type === "rate") {
      // Computed as the checklist does, so the sheet shows the rate while the counts are edited.
      const [n, d] = [`${letter("numerator")}${r}`, `${letter("denominator")}${r}`];
      value.value = { formula: `IF(AND(ISNUMBER(${n}),ISNUMBER(${d}),${d}>0),${n}/${d},"")`, result: answer.value ?? "" } as ExcelJS.CellFormulaValue;
      value.numFmt = "0.0%";
    }
    const choices = rules.type === "level" ? levels.map((l) => l.value) : rules.type === "boolean" ? [1, 0] : null;
    if (choices) {
      const names = rules.type === "level" ? levels.map((l) => `${l.value} = ${l.labelVi} / ${l.labelEn}`).join("\n") : bilingual(translators.vi("allowed.boolean"), translators.en("allowed.boolean"));
      value.dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${choices.join(",")}"`],
        showInputMessage: true,
        promptTitle: bilingual(translators.vi("allowed.choose"), translators.en("allowed.choose")).slice(0, 32),
        prompt: names.slice(0, 255),
        showErrorMessage: true,
        error: bilingual(translators.vi("allowed.notInList"), translators.en("allowed.notInList")),
      };
    }
    if (rules.asOfYear) {
      row.getCell("dataYear").dataValidation = { type: "whole", operator: "between", allowBlank: true, formulae: [earliestDataYear, assessment.year], showErrorMessage: true, error: `${earliestDataYear}–${assessment.year}` };
    }
  });

  addReadMe(workbook, checklist);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return ok({ fileName: `${assessment.city.slug}-${assessment.frameworkCode}-${assessment.year}-answers.xlsx`, bytes });
}

function addReadMe(workbook: ExcelJS.Workbook, { assessment }: Checklist) {
  const [tVi, tEn] = [translators.vi, translators.en];
  const sheet = workbook.addWorksheet(readMeSheetName);
  sheet.columns = [{ width: 34 }, { width: 72 }, { width: 72 }];
  const line = (values: string[], bold = false) => {
    const row = sheet.addRow(values);
    row.alignment = { vertical: "top", wrapText: true };
    if (bold) row.font = { bold: true };
    return row;
  };
  line([tVi("readMe.title"), "", tEn("readMe.title")], true);
  line([
    `${tVi("readMe.assessment")} / ${tEn("readMe.assessment")}`,
    `${assessment.city.nameVi} · ${assessment.framework.titleVi} v${assessment.framework.version} · ${assessment.year}`,
    `${assessment.city.nameEn} · ${assessment.framework.titleEn} v${assessment.framework.version} · ${assessment.year}`,
  ]);
  // Written as text in Vietnam's time, as the app writes a moment: an Excel date would carry no time zone.
  const when = formatDateTime(new Date());
  line([`${tVi("readMe.downloaded")} / ${tEn("readMe.downloaded")}`, when, when]);
  line([]);
  line([`${tVi("readMe.rules")} / ${tEn("readMe.rules")}`, "", ""], true);
  for (const key of ["rows", "grey", "blank", "numbers", "checks", "lock", "revision", "apply", "evidence"] as const) line(["", tVi(`readMe.rule.${key}`), tEn(`readMe.rule.${key}`)]);
  line([]);
  line([`${tVi("readMe.column")} / ${tEn("readMe.column")}`, tVi("readMe.meaning"), tEn("readMe.meaning")], true);
  for (const column of responseColumns) {
    const row = line([headerLabel(column), tVi(`readMe.columns.${column.key}`), tEn(`readMe.columns.${column.key}`)]);
    if (!isAnswerColumn(column.key)) row.getCell(1).fill = readOnlyFill;
  }
  line([]);
  line([`${tVi("readMe.types")} / ${tEn("readMe.types")}`, "", ""], true);
  for (const type of indicatorTypes) {
    line([`${typeNames.vi(type)} / ${typeNames.en(type)}`, tVi(`readMe.typeCells.${type}`), tEn(`readMe.typeCells.${type}`)]);
  }
}
