import "server-only";
import { csvChunks } from "@/lib/reports/csv";
import { scopeLongRows, scopeLongTable, scopeWideRows, scopeWideTable } from "@/lib/reports/scope-rows";
import type { Translator } from "@/i18n/translator";
import type { ScopeCsvQuery } from "@/lib/validation/exports";
import type { ScopeRows } from "./read-scope-rows";

/** One table of the scope export as CSV text, a batch of assessments per chunk. */
export function scopeCsv(rows: ScopeRows, table: ScopeCsvQuery["table"], language: Translator): AsyncGenerator<string> {
  const [spec, rowsOf] = table === "long" ? [scopeLongTable(language), scopeLongRows] : [scopeWideTable(language), scopeWideRows];
  async function* batches() {
    for await (const batch of rows.batches()) yield batch.flatMap((assessment) => rowsOf(assessment, language));
  }
  return csvChunks(spec.columns, batches(), language.t("exports.vietnamTime"));
}
