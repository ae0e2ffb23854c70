"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { FieldChanges, SpreadsheetUploadForm } from "@/components/forms/spreadsheet-upload";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { rowClass, Table } from "@/components/ui/table";
import type { AnswerValue, FieldChange, ResponseColumnKey } from "@/lib/assessments/response-spreadsheet";
import type { ResponseImportChoice } from "@/lib/validation/response-import";
import type { ImportRowView, ResponseImportApplied, ResponseImportPreview } from "@/server/assessments/import-responses";

interface Props {
  assessmentId: string;
  /** Each column's name in the reader's language, as the template's headers give it. */
  columnLabels: Record<ResponseColumnKey, string>;
}

const statusTone = { changed: "blue", unchanged: "slate", invalid: "red" } as const;
const statusOf = (row: ImportRowView) => (row.errors.length > 0 || row.change === null ? "invalid" : row.change);

/**
 * Uploading a filled-in answer template: a preview of each row's changes and problems, the choice
 * between applying the valid rows or all rows or none, then what was applied. The file stays in
 * the browser between the steps and goes again with the preview's digest, so what is applied is
 * what was previewed, or the server says it moved on.
 */
export function ResponseImport({ assessmentId, columnLabels }: Props) {
  const t = useTranslations("responseImport");
  const format = useFormatter();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ResponseImportPreview | null>(null);
  const [choice, setChoice] = useState<ResponseImportChoice>("validOnly");
  const [busy, setBusy] = useState<"preview" | "apply" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<ResponseImportApplied | null>(null);

  async function send(mode: "preview" | "apply") {
    if (!file) return setError(t("upload.chooseFirst"));
    setBusy(mode);
    setError(null);
    const body = new FormData();
    body.set("mode", mode);
    body.set("file", file);
    if (mode === "apply" && preview) {
      body.set("digest", preview.digest);
      body.set("choice", choice);
    }
    try {
      const response = await fetch(`/api/assessments/${assessmentId}/template.xlsx`, { method: "POST", body });
      const json = await response.json();
      if (!response.ok) {
        // The preview no longer holds: it has to be made again before anything can be applied.
        if (response.status === 409) setPreview(null);
        setError([json.message ?? t("failed"), response.status === 409 ? t("conflictAgain") : ""].join(" ").trim());
      } else if (mode === "preview") {
        setApplied(null);
        setPreview(json.preview);
      } else {
        setPreview(null);
        setApplied(json.applied);
      }
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(null);
    }
  }

  const shown = (row: ImportRowView, change: FieldChange, value: AnswerValue) => {
    if (value === null) return t("preview.empty");
    if (typeof value === "string") return value;
    if (change.field === "value" && row.indicatorType === "boolean") return value === 1 ? t("yes") : value === 0 ? t("no") : String(value);
    return change.field === "dataYear" ? String(value) : format.number(value);
  };
  const changeList = (row: ImportRowView) => (
    <FieldChanges changes={row.changes.map((change) => ({ field: change.field, label: columnLabels[change.field], before: shown(row, change, change.before), after: shown(row, change, change.after) }))} />
  );

  return (
    <div className="space-y-6">
      <SpreadsheetUploadForm
        id="response-spreadsheet"
        namespace="responseImport"
        busy={busy === "preview"}
        disabled={busy !== null}
        onFile={(chosen) => {
          setFile(chosen);
          setPreview(null);
          setApplied(null);
          setError(null);
        }}
        onSubmit={() => void send("preview")}
      />

      <div role="status" aria-live="polite" className="text-sm">
        {error && (
          <p className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900" data-testid="import-error">
            {error}
          </p>
        )}
      </div>

      {preview && (
        <section aria-labelledby="import-preview-heading" className="space-y-4" data-testid="import-preview">
          <h2 id="import-preview-heading" className="text-lg font-semibold">
            {t("preview.heading")}
          </h2>
          <p className="text-sm text-slate-800" data-testid="import-summary">
            {preview.counts.applicable === 0 && preview.counts.withErrors === 0 ? t("preview.nothing") : t("preview.summary", preview.counts)}
          </p>
          <Table
            caption={t("preview.caption")}
            minWidth="48rem"
            columns={[
              { label: t("preview.columns.row"), numeric: true },
              { label: t("preview.columns.code") },
              { label: t("preview.columns.indicator") },
              { label: t("preview.columns.result") },
              { label: t("preview.columns.details") },
            ]}
          >
            {preview.rows.map((row) => {
              const status = statusOf(row);
              return (
                <tr key={row.rowNumber} className={rowClass} data-testid="import-row" data-status={status} data-code={row.code ?? ""}>
                  <td className="py-2 pr-4 text-right align-top tabular-nums">{row.rowNumber}</td>
                  <td className="py-2 pr-4 align-top tabular-nums">{row.code ?? "—"}</td>
                  <td className="py-2 pr-4 align-top">{row.label ?? "—"}</td>
                  <td className="py-2 pr-4 align-top">
                    <Badge tone={statusTone[status]}>{t(`preview.status.${status}`)}</Badge>
                  </td>
                  <td className="py-2 align-top">
                    {changeList(row)}
                    {row.errors.length > 0 && (
                      <ul className="mt-1 space-y-0.5 text-red-800" aria-label={t("preview.errorsLabel", { row: row.rowNumber })} data-testid="import-row-errors">
                        {row.errors.map((e) => (
                          <li key={`${e.field}-${e.code}`}>{e.field === "_row" ? e.message : t("preview.rowError", { column: columnLabels[e.field], message: e.message })}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </Table>

          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">{t("choice.legend")}</legend>
            {(["validOnly", "allOrNothing"] as const).map((option) => (
              <label key={option} className="flex cursor-pointer items-start gap-2 text-sm">
                <input type="radio" name="import-choice" value={option} checked={choice === option} onChange={() => setChoice(option)} className="mt-1" aria-describedby={`import-choice-${option}-hint`} />
                <span>
                  <span className="font-medium">{t(`choice.${option}`)}</span>
                  <span id={`import-choice-${option}-hint`} className="block text-slate-600">
                    {t(`choice.${option}Hint`)}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <Button type="button" onClick={() => void send("apply")} disabled={preview.counts.applicable === 0 || busy !== null}>
            {busy === "apply" ? t("applying") : t("apply")}
          </Button>
        </section>
      )}

      {applied && (
        <section aria-labelledby="import-applied-heading" className="space-y-3" data-testid="import-applied">
          <h2 id="import-applied-heading" className="text-lg font-semibold">
            {t("applied.heading")}
          </h2>
          <p className="text-sm text-emerald-900">{t("applied.summary", { count: applied.applied.length, skipped: applied.skipped, unchanged: applied.unchanged })}</p>
          {applied.applied.length > 0 && (
            <Table caption={t("applied.caption")} minWidth="36rem" columns={[{ label: t("preview.columns.code") }, { label: t("preview.columns.indicator") }, { label: t("applied.changes") }]}>
              {applied.applied.map((row) => (
                <tr key={row.rowNumber} className={rowClass} data-testid="applied-row" data-code={row.code ?? ""}>
                  <td className="py-2 pr-4 align-top tabular-nums">{row.code}</td>
                  <td className="py-2 pr-4 align-top">{row.label}</td>
                  <td className="py-2 align-top">{changeList(row)}</td>
                </tr>
              ))}
            </Table>
          )}
          <div className="flex flex-wrap gap-3 text-sm">
            <a href={`/assessments/${assessmentId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {t("applied.backToChecklist")}
            </a>
            <a href={`/assessments/${assessmentId}/history`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {t("applied.history")}
            </a>
          </div>
        </section>
      )}
    </div>
  );
}
