"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

const xlsxTypes = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The first step of every spreadsheet import: a labelled .xlsx file box and the button that asks
 * for a preview, worded by the import's own messages (`upload.file`, `upload.hint`,
 * `upload.preview`, `upload.reading` under `namespace`). Choosing another file is reported so the
 * page can drop the previous preview.
 */
export function SpreadsheetUploadForm(props: {
  id: string;
  namespace: "planSpreadsheet" | "responseImport";
  busy: boolean;
  disabled: boolean;
  onFile: (file: File | null) => void;
  onSubmit: () => void;
}) {
  const t = useTranslations(`${props.namespace}.upload`);
  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate className="grid max-w-2xl gap-3">
      <Field id={props.id} label={t("file")} hint={t("hint")}>
        <Input id={props.id} type="file" accept={xlsxTypes} aria-describedby={`${props.id}-hint`} onChange={(event) => props.onFile(event.target.files?.[0] ?? null)} />
      </Field>
      <div>
        <Button type="submit" disabled={props.disabled}>
          {props.busy ? t("reading") : t("preview")}
        </Button>
      </div>
    </form>
  );
}

/** What an imported row changes, field by field: the old value struck through, the new one after it. */
export function FieldChanges({ changes }: { changes: { field: string; label: string; before: string; after: string }[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="space-y-0.5">
      {changes.map((change) => (
        <li key={change.field} data-testid="import-field-change" data-field={change.field}>
          <span className="font-medium">{change.label}:</span> <del className="text-slate-600">{change.before}</del> → <ins className="no-underline">{change.after}</ins>
        </li>
      ))}
    </ul>
  );
}
