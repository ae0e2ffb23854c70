"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { cityProfileSchema, type CityProfileInput } from "@/lib/validation/cities";
import { updateCityProfileAction } from "@/server/actions/cities";

export function CityProfileForm({ values }: { values: CityProfileInput }) {
  const t = useTranslations("city");
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(cityProfileSchema, values, updateCityProfileAction, () => router.refresh());
  const { register, formState } = form;
  const { errors } = formState;
  const numberField = (name: "population" | "populationYear" | "areaKm2", step?: string) => (
    <Field id={name} label={t(name)} error={errors[name]?.message}>
      <Input
        id={name}
        type="number"
        inputMode="decimal"
        step={step}
        aria-invalid={!!errors[name]}
        aria-describedby={describedBy(name, { error: errors[name] })}
        {...register(name)}
      />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-3">
      <input type="hidden" {...register("cityId")} />
      {numberField("population", "1")}
      {numberField("populationYear", "1")}
      {numberField("areaKm2", "any")}
      <div className="flex items-center gap-3 sm:col-span-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("save")}
        </Button>
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}
