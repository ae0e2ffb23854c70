"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldChanges, SpreadsheetUploadForm } from "@/components/forms/spreadsheet-upload";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { rowClass, Table } from "@/components/ui/table";
import type { ColumnKey, FieldValue, RowError } from "@/lib/action-plans/spreadsheet";
import type { TaskImportPreview } from "@/server/action-plans/import-tasks";

interface Props {
  planId: string;
  /** Each column's name in the reader's language, as the file's headers give it. */
  columnLabels: Record<ColumnKey, string>;
  /** Whose titles to show: the English one when there is one and the reader reads English. */
  locale: string;
}

type Change = "added" | "changed" | "unchanged" | "invalid" | "notInFile";
const changeTone = { added: "green", changed: "blue", unchanged: "slate", invalid: "red", notInFile: "amber" } as const;

/**
 * Uploading an edited task spreadsheet: a preview of what each row would do, with every problem by
 * row and column, then applying it. The file stays in the browser between the two steps and is sent
 * again with the preview's digest, so what is applied is what was previewed, or a conflict.
 */
export function SpreadsheetImport({ planId, columnLabels, locale }: Props) {
  const t = useTranslations("planSpreadsheet");
  const tRoot = useTranslations();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<TaskImportPreview | null>(null);
  const [busy, setBusy] = useState<"preview" | "apply" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);

  const message = (key: string) => (tRoot.has(key) ? tRoot(key) : tRoot("validation.invalid"));

  async function send(mode: "preview" | "apply") {
    if (!file) {
      setError(t("upload.chooseFirst"));
      return;
    }
    setBusy(mode);
    setError(null);
    setApplied(null);
    const body = new FormData();
    body.set("mode", mode);
    body.set("file", file);
    if (mode === "apply" && preview) body.set("digest", preview.digest);
    try {
      const response = await fetch(`/api/action-plans/${planId}/tasks.xlsx`, { method: "POST", body });
      const json = await response.json();
      if (!response.ok) {
        if (response.status === 409) setPreview(null);
        setError(response.status === 409 ? t("conflict") : (json.message ?? t("failed")));
      } else if (mode === "preview") {
        setPreview(json.preview);
      } else {
        setPreview(null);
        setApplied(t("applied", json.applied));
        router.refresh();
      }
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(null);
    }
  }

  const changes = preview ? preview.counts.added + preview.counts.changed : 0;
  const blocked = !preview || preview.counts.rowsWithErrors > 0 || changes === 0;
  const title = (row: { titleVi: string | null; titleEn: string | null }) => (locale === "en" && row.titleEn ? row.titleEn : (row.titleVi ?? ""));
  const value = (field: ColumnKey, v: FieldValue) => {
    if (v === null || (Array.isArray(v) && v.length === 0)) return t("preview.empty");
    if (Array.isArray(v)) return v.join("; ");
    if (field === "status" && tRoot.has(`actionPlans.itemStatus.${v}`)) return tRoot(`actionPlans.itemStatus.${v}`);
    if (field === "kind" && tRoot.has(`actionPlans.kind.${v}`)) return tRoot(`actionPlans.kind.${v}`);
    return String(v);
  };
  const problem = (e: RowError) =>
    e.field === "_row" ? t("preview.rowErrorWhole", { row: e.rowNumber, message: message(e.key) }) : t("preview.rowError", { row: e.rowNumber, column: columnLabels[e.field], message: message(e.key) });

  return (
    <div className="space-y-6">
      <SpreadsheetUploadForm
        id="task-spreadsheet"
        namespace="planSpreadsheet"
        busy={busy === "preview"}
        disabled={busy !== null}
        onFile={(chosen) => {
          setFile(chosen);
          setPreview(null);
          setError(null);
          setApplied(null);
        }}
        onSubmit={() => void send("preview")}
      />

      <div role="status" aria-live="polite" className="space-y-1 text-sm">
        {error && <p className="text-red-700">{error}</p>}
        {applied && (
          <p className="text-emerald-800" data-testid="import-applied">
            {applied}
          </p>
        )}
      </div>

      {preview && (
        <section aria-labelledby="import-preview-heading" className="space-y-3" data-testid="import-preview">
          <h2 id="import-preview-heading" className="text-lg font-semibold">
            {t("preview.heading")}
          </h2>
          <p className="text-sm text-slate-800" data-testid="import-summary">
            {t("preview.summary", preview.counts)}
          </p>
          {preview.counts.rowsWithErrors > 0 && (
            <p className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900" role="alert">
              {t("preview.hasErrors", { count: preview.counts.rowsWithErrors })}
            </p>
          )}
          {preview.counts.rowsWithErrors === 0 && changes === 0 && <p className="text-sm text-slate-700">{t("preview.nothingToApply")}</p>}
          <Table
            caption={t("preview.caption")}
            minWidth="44rem"
            columns={[
              { label: t("preview.columns.row"), numeric: true },
              { label: t("preview.columns.code") },
              { label: t("preview.columns.title") },
              { label: t("preview.columns.change") },
              { label: t("preview.columns.details") },
            ]}
          >
            {preview.rows.map((row) => {
              const change: Change = row.errors.length > 0 || row.change === null ? "invalid" : row.change;
              return (
                <tr key={row.rowNumber} className={rowClass} data-testid="import-row" data-change={change} data-code={row.code ?? ""}>
                  <td className="py-2 pr-4 text-right align-top tabular-nums">{row.rowNumber}</td>
                  <td className="py-2 pr-4 align-top tabular-nums">{row.code ?? "—"}</td>
                  <td className="py-2 pr-4 align-top">{title(row)}</td>
                  <td className="py-2 pr-4 align-top">
                    <Badge tone={changeTone[change]}>{t(`preview.change.${change}`)}</Badge>
                  </td>
                  <td className="py-2 align-top">
                    <FieldChanges changes={row.fields.map((f) => ({ field: f.field, label: columnLabels[f.field], before: value(f.field, f.before), after: value(f.field, f.after) }))} />
                    {row.errors.length > 0 && (
                      <ul className="space-y-0.5 text-red-800" data-testid="import-row-errors">
                        {row.errors.map((e) => (
                          <li key={`${e.field}-${e.key}`}>{problem(e)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
            {preview.notInFile.map((item) => (
              <tr key={`missing-${item.code}`} className={rowClass} data-testid="import-row" data-change="notInFile" data-code={item.code}>
                <td className="py-2 pr-4 text-right align-top">—</td>
                <td className="py-2 pr-4 align-top tabular-nums">{item.code}</td>
                <td className="py-2 pr-4 align-top">{title(item)}</td>
                <td className="py-2 pr-4 align-top">
                  <Badge tone={changeTone.notInFile}>{t("preview.change.notInFile")}</Badge>
                </td>
                <td className="py-2 align-top" />
              </tr>
            ))}
          </Table>
          <Button type="button" onClick={() => void send("apply")} disabled={blocked || busy !== null}>
            {busy === "apply" ? t("applying") : t("apply", { count: changes })}
          </Button>
        </section>
      )}
    </div>
  );
}
