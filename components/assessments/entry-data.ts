import { toCheckIndicator } from "@/lib/assessments/check-indicator";
import { checkResponse } from "@/lib/assessments/check-response";
import { parseLevelScales, toScoringIndicators } from "@/lib/assessments/score-checklist";
import { localized } from "@/lib/localized";
import { governingTarget } from "@/lib/readiness/attainment";
import { applicableTargets } from "@/lib/readiness/target-scope";
import type { Checklist } from "@/server/assessments/get-checklist";
import type { EntryIndicator, EntrySection, EntryState } from "./types";

/** The checklist's framework, answers and their current state, shaped for the browser in one language. */
export function checklistEntryData(checklist: Checklist, locale: string) {
  const { assessment, sections, indicators, answers, files, lastYearValues } = checklist;
  const scales = parseLevelScales(assessment.framework.levelScales);

  // How each answer is judged against its targets, as the readiness page judges it.
  const scoring = toScoringIndicators(indicators, new Map(), scales, assessment.cityId);
  const entryIndicators: EntryIndicator[] = indicators.map((indicator, index) => {
    // The targets that apply to the checklist's city: national ones and its own plan's.
    const applying = applicableTargets(indicator.targets, assessment.cityId).map((a) => a.target);
    const target = governingTarget(applying, assessment.year);
    const source = target ? applying.find((t) => t.year === target.year) : undefined;
    return {
      id: indicator.id,
      code: indicator.code,
      sectionId: indicator.sectionId,
      type: indicator.type as EntryIndicator["type"],
      label: localized(indicator, "label", locale) ?? indicator.code,
      help: localized(indicator, "help", locale),
      unit: localized(indicator, "unit", locale),
      numeratorLabel: localized(indicator, "numeratorLabel", locale),
      denominatorLabel: localized(indicator, "denominatorLabel", locale),
      levels: (indicator.levelScale ? (scales[indicator.levelScale] ?? []) : []).map((l) => ({ value: l.value, label: locale === "en" ? l.labelEn : l.labelVi })),
      target: target && source ? { year: target.year, value: target.value, sourceTitle: source.sourceTitle } : null,
      lastYearValue: lastYearValues[indicator.code] ?? null,
      verified: indicator.verified,
      verificationNote: localized(indicator, "verificationNote", locale),
      rules: toCheckIndicator(indicator, assessment.framework.levelScales),
      scoring: scoring[index],
    };
  });

  // Depth-first, in file order, each section listing the indicators of its whole subtree.
  const entrySections: EntrySection[] = [];
  const walk = (parentId: string | null, depth: number): string[] =>
    sections
      .filter((s) => s.parentId === parentId)
      .flatMap((section) => {
        const entry: EntrySection = { id: section.id, code: section.code, title: localized(section, "title", locale) ?? section.code, depth, indicatorIds: [] };
        entrySections.push(entry);
        entry.indicatorIds = [...indicators.filter((i) => i.sectionId === section.id).map((i) => i.id), ...walk(section.id, depth + 1)];
        return entry.indicatorIds;
      });
  walk(null, 0);

  const initialStates: Record<string, EntryState> = Object.fromEntries(
    entryIndicators.map((indicator, i) => {
      const evidenceFiles = files.filter((f) => f.indicatorId === indicator.id).length;
      const check = checkResponse(indicator.rules, { ...answers[i], evidenceFiles }, { year: assessment.year, previousValue: indicator.lastYearValue });
      return [indicator.id, { unsaved: false, atRisk: false, answered: check.answered, errors: check.errors.length + check.unresolvedWarnings.length, missingRequired: check.missingRequired }];
    }),
  );

  return { indicators: entryIndicators, sections: entrySections, initialStates };
}
