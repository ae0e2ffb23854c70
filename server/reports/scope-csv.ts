import { csvChunks } from "@/lib/reports/csv";
import { scopeLongRows, scopeLongTable, scopeWideRows, scopeWideTable } from "@/lib/reports/scope-rows";
import type { ExportLanguage } from "@/lib/reports/workbook-language";
import type { ScopeCsvQuery } from "@/lib/validation/exports";
import type { ScopeRows } from "./read-scope-rows";

/** One table of the scope export as CSV text, a batch of assessments per chunk. */
export function scopeCsv(rows: ScopeRows, table: ScopeCsvQuery["table"], language: ExportLanguage): AsyncGenerator<string> {
  const [spec, rowsOf] = table === "long" ? [scopeLongTable(language), scopeLongRows] : [scopeWideTable(language), scopeWideRows];
  async function* batches() {
    for await (const batch of rows.batches()) yield batch.flatMap((assessment) => rowsOf(assessment, language));
  }
  return csvChunks(spec.columns, batches());
}
