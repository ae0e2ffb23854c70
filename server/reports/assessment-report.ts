import "server-only";
import { applicableTargets, unsetTargetYears } from "@/lib/readiness/target-scope";
import { parseLevelScales, scoreChecklist } from "@/lib/assessments/score-checklist";
import type { Actor } from "@/lib/permissions";
import { vietnamToday } from "@/lib/review/cycles";
import { approvedLastYear, rateTrend } from "@/lib/readiness/past-years";
import { governingTarget, yearOverYear } from "@/lib/readiness/score";
import type { AssessmentReport, Bilingual, PersonAt, ReportIndicator, ReportSection, ReportTarget } from "@/lib/reports/report-model";
import { listProfilePlans } from "../action-plans/list-plans";
import { getChecklist } from "../assessments/get-checklist";
import { loadThreadViews } from "../comments/thread-view";
import type { Db } from "../db";

// The read model's types live in lib/reports/report-model.ts, where the pure table builders read them.

const bilingual = (vi: string | null, en: string | null): Bilingual | null => (vi === null && en === null ? null : { vi: vi ?? en ?? "", en: en ?? vi ?? "" });
const both = (vi: string, en: string): Bilingual => ({ vi, en });

/**
 * The report of one assessment, or null when it does not exist or the actor may not read it (the
 * checklist's own rule). A fixed number of queries whatever the framework's size.
 */
export async function loadAssessmentReport(db: Db, actor: Actor, assessmentId: string, now = new Date()): Promise<AssessmentReport | null> {
  const checklist = await getChecklist(db, actor, assessmentId);
  if (!checklist) return null;
  const { assessment, sections, indicators, answers, files, history, decisions } = checklist;

  const [flags, threads, plans] = await Promise.all([
    db.reviewFlag.findMany({ where: { assessmentId }, orderBy: { raisedAt: "asc" } }),
    loadThreadViews(db, { assessmentId }),
    listProfilePlans(db, actor, assessment.city, vietnamToday(now)),
  ]);
  const peopleIds = [...new Set([...flags.map((f) => f.raisedById), assessment.submittedById, assessment.approvedById].filter((id): id is string => !!id))];
  const people = peopleIds.length ? await db.user.findMany({ where: { id: { in: peopleIds } }, select: { id: true, name: true } }) : [];
  const nameOf = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? "—") : "—");
  const stamp = (id: string | null, at: Date | null): PersonAt | null => (id && at ? { name: nameOf(id), at } : null);

  const scales = parseLevelScales(assessment.framework.levelScales);
  const result = scoreChecklist(sections, indicators, answers, scales, assessment.year, assessment.cityId);
  const lastYear = approvedLastYear(history, assessment.year);
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const threadByIndicator = new Map(threads.map((t) => [t.indicatorId, t]));
  const answerById = new Map(answers.map((a) => [a.indicatorId, a]));

  const reportIndicators: ReportIndicator[] = indicators.map((indicator) => {
    const answer = answerById.get(indicator.id)!;
    const section = sectionById.get(indicator.sectionId)!;
    // The targets that apply to this city: national ones and its own plan's, never another city's.
    const applying = applicableTargets(indicator.targets, assessment.cityId);
    const targetOf = (year: number | undefined): ReportTarget | null => {
      const found = applying.find((a) => a.target.year === year);
      return found
        ? { year: found.target.year, value: found.target.value, sourceTitle: found.target.sourceTitle, sourceUrl: found.target.sourceUrl, ownPlan: found.scope.kind === "ownPlan" }
        : null;
    };
    const attainment = result.indicators.get(indicator.id)!;
    const previousValue = lastYear?.values[indicator.code];
    const thread = threadByIndicator.get(indicator.id);
    return {
      id: indicator.id,
      code: indicator.code,
      section: { code: section.code, path: section.path, title: both(section.titleVi, section.titleEn) },
      label: both(indicator.labelVi, indicator.labelEn),
      type: indicator.type,
      unit: bilingual(indicator.unitVi, indicator.unitEn),
      numeratorLabel: bilingual(indicator.numeratorLabelVi, indicator.numeratorLabelEn),
      denominatorLabel: bilingual(indicator.denominatorLabelVi, indicator.denominatorLabelEn),
      direction: indicator.direction,
      required: indicator.required,
      maxWords: indicator.maxWords,
      levels: (indicator.levelScale ? (scales[indicator.levelScale] ?? []) : []).map((l) => ({ value: l.value, label: both(l.labelVi, l.labelEn) })),
      answer: {
        numerator: answer.numerator,
        denominator: answer.denominator,
        value: answer.value,
        text: answer.text,
        dataYear: answer.dataYear,
        comment: answer.comment,
      },
      evidence: { note: answer.evidenceNote, links: answer.evidenceLinks, files: files.filter((f) => f.indicatorId === indicator.id).map((f) => f.fileName) },
      target: targetOf(governingTarget(applying.map((a) => a.target), assessment.year)?.year),
      finalTarget: targetOf(applying.at(-1)?.target.year),
      unsetTargetYears: unsetTargetYears(indicator.targets, assessment.cityId),
      attainment: { status: attainment.status, score: attainment.score, expected: attainment.expected },
      flags: flags
        .filter((f) => f.indicatorId === indicator.id)
        .map((f) => ({ comment: f.comment, raisedBy: nameOf(f.raisedById), raisedAt: f.raisedAt, resolvedAt: f.resolvedAt })),
      discussion: thread
        ? {
            resolvedAt: thread.resolvedAt ? new Date(thread.resolvedAt) : null,
            resolvedBy: thread.resolvedByName,
            comments: thread.comments.map((c) => ({ authorName: c.authorName, authorRole: c.authorRole, body: c.body, at: new Date(c.at) })),
          }
        : null,
      previous: lastYear && previousValue !== undefined ? { year: lastYear.year, value: previousValue } : null,
      change: yearOverYear(answer.value, previousValue ?? null).change,
      projection: indicator.type === "rate" ? (rateTrend(history, assessment.year, indicator.code, answer.value)?.value ?? null) : null,
    };
  });
  const reportById = new Map(reportIndicators.map((i) => [i.id, i]));

  // Depth-first in the framework's order, as the checklist lists its sections.
  const reportSections: ReportSection[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const section of sections.filter((s) => s.parentId === parentId)) {
      reportSections.push({
        id: section.id,
        parentId,
        depth,
        code: section.code,
        path: section.path,
        title: both(section.titleVi, section.titleEn),
        score: result.sections.get(section.path) ?? null,
      });
      walk(section.id, depth + 1);
    }
  };
  walk(null, 0);

  return {
    assessmentId: assessment.id,
    generatedAt: now,
    cover: {
      city: {
        id: assessment.city.id,
        slug: assessment.city.slug,
        name: both(assessment.city.nameVi, assessment.city.nameEn),
        province: both(assessment.city.provinceVi, assessment.city.provinceEn),
        population: assessment.city.population,
        populationYear: assessment.city.populationYear,
        areaKm2: assessment.city.areaKm2,
        gnlcStatus: assessment.city.gnlcStatus,
        gnlcAdmittedYear: assessment.city.gnlcAdmittedYear,
      },
      framework: {
        code: assessment.framework.code,
        version: assessment.framework.version,
        title: both(assessment.framework.titleVi, assessment.framework.titleEn),
        sourceTitle: assessment.framework.sourceTitle,
        sourceUrl: assessment.framework.sourceUrl,
      },
      year: assessment.year,
      status: assessment.status,
      fromPublications: assessment.fromPublications,
      sourceNote: assessment.sourceNote,
      submitted: stamp(assessment.submittedById, assessment.submittedAt),
      approved: stamp(assessment.approvedById, assessment.approvedAt),
      completedAt: assessment.completedAt,
    },
    readiness: { overall: result.overall, sections: reportSections },
    indicators: reportIndicators,
    gaps: result.gaps.map((gap) => {
      const indicator = reportById.get(gap.indicatorId)!;
      return {
        indicatorId: gap.indicatorId,
        code: indicator.code,
        label: indicator.label,
        type: indicator.type,
        status: gap.status,
        score: gap.score,
        value: indicator.answer.value,
        target: indicator.target,
      };
    }),
    previousYear: lastYear?.year ?? null,
    decisions: decisions.map((d) => ({ act: d.act, toStatus: d.toStatus, reason: d.reason, actorName: d.actorName, at: new Date(d.at) })),
    actionPlans: plans
      .filter((p) => p.startYear <= assessment.year && assessment.year <= p.endYear)
      .map((plan) => ({
        id: plan.id,
        title: both(plan.titleVi, plan.titleEn ?? plan.titleVi),
        startYear: plan.startYear,
        endYear: plan.endYear,
        status: plan.status,
        progress: plan.progress,
        taskCount: plan.taskCount,
        taskCounts: plan.taskCounts,
        overdueCount: plan.overdueCount,
      })),
  };
}
