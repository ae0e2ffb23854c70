import type { ItemStatus, PlanStatus } from "../action-plans/vocabulary";
import type { SectionScore, AttainmentStatus } from "../readiness/score";
import type { ResponseFields } from "../validation/assessments";

// One assessment as every report reads it (the PDF, the printable page, the workbook): plain data
// with both languages' labels, raw numbers and dates, no formatting. Renderers pick the language
// and format through lib/reports/figures.ts, so each shows the same figures as the app's pages.

export interface Bilingual {
  vi: string;
  en: string;
}

export interface PersonAt {
  name: string;
  at: Date;
}

export interface ReportTarget {
  year: number;
  value: number;
  sourceTitle: string;
  sourceUrl: string | null;
  /** A target of the city's own plan (Hà Nội's KH 291) rather than a national one. */
  ownPlan: boolean;
}

export interface ReportSection {
  id: string;
  parentId: string | null;
  /** 0 for a top-level section. */
  depth: number;
  code: string;
  path: string;
  title: Bilingual;
  /** Null for a section with no indicator in its subtree. */
  score: SectionScore | null;
}

export interface ReportFlag {
  comment: string;
  raisedBy: string;
  raisedAt: Date;
  resolvedAt: Date | null;
}

export interface ReportDiscussion {
  resolvedAt: Date | null;
  resolvedBy: string | null;
  comments: { authorName: string; authorRole: string; body: string; at: Date }[];
}

export interface ReportIndicator {
  id: string;
  code: string;
  section: { code: string; path: string; title: Bilingual };
  label: Bilingual;
  type: string;
  unit: Bilingual | null;
  numeratorLabel: Bilingual | null;
  denominatorLabel: Bilingual | null;
  direction: string;
  required: boolean;
  /** For text answers: the most words the form allows. */
  maxWords: number | null;
  /** The named levels of a level indicator's scale; empty for other types. */
  levels: { value: number; label: Bilingual }[];
  /** As saved: rates as fractions, booleans as 1/0, levels as their value. */
  answer: Pick<ResponseFields, "numerator" | "denominator" | "value" | "text" | "dataYear" | "comment">;
  evidence: { note: string | null; links: string[]; files: string[] };
  /** The target the answer is judged against in the report's year, and the framework's last one. */
  target: ReportTarget | null;
  finalTarget: ReportTarget | null;
  /** Target years only another city's plan sets: for this city the national target is not set yet. */
  unsetTargetYears: number[];
  attainment: { status: AttainmentStatus; score: number | null; expected: number | null };
  /** Review flags raised on the indicator, open and resolved, oldest first. */
  flags: ReportFlag[];
  discussion: ReportDiscussion | null;
  /** Last year's approved figure, when there is one, and the change from it. */
  previous: { year: number; value: number } | null;
  change: number | null;
  /** For rates: the straight-line trend to 2030 through the approved years and this one, when there are two. */
  projection: number | null;
}

export interface ReportGap {
  indicatorId: string;
  code: string;
  label: Bilingual;
  type: string;
  status: "behind" | "noData";
  score: number | null;
  value: number | null;
  target: ReportTarget | null;
}

export interface ReportDecision {
  act: string;
  toStatus: string;
  reason: string | null;
  actorName: string;
  at: Date;
}

/** A plan's figures as lists of plans show them: its period, status, progress and task counts. */
export interface PlanFigures {
  startYear: number;
  endYear: number;
  status: PlanStatus;
  progress: number;
  taskCount: number;
  /** Tasks (not goals) in each status. */
  taskCounts: Record<ItemStatus, number>;
  overdueCount: number;
}

export type ReportActionPlan = PlanFigures & { id: string; title: Bilingual };

export interface AssessmentReport {
  assessmentId: string;
  generatedAt: Date;
  cover: {
    city: {
      id: string;
      slug: string;
      name: Bilingual;
      province: Bilingual;
      population: number | null;
      populationYear: number | null;
      areaKm2: number | null;
      /** member | candidate | none */
      gnlcStatus: string;
      gnlcAdmittedYear: number | null;
    };
    framework: { code: string; version: number; title: Bilingual; sourceTitle: string; sourceUrl: string | null };
    year: number;
    status: string;
    fromPublications: boolean;
    sourceNote: string | null;
    submitted: PersonAt | null;
    approved: PersonAt | null;
    completedAt: Date | null;
  };
  readiness: { overall: SectionScore; sections: ReportSection[] };
  indicators: ReportIndicator[];
  gaps: ReportGap[];
  /** The year compared with: last year's assessment once approved, else null. */
  previousYear: number | null;
  decisions: ReportDecision[];
  /** The city's action plans whose period covers the year. */
  actionPlans: ReportActionPlan[];
}
