"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postPlanUpdateAction } from "@/server/actions/action-plans";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { acceptedExtensions } from "@/lib/assessments/evidence-files";
import { itemStatuses, type ItemStatus } from "@/lib/action-plans/vocabulary";
import { planUpdateSchema } from "@/lib/validation/action-plans";
import { binder } from "@/components/forms/binder";
import { Textarea } from "./form-parts";

interface Props {
  itemId: string;
  revision: number;
  status: ItemStatus;
  progress: number;
  /** A goal's progress is rolled up from its tasks, so only its status is reported. */
  rollsUp: boolean;
}

/**
 * A progress report: new status and progress, a note (required for any change), links, and files
 * sent once the report is saved. The page remounts the form with the new revision after a save.
 */
export function UpdateForm({ itemId, revision, status, progress, rollsUp }: Props) {
  const t = useTranslations("actionPlans");
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const { form, onSubmit, formError, saved } = useActionForm(
    planUpdateSchema,
    { itemId, revision, status, progress: String(progress), note: "", evidenceLinks: "" },
    postPlanUpdateAction,
    async (value) => {
      for (const file of files) {
        const body = new FormData();
        body.set("updateId", value.updateId);
        body.set("file", file);
        const response = await fetch("/api/plan-files", { method: "POST", body }).catch(() => null);
        if (!response?.ok) {
          setFileError((await response?.json().catch(() => null))?.message ?? t("fileFailed", { name: file.name }));
          break;
        }
      }
      router.refresh();
    },
  );
  const bind = binder(form, "update-");
  const statusField = bind("status");
  const progressField = bind("progress");
  const note = bind("note", true);
  const links = bind("evidenceLinks", true);

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" data-testid="update-form">
      <Field id={statusField.props.id} label={t("fields.status")} error={statusField.error}>
        <Select {...statusField.props}>
          {itemStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`itemStatus.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      {rollsUp ? (
        <p className="self-end text-sm text-slate-700">{t("rolledUpProgress", { value: progress })}</p>
      ) : (
        <Field id={progressField.props.id} label={t("fields.progress")} error={progressField.error}>
          <Input {...progressField.props} type="number" min={0} max={100} step={1} inputMode="numeric" />
        </Field>
      )}
      <div className="sm:col-span-2">
        <Field id={note.props.id} label={t("fields.note")} hint={t("noteHint")} error={note.error}>
          <Textarea {...note.props} />
        </Field>
      </div>
      <Field id={links.props.id} label={t("fields.evidenceLinks")} hint={t("onePerLine")} error={links.error}>
        <Textarea {...links.props} rows={2} />
      </Field>
      <div className="space-y-1">
        <label htmlFor="update-files" className="block text-sm font-medium text-slate-800">
          {t("fields.files")}
        </label>
        <input
          id="update-files"
          type="file"
          multiple
          accept={acceptedExtensions.map((e) => `.${e}`).join(",")}
          aria-describedby="update-files-hint"
          className="block w-full text-sm"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        <p id="update-files-hint" className="text-xs text-slate-600">
          {t("filesHint", { types: acceptedExtensions.join(", ") })}
        </p>
        {fileError && (
          <p role="alert" className="text-sm text-red-700">
            {fileError}
          </p>
        )}
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("postUpdate")}
        </Button>
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}
