import { webUrl, z } from "../validation/zod";

// The file format of an indicator framework: what the seed loads from prisma/data/frameworks/
// and what an administrator imports. Rates, and the targets of rates, are fractions between 0
// and 1 (0.7 is 70%); the interface formats them as percentages in the reader's locale.

export const indicatorTypes = ["rate", "count", "number", "boolean", "level", "date", "text", "evidence"] as const;
export type IndicatorType = (typeof indicatorTypes)[number];

export const directions = ["higher", "lower"] as const;
export const evidenceRules = ["none", "optional", "required"] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const url = webUrl().nullish();

const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "validation.code" });

export const targetSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  value: z.number().finite(),
  sourceTitle: text(300),
  sourceUrl: url,
  noteVi: optionalText(1000),
  noteEn: optionalText(1000),
});

export const levelSchema = z.object({
  value: z.number().int().min(0).max(100),
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
    direction: z.enum(directions).default("higher"),
    weight: z.number().min(0).max(1000).default(1),
    required: z.boolean().default(true),
    evidence: z.enum(evidenceRules).default("none"),
    /** The answer records the year its figure is for (population of 2024, say). */
    asOfYear: z.boolean().default(false),
    /** Plausibility: a value outside these needs a comment (not an error). */
    softMin: z.number().finite().nullish(),
    softMax: z.number().finite().nullish(),
    /** A change from last year's approved value larger than this needs a comment (rates: in fraction points). */
    maxYearChange: z.number().positive().finite().nullish(),
    /** For `level`: the key of a scale in the framework's `levelScales`. */
    levelScale: code.nullish(),
    /** For `text`: the longest answer, in words. */
    maxWords: z.number().int().positive().max(10_000).nullish(),
    targets: z.array(targetSchema).max(50).default([]),
    verified: z.boolean().default(true),
    verificationNoteVi: optionalText(1000),
    verificationNoteEn: optionalText(1000),
    sourceTitle: optionalText(300),
    sourceUrl: url,
  })
  .refine((i) => i.type !== "level" || !!i.levelScale, { path: ["levelScale"], error: "validation.levelScaleRequired" })
  .refine((i) => new Set(i.targets.map((t) => t.year)).size === i.targets.length, { path: ["targets"], error: "validation.duplicateTargetYear" })
  .refine((i) => i.type !== "rate" || i.targets.every((t) => t.value >= 0 && t.value <= 1), { path: ["targets"], error: "validation.rateTargetRange" });
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
    weight: z.number().min(0).max(1000).default(1),
    sections: z.array(sectionSchema).max(200).default([]),
    indicators: z.array(indicatorSchema).max(500).default([]),
  }),
);

export const frameworkFileSchema = z
  .object({
    code,
    version: z.number().int().min(1).max(10_000),
    titleVi: text(300),
    titleEn: text(300),
    descriptionVi: optionalText(4000),
    descriptionEn: optionalText(4000),
    sourceTitle: text(500),
    sourceUrl: url,
    /** False until an administrator has checked the wording and figures against the source. */
    verified: z.boolean(),
    noteVi: optionalText(2000),
    noteEn: optionalText(2000),
    levelScales: z.record(code, z.array(levelSchema).min(2).max(20)).default({}),
    sections: z.array(sectionSchema).min(1).max(200),
  })
  .superRefine((framework, ctx) => {
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
  });
export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

/** Every indicator of a framework file, depth first, with the codes of its enclosing sections. */
export function flattenIndicators(sections: SectionFile[], trail: string[] = []): { indicator: IndicatorFile; sectionPath: string[] }[] {
  return sections.flatMap((section) => [
    ...section.indicators.map((indicator) => ({ indicator, sectionPath: [...trail, section.code] })),
    ...flattenIndicators(section.sections, [...trail, section.code]),
  ]);
}
