import { notAnInternalNote } from "../validation/source-title";
import { webUrl, z } from "../validation/zod";

// The file format of an indicator framework: what the seed loads from prisma/data/frameworks/
// and what an administrator imports. Rates, and the targets of rates, are fractions between 0
// and 1 (0.7 is 70%); the interface formats them as percentages in the reader's locale.

export const indicatorTypes = ["rate", "count", "number", "boolean", "level", "date", "text", "evidence"] as const;
export type IndicatorType = (typeof indicatorTypes)[number];

export const directions = ["higher", "lower"] as const;
export const evidenceRules = ["none", "optional", "required"] as const;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.nullish(z.string().check(z.trim(), z.maxLength(max)));
const url = z.nullish(webUrl());
// Sources are shown to users beside targets and indicators: publications, never working notes.
const source = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), notAnInternalNote);
const optionalSource = (max: number) => z.nullish(z.string().check(z.trim(), z.maxLength(max), notAnInternalNote));

const code = z.string().check(z.trim(), z.minLength(1), z.maxLength(40), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "validation.code" }));

export const targetSchema = z.object({
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  value: z.number(),
  // The slug of the city whose own plan sets this target (Hà Nội's KH 291); absent for a
  // national target, which applies to every city.
  city: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
  sourceTitle: source(300),
  sourceUrl: url,
  noteVi: optionalText(1000),
  noteEn: optionalText(1000),
});

export const levelSchema = z.object({
  value: z.number().check(z.int(), z.gte(0), z.lte(100)),
  labelVi: text(120),
  labelEn: text(120),
});

export const indicatorSchema = z
  .object({
    code,
    labelVi: text(500),
    labelEn: text(500),
    helpVi: optionalText(4000),
    helpEn: optionalText(4000),
    type: z.enum(indicatorTypes),
    unitVi: optionalText(40),
    unitEn: optionalText(40),
    numeratorLabelVi: optionalText(300),
    numeratorLabelEn: optionalText(300),
    denominatorLabelVi: optionalText(300),
    denominatorLabelEn: optionalText(300),
    direction: z._default(z.enum(directions), "higher"),
    weight: z._default(z.number().check(z.gte(0), z.lte(1000)), 1),
    required: z._default(z.boolean(), true),
    /**
     * Whether an optional indicator is still among those a checklist asks to answer: counted in
     * its progress and completeness and listed before completing when blank. False for one that
     * only records extra information. A required indicator always counts.
     */
    countsTowardsCompleteness: z._default(z.boolean(), true),
    evidence: z._default(z.enum(evidenceRules), "none"),
    /** The answer records the year its figure is for (population of 2024, say). */
    asOfYear: z._default(z.boolean(), false),
    /** Plausibility: a value outside these needs a comment (not an error). */
    softMin: z.nullish(z.number()),
    softMax: z.nullish(z.number()),
    /** A change from last year's approved value larger than this needs a comment (rates: in fraction points). */
    maxYearChange: z.nullish(z.number().check(z.gt(0))),
    /** For `level`: the key of a scale in the framework's `levelScales`. */
    levelScale: z.nullish(code),
    /** For `text`: the longest answer, in words. */
    maxWords: z.nullish(z.number().check(z.int(), z.gt(0), z.lte(10_000))),
    targets: z._default(z.array(targetSchema).check(z.maxLength(50)), []),
    verified: z._default(z.boolean(), true),
    verificationNoteVi: optionalText(1000),
    verificationNoteEn: optionalText(1000),
    sourceTitle: optionalSource(300),
    sourceUrl: url,
  })
  .check(
    z.refine((i) => i.type !== "level" || !!i.levelScale, { path: ["levelScale"], error: "validation.levelScaleRequired" }),
    z.refine((i) => !i.required || i.countsTowardsCompleteness, { path: ["countsTowardsCompleteness"], error: "validation.requiredAlwaysCounts" }),
    z.refine((i) => new Set(i.targets.map((t) => `${t.year}/${t.city ?? ""}`)).size === i.targets.length, { path: ["targets"], error: "validation.duplicateTargetYear" }),
    z.refine((i) => i.type !== "rate" || i.targets.every((t) => t.value >= 0 && t.value <= 1), { path: ["targets"], error: "validation.rateTargetRange" }),
  );
export type IndicatorFile = z.infer<typeof indicatorSchema>;

export interface SectionFile {
  code: string;
  titleVi: string;
  titleEn: string;
  descriptionVi?: string | null;
  descriptionEn?: string | null;
  weight: number;
  sections: SectionFile[];
  indicators: IndicatorFile[];
}

export const sectionSchema: z.ZodType<SectionFile, unknown> = z.lazy(() =>
  z.object({
    code,
    titleVi: text(500),
    titleEn: text(500),
    descriptionVi: optionalText(4000),
    descriptionEn: optionalText(4000),
    weight: z._default(z.number().check(z.gte(0), z.lte(1000)), 1),
    sections: z._default(z.array(sectionSchema).check(z.maxLength(200)), []),
    indicators: z._default(z.array(indicatorSchema).check(z.maxLength(500)), []),
  }),
);

export const frameworkFileSchema = z
  .object({
    code,
    version: z.number().check(z.int(), z.gte(1), z.lte(10_000)),
    titleVi: text(300),
    titleEn: text(300),
    descriptionVi: optionalText(4000),
    descriptionEn: optionalText(4000),
    sourceTitle: source(500),
    sourceUrl: url,
    /** False until an administrator has checked the wording and figures against the source. */
    verified: z.boolean(),
    noteVi: optionalText(2000),
    noteEn: optionalText(2000),
    levelScales: z._default(z.record(code, z.array(levelSchema).check(z.minLength(2), z.maxLength(20))), {}),
    sections: z.array(sectionSchema).check(z.minLength(1), z.maxLength(200)),
  })
  .check(
    z.superRefine((framework, ctx) => {
      const codes = new Set<string>();
      const walk = (sections: SectionFile[], path: (string | number)[]) =>
        sections.forEach((section, s) => {
          section.indicators.forEach((indicator, i) => {
            const at = [...path, s, "indicators", i];
            if (codes.has(indicator.code)) ctx.addIssue({ code: "custom", path: [...at, "code"], message: "validation.duplicateCode" });
            codes.add(indicator.code);
            if (indicator.levelScale && !framework.levelScales[indicator.levelScale]) {
              ctx.addIssue({ code: "custom", path: [...at, "levelScale"], message: "validation.unknownLevelScale" });
            }
          });
          walk(section.sections, [...path, s, "sections"]);
        });
      walk(framework.sections, ["sections"]);
    }),
  );
export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

/** Every indicator of a framework file, depth first, with the codes of its enclosing sections. */
export function flattenIndicators(sections: SectionFile[], trail: string[] = []): { indicator: IndicatorFile; sectionPath: string[] }[] {
  return sections.flatMap((section) => [
    ...section.indicators.map((indicator) => ({ indicator, sectionPath: [...trail, section.code] })),
    ...flattenIndicators(section.sections, [...trail, section.code]),
  ]);
}
