"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { UploadProblem } from "@/lib/frameworks/parse-framework-upload";
import { fail } from "@/lib/result";
import { importFrameworkSchema } from "@/lib/validation/frameworks";
import { importFrameworkAction } from "@/server/actions/frameworks";

/**
 * The file is read in the browser and sent as text; the server parses it with the shared schema
 * and answers with every problem keyed by its path in the file, shown here as a report.
 */
export function UploadForm() {
  const t = useTranslations();
  const router = useRouter();
  const [fileName, setFileName] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [problems, setProblems] = useState<UploadProblem[]>([]);
  const { form, onSubmit, formError } = useActionForm(
    importFrameworkSchema,
    { text: "" },
    async (values) => {
      const result = await importFrameworkAction(values);
      if (result.ok || !result.fieldErrors) {
        setProblems([]);
        return result;
      }
      setProblems(Object.entries(result.fieldErrors).map(([path, message]) => ({ path: path === "_form" ? "" : path, message })));
      // The report holds the details; the form itself only says that nothing was imported.
      return fail(result.reason, { _form: "adminFrameworks.upload.notImported" });
    },
    (value) => router.push(`/admin/frameworks/${value.id}`),
  );
  const error = form.formState.errors.text;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setProblems([]);
    setFileName(file?.name ?? null);
    setReading(true);
    try {
      form.setValue("text", file ? await file.text() : "", { shouldValidate: form.formState.isSubmitted });
    } finally {
      setReading(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-3xl gap-4">
      <Field id="framework-file" label={t("adminFrameworks.upload.file")} hint={t("adminFrameworks.upload.hint")} error={error?.message}>
        <Input
          id="framework-file"
          type="file"
          accept=".json,application/json"
          aria-invalid={!!error}
          aria-describedby={describedBy("framework-file", { hint: true, error })}
          onChange={choose}
        />
      </Field>
      {fileName && <p className="text-sm text-slate-700">{t("adminFrameworks.upload.chosen", { name: fileName })}</p>}
      <div className="flex items-center gap-3">
        {/* Submitting while the file is still being read would send the previous text. */}
        <Button type="submit" disabled={reading || form.formState.isSubmitting}>
          {t("adminFrameworks.upload.submit")}
        </Button>
        <FormStatus error={formError} saved={false} />
      </div>
      {problems.length > 0 && (
        <section aria-labelledby="upload-report-title" className="rounded-md border border-red-200 bg-red-50 p-3">
          <h3 id="upload-report-title" className="font-medium text-red-900">
            {t("adminFrameworks.upload.reportTitle", { count: problems.length })}
          </h3>
          <ul className="mt-2 space-y-1 text-sm" data-testid="upload-report">
            {problems.map((problem) => (
              <li key={problem.path}>
                <code className="rounded bg-white px-1 text-slate-800">{problem.path || t("adminFrameworks.upload.wholeFile")}</code>{" "}
                <span className="text-red-900">{t.has(problem.message) ? t(problem.message) : t("validation.invalid")}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </form>
  );
}
