"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
import { createAssessmentSchema } from "@/lib/validation/assessments";
import { createAssessmentAction } from "@/server/actions/assessments";

type Choice = { id: string; name: string };

export function NewAssessmentForm({ cities, frameworks, defaultYear }: { cities: Choice[]; frameworks: Choice[]; defaultYear: number }) {
  const t = useTranslations("assessments");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(
    createAssessmentSchema,
    { cityId: cities[0]?.id ?? "", frameworkId: frameworks[0]?.id ?? "", year: defaultYear },
    createAssessmentAction,
    (value) => router.push(`/assessments/${value.id}`),
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-[1fr_2fr_8rem_auto] sm:items-end">
      <Field id="cityId" label={t("fields.city")} error={errors.cityId?.message}>
        <Select id="cityId" aria-describedby={describedBy("cityId", { error: errors.cityId })} {...form.register("cityId")}>
          <Options choices={cities.map((c) => ({ value: c.id, label: c.name }))} />
        </Select>
      </Field>
      <Field id="frameworkId" label={t("fields.framework")} error={errors.frameworkId?.message}>
        <Select id="frameworkId" aria-describedby={describedBy("frameworkId", { error: errors.frameworkId })} {...form.register("frameworkId")}>
          <Options choices={frameworks.map((f) => ({ value: f.id, label: f.name }))} />
        </Select>
      </Field>
      <Field id="year" label={t("fields.year")} error={errors.year?.message}>
        <Input id="year" inputMode="numeric" aria-invalid={!!errors.year} aria-describedby={describedBy("year", { error: errors.year })} {...form.register("year")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {t("create")}
      </Button>
      <div className="sm:col-span-4">
        <FormStatus error={formError} saved={false} />
      </div>
    </form>
  );
}
