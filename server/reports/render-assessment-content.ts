import "server-only";
import { itemStatuses } from "@/lib/action-plans/vocabulary";
import { attainmentStatuses } from "@/lib/readiness/score";
import { formatChange, formatDate, formatDateTime, formatFigure, formatNumber, formatScore, type FigureLocale } from "@/lib/reports/figures";
import { webLink } from "@/lib/format/web-link";
import { translatorFor, type Translate } from "@/i18n/translator";
import type { AssessmentReport, Bilingual, ReportIndicator, ReportTarget } from "@/lib/reports/report-model";

// What the assessment report says, in one language, as text: the PDF and the printable page lay
// out the same words and figures, so they cannot drift apart. Figures go through
// lib/reports/figures.ts and read exactly as on the checklist and readiness pages.

export interface ContentTable {
  caption: string;
  columns: { header: string; width: number; align?: "left" | "right" }[];
  rows: string[][];
}

export interface ContentField {
  label: string;
  value: string;
  link?: string;
}

export interface ContentIndicator {
  id: string;
  code: string;
  heading: string;
  /** The section it sits in, given on the first indicator of each section. */
  sectionHeading: string | null;
  fields: ContentField[];
  /** Long text answers (narratives), printed in full under the fields. */
  narrative: string | null;
  evidence: { text: string; link?: string }[];
  reviewComments: string[];
}

export interface AssessmentReportContent {
  locale: FigureLocale;
  title: string;
  subject: string;
  generated: string;
  pageLabel: (page: number, pages: number) => string;
  cover: { heading: string; fields: ContentField[]; stamp: { title: string; lines: string[]; done: boolean } };
  readiness: { heading: string; overall: string; explain: string; counts: string[]; chartCaption: string; bars: { label: string; value: number | null; text: string }[]; sections: ContentTable };
  indicators: { heading: string; evidenceLabel: string; reviewLabel: string; items: ContentIndicator[] };
  gaps: { heading: string; empty: string | null; table: ContentTable };
  comparison: { heading: string; intro: string; table: ContentTable };
  plans: { heading: string; empty: string | null; table: ContentTable };
  history: { heading: string; empty: string | null; table: ContentTable };
}

const pick = (text: Bilingual, locale: FigureLocale) => (locale === "en" ? text.en : text.vi);

/** A person and a moment: "Trần Thị Ánh Dương, 15/01/2026 08:00". */
const personAt = (t: Translate, who: { name: string; at: Date }) => t("assessmentReport.byAt", { name: who.name, at: formatDateTime(who.at) });

/** An indicator's answer as one line: the figure with its unit, a level's name, yes/no, or the text. */
export function answerText(indicator: ReportIndicator, t: Translate, locale: FigureLocale): string {
  const { type, answer } = indicator;
  if (type === "text" || type === "date" || type === "evidence") return answer.text?.trim() ? answer.text : t("assessmentReport.noAnswer");
  if (answer.value === null) return t("assessmentReport.noAnswer");
  if (type === "boolean") return t(answer.value ? "checklist.yes" : "checklist.no");
  if (type === "level") {
    const number = formatNumber(answer.value, locale);
    const level = indicator.levels.find((l) => l.value === answer.value);
    if (!level) return number;
    // Some scales already name their levels with the number ("4 – Serious").
    const label = pick(level.label, locale);
    return label.startsWith(number) ? label : `${number} – ${label}`;
  }
  const unit = indicator.unit ? ` ${pick(indicator.unit, locale)}` : "";
  return `${formatFigure(type, answer.value, locale)}${type === "rate" ? "" : unit}`;
}

export function targetText(type: string, target: ReportTarget | null, t: Translate, locale: FigureLocale): string {
  if (!target) return t("assessmentReport.noTarget");
  return t(target.ownPlan ? "assessmentReport.targetOwnPlanValue" : "assessmentReport.targetValue", { value: formatFigure(type, target.value, locale), year: target.year, source: target.sourceTitle });
}

/** A change from last year; a rate's in percentage points, said so. */
function changeText(type: string, change: number | null, t: Translate, locale: FigureLocale): string {
  const text = formatChange(type, change, locale);
  return type === "rate" && change !== null ? t("assessmentReport.points", { change: text }) : text;
}

function indicatorContent(indicator: ReportIndicator, sectionHeading: string | null, t: Translate, locale: FigureLocale): ContentIndicator {
  const r = (key: string, values?: Record<string, string | number>) => t(`assessmentReport.${key}`, values);
  const { answer } = indicator;
  const long = indicator.type === "text" && (answer.text?.length ?? 0) > 120;
  const fields: ContentField[] = [{ label: r("value"), value: long ? r("narrativeBelow") : answerText(indicator, t, locale) }];
  if (indicator.type === "rate" && (answer.numerator !== null || answer.denominator !== null)) {
    fields.push({
      label: r("fraction"),
      value: `${formatNumber(answer.numerator, locale)} / ${formatNumber(answer.denominator, locale)}`,
    });
  }
  if (answer.dataYear !== null) fields.push({ label: r("dataYear"), value: String(answer.dataYear) });
  if (indicator.target || indicator.finalTarget) {
    fields.push({ label: r("target"), value: targetText(indicator.type, indicator.target, t, locale) });
    if (indicator.finalTarget && indicator.finalTarget.year !== indicator.target?.year) {
      fields.push({ label: r("finalTarget"), value: targetText(indicator.type, indicator.finalTarget, t, locale) });
    }
  }
  for (const year of indicator.unsetTargetYears) fields.push({ label: r("targetInYear", { year }), value: r("nationalTargetUnset") });
  fields.push({ label: r("attainment"), value: t(`readiness.status.${indicator.attainment.status}`) });
  if (indicator.previous) {
    fields.push({
      label: r("previous", { year: indicator.previous.year }),
      value: r("previousValue", { value: formatFigure(indicator.type, indicator.previous.value, locale), change: changeText(indicator.type, indicator.change, t, locale) }),
    });
  }
  if (answer.comment?.trim()) fields.push({ label: r("comment"), value: answer.comment });

  const evidence = [
    ...(indicator.evidence.note?.trim() ? [{ text: indicator.evidence.note }] : []),
    ...indicator.evidence.links.map((link) => ({ text: link, link: webLink(link) })),
    ...indicator.evidence.files.map((file) => ({ text: r("file", { name: file }) })),
  ];
  const reviewComments = [
    ...indicator.flags.map((f) =>
      f.resolvedAt
        ? r("flagResolved", { who: f.raisedBy, at: formatDateTime(f.raisedAt), comment: f.comment, resolved: formatDate(f.resolvedAt) })
        : r("flagOpen", { who: f.raisedBy, at: formatDateTime(f.raisedAt), comment: f.comment }),
    ),
    ...(indicator.discussion?.comments ?? []).map((c) => r("discussionComment", { who: c.authorName, at: formatDateTime(c.at), body: c.body })),
    ...(indicator.discussion?.resolvedAt ? [r("discussionResolved", { who: indicator.discussion.resolvedBy ?? "—", at: formatDate(indicator.discussion.resolvedAt) })] : []),
  ];
  return {
    id: indicator.id,
    code: indicator.code,
    heading: `${indicator.code} ${pick(indicator.label, locale)}`,
    sectionHeading,
    fields,
    narrative: long ? answer.text : null,
    evidence,
    reviewComments,
  };
}

/** Everything the report says, in `lang` ("vi" unless "en"). */
export function assessmentReportContent(report: AssessmentReport, lang: string): AssessmentReportContent {
  const { locale, t } = translatorFor(lang);
  const r = (key: string, values?: Record<string, string | number>) => t(`assessmentReport.${key}`, values);
  const { cover, readiness } = report;
  const city = pick(cover.city.name, locale);
  const statusLabel = t(`assessments.status.${cover.status}`);

  const coverFields: ContentField[] = [
    { label: r("city"), value: city },
    { label: r("province"), value: pick(cover.city.province, locale) },
    { label: r("framework"), value: r("frameworkVersion", { title: pick(cover.framework.title, locale), code: cover.framework.code, version: cover.framework.version }) },
    { label: r("frameworkSource"), value: cover.framework.sourceTitle, link: webLink(cover.framework.sourceUrl) },
    { label: r("year"), value: String(cover.year) },
    { label: r("status"), value: statusLabel },
    ...(cover.completedAt ? [{ label: r("completedAt"), value: formatDateTime(cover.completedAt) }] : []),
    ...(cover.submitted ? [{ label: r("submitted"), value: personAt(t, cover.submitted) }] : []),
    ...(cover.fromPublications ? [{ label: r("fromPublications"), value: cover.sourceNote ?? "—" }] : []),
  ];
  const stamp = cover.approved
    ? { title: r("stampApproved"), lines: [cover.approved.name, formatDateTime(cover.approved.at)], done: true }
    : { title: r("stampNotApproved"), lines: [statusLabel], done: false };

  const scoreText = (score: { score: number | null; coverage: number | null } | null) => {
    if (!score || score.score === null) return t("readiness.noScore");
    const coverage = score.coverage !== null && score.coverage < 1 ? ` ${t("readiness.coverage", { coverage: formatScore(score.coverage, locale) })}` : "";
    return `${formatScore(score.score, locale)}${coverage}`;
  };
  const sectionLabel = (s: { code: string; title: Bilingual }) => `${s.code} ${pick(s.title, locale)}`;

  let lastSection: string | null = null;
  const items = report.indicators.map((indicator) => {
    const section = indicator.section.path === lastSection ? null : `${indicator.section.code} ${pick(indicator.section.title, locale)}`;
    lastSection = indicator.section.path;
    return indicatorContent(indicator, section, t, locale);
  });

  const rates = report.indicators.filter((i) => i.type === "rate" || i.type === "count" || i.type === "number");
  const indicatorColumn = { header: t("readiness.indicator"), width: 4 };

  return {
    locale,
    title: r("title"),
    subject: r("subject", { city, year: cover.year }),
    generated: r("generated", { at: formatDateTime(report.generatedAt) }),
    pageLabel: (page, pages) => r("page", { page, pages }),
    cover: { heading: r("coverHeading", { city, year: cover.year }), fields: coverFields, stamp },
    readiness: {
      heading: r("readinessHeading"),
      overall: r("overall", { score: scoreText(readiness.overall) }),
      explain: t("readiness.explain"),
      counts: attainmentStatuses.map((status) => t("readiness.count", { status: t(`readiness.status.${status}`), count: readiness.overall.counts[status] })),
      chartCaption: r("chartCaption"),
      bars: readiness.sections
        .filter((s) => s.depth === 0)
        .map((s) => ({ label: sectionLabel(s), value: s.score?.score ?? null, text: s.score?.score === null || !s.score ? t("readiness.noScore") : formatScore(s.score.score, locale) })),
      sections: {
        caption: t("readiness.sections"),
        columns: [
          { header: t("readiness.section"), width: 5 },
          { header: t("readiness.score"), width: 3, align: "right" },
          { header: t("readiness.answered"), width: 1.5, align: "right" },
        ],
        rows: readiness.sections.map((s) => [`${"  ".repeat(s.depth)}${sectionLabel(s)}`, scoreText(s.score), `${s.score?.answered ?? 0}/${s.score?.total ?? 0}`]),
      },
    },
    indicators: { heading: r("indicatorsHeading"), evidenceLabel: r("evidence"), reviewLabel: r("reviewComments"), items },
    gaps: {
      heading: t("readiness.gaps"),
      empty: report.gaps.length ? null : t("readiness.noGaps"),
      table: {
        caption: t("readiness.gaps"),
        columns: [
          { header: "#", width: 0.5, align: "right" },
          indicatorColumn,
          { header: r("attainment"), width: 1.6 },
          { header: r("value"), width: 1.4, align: "right" },
          { header: r("target"), width: 2.2 },
        ],
        rows: report.gaps.map((gap, index) => [
          String(index + 1),
          `${gap.code} ${pick(gap.label, locale)}`,
          t(`readiness.status.${gap.status}`),
          formatFigure(gap.type, gap.value, locale),
          gap.target ? `${formatFigure(gap.type, gap.target.value, locale)} (${gap.target.year})` : "—",
        ]),
      },
    },
    comparison: {
      heading: r("comparisonHeading"),
      intro: report.previousYear ? t("readiness.comparedWith", { year: report.previousYear }) : t("readiness.noPreviousYear", { year: cover.year - 1 }),
      table: {
        caption: r("comparisonHeading"),
        columns: [
          indicatorColumn,
          { header: String(cover.year), width: 1.3, align: "right" },
          { header: report.previousYear ? String(report.previousYear) : "—", width: 1.3, align: "right" },
          { header: r("changeColumn"), width: 1.6, align: "right" },
          { header: t("readiness.projection"), width: 1.4, align: "right" },
        ],
        rows: rates.map((i) => [
          `${i.code} ${pick(i.label, locale)}`,
          formatFigure(i.type, i.answer.value, locale),
          formatFigure(i.type, i.previous?.value, locale),
          changeText(i.type, i.change, t, locale),
          i.projection === null ? t("readiness.needTwoYears") : formatFigure(i.type, i.projection, locale),
        ]),
      },
    },
    plans: {
      heading: r("plansHeading"),
      empty: report.actionPlans.length ? null : r("noPlans", { year: cover.year }),
      table: {
        caption: r("plansHeading"),
        columns: [
          { header: r("plan"), width: 3.5 },
          { header: r("period"), width: 1.2 },
          { header: r("planStatus"), width: 1.4 },
          { header: r("progress"), width: 1, align: "right" },
          { header: r("tasks"), width: 3 },
          { header: r("overdue"), width: 1, align: "right" },
        ],
        rows: report.actionPlans.map((plan) => [
          pick(plan.title, locale),
          `${plan.startYear}–${plan.endYear}`,
          t(`actionPlans.planStatus.${plan.status}`),
          formatScore(plan.progress / 100, locale),
          itemStatuses
            .filter((s) => plan.taskCounts[s] > 0)
            .map((s) => `${t(`actionPlans.itemStatus.${s}`)}: ${formatNumber(plan.taskCounts[s], locale)}`)
            .join("; ") || r("noTasks"),
          formatNumber(plan.overdueCount, locale),
        ]),
      },
    },
    history: {
      heading: r("historyHeading"),
      empty: report.decisions.length ? null : r("noDecisions"),
      table: {
        caption: r("historyHeading"),
        columns: [
          { header: r("when"), width: 1.6 },
          { header: r("who"), width: 1.8 },
          { header: r("decision"), width: 1.6 },
          { header: r("reason"), width: 3 },
        ],
        rows: report.decisions.map((d) => [formatDateTime(d.at), d.actorName, t(`assessments.status.${d.toStatus}`), d.reason ?? ""]),
      },
    },
  };
}
