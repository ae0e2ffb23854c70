// The public shape of each open-data record, shared by the JSON API, the CSV downloads and the
// OpenAPI description. Field names are English and stable: a consumer's script keeps working when
// the app's wording changes. Values are numbers as stored (rates as fractions: 0.67 is 67%),
// never formatted for a locale; calendar days are ISO 8601 (YYYY-MM-DD) and moments ISO 8601 in
// Vietnam's time with its offset (2026-12-02T14:05:09+07:00), in the JSON and the CSV alike.

import { parseLevelScales, toScoringAnswers, toScoringIndicators } from "../assessments/score-checklist";
import { isoMoment } from "../format/dates";
import { applicableTargets } from "../readiness/target-scope";
import { attainment, type AttainmentStatus } from "../readiness/attainment";
import { cityLinks } from "./links";
import { isOpenResult } from "./rules";

export interface CityRef {
  slug: string;
  nameVi: string;
  nameEn: string;
}

/** One indicator of one approved assessment. */
export interface ResultRecord {
  city: CityRef;
  framework: { code: string; version: number; titleVi: string; titleEn: string };
  year: number;
  /** When a coordinator approved the assessment: ISO 8601 in Vietnam's time, with the +07:00 offset. */
  approvedAt: string;
  /** The figures were copied from the city's publications rather than entered by the city. */
  fromPublications: boolean;
  indicator: { code: string; section: string; labelVi: string; labelEn: string; type: string; direction: string; unitVi: string | null; unitEn: string | null };
  /** Rate as a fraction, count, number, level value, boolean as 1 (yes) or 0 (no); null for text, date and evidence answers. */
  value: number | null;
  rate: { numerator: number | null; denominator: number | null; value: number | null } | null;
  level: { value: number; max: number | null; labelVi: string | null; labelEn: string | null } | null;
  /** Text answers, and dates as YYYY-MM-DD. */
  text: string | null;
  /** The year the figure describes, when it is not the assessment's year. */
  dataYear: number | null;
  /**
   * The target the value is judged against in `year`, with where the target comes from and its
   * scope: national, or the city's own plan (which applies to that city only).
   */
  target: { year: number; value: number; sourceTitle: string; sourceUrl: string | null; scope: "national" | "city-plan" } | null;
  attainment: { status: AttainmentStatus; score: number | null };
}

/** A stored answer with everything needed to publish it; evidence, comments and authors are deliberately not part of it. */
export interface ResultRow {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  text: string | null;
  dataYear: number | null;
  assessment: {
    status: string;
    year: number;
    approvedAt: Date | null;
    fromPublications: boolean;
    /** Whose own plan's targets apply (lib/readiness/target-scope). */
    cityId: string;
    city: CityRef & { publishesOpenData: boolean };
    framework: { code: string; version: number; titleVi: string; titleEn: string; levelScales: string };
  };
  indicator: {
    id: string;
    sectionId: string;
    code: string;
    labelVi: string;
    labelEn: string;
    type: string;
    direction: string;
    unitVi: string | null;
    unitEn: string | null;
    levelScale: string | null;
    weight: number;
    required: boolean;
    section: { path: string };
    targets: { year: number; value: number; sourceTitle: string; sourceUrl: string | null; cityId?: string | null }[];
  };
}

// Copied field by field, so nothing else a loaded row carries (the publishing flag, ids) slips out.
const cityRef = (city: CityRef): CityRef => ({ slug: city.slug, nameVi: city.nameVi, nameEn: city.nameEn });

const numericTypes = new Set(["rate", "count", "number", "boolean", "level"]);
const textTypes = new Set(["text", "date"]);

/** The public record of one answer, or null when its assessment may not be published. */
export function toResultRecord(row: ResultRow): ResultRecord | null {
  const { assessment, indicator } = row;
  if (!isOpenResult(assessment) || !assessment.approvedAt) return null;
  const scales = parseLevelScales(assessment.framework.levelScales);
  const [scoring] = toScoringIndicators([indicator], new Map([[indicator.sectionId, indicator.section.path]]), scales, assessment.cityId);
  const [answer] = toScoringAnswers([indicator], [{ indicatorId: indicator.id, value: row.value, text: row.text, evidenceNote: null, evidenceLinks: [] }]);
  const judged = attainment(scoring, answer.value, assessment.year);
  const target = judged.target ? (applicableTargets(indicator.targets, assessment.cityId).find((a) => a.target.year === judged.target!.year) ?? null) : null;
  const value = numericTypes.has(indicator.type) ? row.value : null;
  const scaleLevel = indicator.levelScale ? scales[indicator.levelScale]?.find((l) => l.value === value) : undefined;
  const { city, framework } = assessment;
  return {
    city: cityRef(city),
    framework: { code: framework.code, version: framework.version, titleVi: framework.titleVi, titleEn: framework.titleEn },
    year: assessment.year,
    approvedAt: isoMoment(assessment.approvedAt),
    fromPublications: assessment.fromPublications,
    indicator: {
      code: indicator.code,
      section: indicator.section.path,
      labelVi: indicator.labelVi,
      labelEn: indicator.labelEn,
      type: indicator.type,
      direction: indicator.direction,
      unitVi: indicator.unitVi,
      unitEn: indicator.unitEn,
    },
    value,
    rate: indicator.type === "rate" ? { numerator: row.numerator, denominator: row.denominator, value } : null,
    level:
      indicator.type === "level" && value !== null
        ? { value, max: scoring.topLevel ?? null, labelVi: scaleLevel?.labelVi ?? null, labelEn: scaleLevel?.labelEn ?? null }
        : null,
    text: textTypes.has(indicator.type) ? row.text : null,
    dataYear: row.dataYear,
    target: target && {
      year: target.target.year,
      value: target.target.value,
      sourceTitle: target.target.sourceTitle,
      sourceUrl: target.target.sourceUrl,
      scope: target.scope.kind === "ownPlan" ? ("city-plan" as const) : ("national" as const),
    },
    attainment: { status: judged.status, score: judged.score },
  };
}

/** A figure a city or the press has published, with its source. */
export interface ReferenceValueRecord {
  city: CityRef;
  framework: { code: string };
  /** The indicator's wording in the latest published version of the framework; null labels when it is no longer there. */
  indicator: { code: string; labelVi: string | null; labelEn: string | null; type: string | null; unitVi: string | null; unitEn: string | null };
  year: number;
  /** In the indicator's unit: rates as fractions. */
  value: number;
  /** For rates, the count behind the share when it was published. */
  count: number | null;
  /**
   * What the figure is measured against (lib/compare/basis.ts): share-of-households,
   * share-of-registered-households, count-of-registered-models, count-of-recognised-titles, or
   * null for the indicator's own definition. Figures of different bases are not comparable.
   */
  basis: string | null;
  /** The date the figure stands at, and the publication's date (YYYY-MM-DD, YYYY-MM or YYYY). */
  asOf: string | null;
  source: { title: string; url: string | null; publishedOn: string | null };
  noteVi: string | null;
  noteEn: string | null;
}

export interface ReferenceValueRow {
  frameworkCode: string;
  indicatorCode: string;
  year: number;
  value: number;
  count: number | null;
  basis: string | null;
  asOf: string | null;
  publishedOn: string | null;
  sourceTitle: string;
  sourceUrl: string | null;
  noteVi: string | null;
  noteEn: string | null;
  city: CityRef;
}

export interface IndicatorWording {
  labelVi: string;
  labelEn: string;
  type: string;
  unitVi: string | null;
  unitEn: string | null;
}

export function toReferenceValueRecord(row: ReferenceValueRow, wording: IndicatorWording | undefined): ReferenceValueRecord {
  return {
    city: cityRef(row.city),
    framework: { code: row.frameworkCode },
    indicator: {
      code: row.indicatorCode,
      labelVi: wording?.labelVi ?? null,
      labelEn: wording?.labelEn ?? null,
      type: wording?.type ?? null,
      unitVi: wording?.unitVi ?? null,
      unitEn: wording?.unitEn ?? null,
    },
    year: row.year,
    value: row.value,
    count: row.count,
    basis: row.basis,
    asOf: row.asOf,
    source: { title: row.sourceTitle, url: row.sourceUrl, publishedOn: row.publishedOn },
    noteVi: row.noteVi,
    noteEn: row.noteEn,
  };
}

/** A CSV column (lib/reports/csv.ts writes the file): its header (English, snake_case, stable) and the cell of one record. */
export interface CsvColumn<T> {
  header: string;
  cell: (record: T) => string | number | null;
}

const cityColumns: CsvColumn<{ city: CityRef }>[] = [
  { header: "city_slug", cell: (r) => r.city.slug },
  { header: "city_name_vi", cell: (r) => r.city.nameVi },
  { header: "city_name_en", cell: (r) => r.city.nameEn },
];

/** One row per indicator of an approved assessment: the JSON record, flattened. */
export const resultColumns: CsvColumn<ResultRecord>[] = [
  ...cityColumns,
  { header: "framework_code", cell: (r) => r.framework.code },
  { header: "framework_version", cell: (r) => r.framework.version },
  { header: "framework_title_vi", cell: (r) => r.framework.titleVi },
  { header: "framework_title_en", cell: (r) => r.framework.titleEn },
  { header: "year", cell: (r) => r.year },
  { header: "approved_at", cell: (r) => r.approvedAt },
  { header: "from_publications", cell: (r) => (r.fromPublications ? "true" : "false") },
  { header: "section", cell: (r) => r.indicator.section },
  { header: "indicator_code", cell: (r) => r.indicator.code },
  { header: "indicator_label_vi", cell: (r) => r.indicator.labelVi },
  { header: "indicator_label_en", cell: (r) => r.indicator.labelEn },
  { header: "indicator_type", cell: (r) => r.indicator.type },
  { header: "direction", cell: (r) => r.indicator.direction },
  { header: "unit_vi", cell: (r) => r.indicator.unitVi },
  { header: "unit_en", cell: (r) => r.indicator.unitEn },
  { header: "value", cell: (r) => r.value },
  { header: "numerator", cell: (r) => r.rate?.numerator ?? null },
  { header: "denominator", cell: (r) => r.rate?.denominator ?? null },
  { header: "level_max", cell: (r) => r.level?.max ?? null },
  { header: "level_label_vi", cell: (r) => r.level?.labelVi ?? null },
  { header: "level_label_en", cell: (r) => r.level?.labelEn ?? null },
  { header: "text", cell: (r) => r.text },
  { header: "data_year", cell: (r) => r.dataYear },
  { header: "target_year", cell: (r) => r.target?.year ?? null },
  { header: "target_value", cell: (r) => r.target?.value ?? null },
  { header: "target_source_title", cell: (r) => r.target?.sourceTitle ?? null },
  { header: "target_source_url", cell: (r) => r.target?.sourceUrl ?? null },
  { header: "target_scope", cell: (r) => r.target?.scope ?? null },
  { header: "attainment_status", cell: (r) => r.attainment.status },
  { header: "attainment_score", cell: (r) => r.attainment.score },
];

export const referenceValueColumns: CsvColumn<ReferenceValueRecord>[] = [
  ...cityColumns,
  { header: "framework_code", cell: (r) => r.framework.code },
  { header: "indicator_code", cell: (r) => r.indicator.code },
  { header: "indicator_label_vi", cell: (r) => r.indicator.labelVi },
  { header: "indicator_label_en", cell: (r) => r.indicator.labelEn },
  { header: "indicator_type", cell: (r) => r.indicator.type },
  { header: "unit_vi", cell: (r) => r.indicator.unitVi },
  { header: "unit_en", cell: (r) => r.indicator.unitEn },
  { header: "year", cell: (r) => r.year },
  { header: "value", cell: (r) => r.value },
  { header: "count", cell: (r) => r.count },
  { header: "basis", cell: (r) => r.basis },
  { header: "as_of", cell: (r) => r.asOf },
  { header: "source_title", cell: (r) => r.source.title },
  { header: "source_url", cell: (r) => r.source.url },
  { header: "source_published_on", cell: (r) => r.source.publishedOn },
  { header: "note_vi", cell: (r) => r.noteVi },
  { header: "note_en", cell: (r) => r.noteEn },
];

/** A publishing city, with the approved assessments it publishes. */
export interface CityRecord extends CityRef {
  provinceVi: string;
  provinceEn: string;
  country: string;
  gnlc: { status: string; admittedYear: number | null };
  approvedResults: { framework: { code: string; version: number; titleVi: string; titleEn: string }; year: number; approvedAt: string }[];
  links: ReturnType<typeof cityLinks>;
}

export interface CityRow extends CityRef {
  provinceVi: string;
  provinceEn: string;
  country: string;
  gnlcStatus: string;
  gnlcAdmittedYear: number | null;
  publishesOpenData: boolean;
  assessments: { status: string; year: number; approvedAt: Date | null; framework: { code: string; version: number; titleVi: string; titleEn: string } }[];
}

/** The public record of a city, or null when it does not publish. Its assessments go through the same rule as its results. */
export function toCityRecord(row: CityRow): CityRecord | null {
  if (!row.publishesOpenData) return null;
  const approved = row.assessments.filter((a) => isOpenResult({ ...a, city: row }));
  return {
    ...cityRef(row),
    provinceVi: row.provinceVi,
    provinceEn: row.provinceEn,
    country: row.country,
    gnlc: { status: row.gnlcStatus, admittedYear: row.gnlcAdmittedYear },
    approvedResults: approved
      .map((a) => ({
        framework: { code: a.framework.code, version: a.framework.version, titleVi: a.framework.titleVi, titleEn: a.framework.titleEn },
        year: a.year,
        approvedAt: isoMoment(a.approvedAt!),
      }))
      .sort((a, b) => a.framework.code.localeCompare(b.framework.code) || a.year - b.year),
    links: cityLinks(row.slug),
  };
}

/**
 * A city's approved results as the public page lists them: one line per framework (named by its
 * newest version's titles) with the years approved, in the order of the framework codes.
 */
export function approvedYearsByFramework(results: CityRecord["approvedResults"]): { code: string; titleVi: string; titleEn: string; years: number[] }[] {
  const byCode = new Map<string, { code: string; titleVi: string; titleEn: string; version: number; years: number[] }>();
  for (const { framework, year } of results) {
    const line = byCode.get(framework.code);
    if (!line) byCode.set(framework.code, { ...framework, years: [year] });
    else {
      line.years.push(year);
      if (framework.version > line.version) Object.assign(line, { version: framework.version, titleVi: framework.titleVi, titleEn: framework.titleEn });
    }
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)).map(({ code, titleVi, titleEn, years }) => ({ code, titleVi, titleEn, years: years.sort((a, b) => a - b) }));
}
