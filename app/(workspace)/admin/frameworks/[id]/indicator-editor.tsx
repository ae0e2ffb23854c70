"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useFieldArray } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { localized } from "@/lib/localized";
import { blankTarget, draftIndicatorFormSchema, toDraftIndicatorFormValues } from "@/lib/validation/frameworks";
import { updateDraftIndicatorAction } from "@/server/actions/frameworks";

export interface EditableIndicator {
  id: string;
  code: string;
  type: string;
  labelVi: string;
  labelEn: string;
  helpVi: string | null;
  helpEn: string | null;
  unitVi: string | null;
  unitEn: string | null;
  verified: boolean;
  verificationNoteVi: string | null;
  verificationNoteEn: string | null;
  targets: { year: number; value: number; sourceTitle: string; sourceUrl: string | null }[];
}

const wording = [
  { name: "labelVi", long: false },
  { name: "labelEn", long: false },
  { name: "helpVi", long: true },
  { name: "helpEn", long: true },
] as const;
const verificationNotes = ["verificationNoteVi", "verificationNoteEn"] as const;
const targetColumns = ["year", "value", "sourceTitle", "sourceUrl"] as const;

/** One indicator of a draft version: wording, verification and targets, folded until opened. */
export function IndicatorEditor({ indicator }: { indicator: EditableIndicator }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const schema = useMemo(() => draftIndicatorFormSchema(locale), [locale]);
  const { form, onSubmit, formError, saved } = useActionForm(schema, toDraftIndicatorFormValues(indicator, locale), updateDraftIndicatorAction, () =>
    router.refresh(),
  );
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "targets" });
  const errors = form.formState.errors;
  const fieldId = (name: string) => `${indicator.id}-${name}`;
  const a11y = (name: string, error: unknown, hint?: boolean) => ({ "aria-invalid": !!error, "aria-describedby": describedBy(fieldId(name), { hint, error }) });
  const unit = localized(indicator, "unit", locale);
  const valueLabel = indicator.type === "rate" ? t("adminFrameworks.fields.valuePercent") : unit ? t("adminFrameworks.fields.valueIn", { unit }) : t("adminFrameworks.fields.value");
  const targetsError = errors.targets?.root?.message ?? errors.targets?.message;

  return (
    <details className="group py-2" data-testid="indicator-editor" data-code={indicator.code}>
      <summary className="cursor-pointer py-1 font-medium">
        <span className="mr-2 text-sm text-slate-500">{indicator.code}</span>
        {localized(indicator, "label", locale)}
        <span className="ml-2 inline-flex gap-1 align-middle">
          <Badge tone="blue">{t(`frameworks.types.${indicator.type}`)}</Badge>
          {!indicator.verified && <Badge tone="amber">{t("frameworks.unverified")}</Badge>}
        </span>
      </summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-4 border-l-2 border-slate-200 pl-4">
        <div className="grid gap-4 md:grid-cols-2">
          {wording.map(({ name, long }) => (
            <Field key={name} id={fieldId(name)} label={t(`adminFrameworks.fields.${name}`)} error={errors[name]?.message}>
              {long ? (
                <textarea
                  id={fieldId(name)}
                  rows={3}
                  className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 sm:text-sm"
                  {...a11y(name, errors[name])}
                  {...form.register(name)}
                />
              ) : (
                <Input id={fieldId(name)} {...a11y(name, errors[name])} {...form.register(name)} />
              )}
            </Field>
          ))}
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" {...form.register("verified")} />
          {t("adminFrameworks.fields.verified")}
        </label>
        <div className="grid gap-4 md:grid-cols-2">
          {verificationNotes.map((name) => (
            <Field key={name} id={fieldId(name)} label={t(`adminFrameworks.fields.${name}`)} error={errors[name]?.message}>
              <Input id={fieldId(name)} {...a11y(name, errors[name])} {...form.register(name)} />
            </Field>
          ))}
        </div>

        <fieldset className="space-y-3 rounded-md border border-slate-300 p-3">
          <legend className="px-1 text-sm font-medium">{t("adminFrameworks.fields.targets")}</legend>
          {indicator.type === "rate" && <p className="text-xs text-slate-600">{t("adminFrameworks.ratePercentHint")}</p>}
          {fields.length === 0 && <p className="text-sm text-slate-600">{t("frameworks.noTargets")}</p>}
          {fields.map((field, row) => (
            <div key={field.id} className="grid items-start gap-2 sm:grid-cols-[6rem_8rem_1fr_1fr_auto]" data-testid="target-row">
              {targetColumns.map((column) => {
                const name = `targets-${row}-${column}`;
                const error = errors.targets?.[row]?.[column];
                return (
                  <Field key={column} id={fieldId(name)} label={column === "value" ? valueLabel : t(`adminFrameworks.fields.${column}`)} error={error?.message}>
                    <Input
                      id={fieldId(name)}
                      inputMode={column === "year" ? "numeric" : column === "value" ? "decimal" : column === "sourceUrl" ? "url" : undefined}
                      {...a11y(name, error)}
                      {...form.register(`targets.${row}.${column}`)}
                    />
                  </Field>
                );
              })}
              <Button type="button" variant="ghost" className="sm:mt-6" onClick={() => remove(row)} aria-label={t("adminFrameworks.removeTarget", { row: row + 1 })}>
                {t("adminFrameworks.remove")}
              </Button>
            </div>
          ))}
          {targetsError && (
            <p role="alert" className="text-sm text-red-700">
              {t.has(targetsError) ? t(targetsError) : t("validation.invalid")}
            </p>
          )}
          <Button type="button" variant="secondary" onClick={() => append(blankTarget)}>
            {t("adminFrameworks.addTarget")}
          </Button>
        </fieldset>

        <div className="flex items-center gap-3">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("forms.save")}
          </Button>
          <FormStatus error={formError} saved={saved} />
        </div>
      </form>
    </details>
  );
}
