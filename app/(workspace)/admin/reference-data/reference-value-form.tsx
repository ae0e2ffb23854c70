"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { bases, isCountBasis, isBasis } from "@/lib/compare/basis";
import { localized } from "@/lib/localized";
import { blankReferenceValue, referenceValueFormSchema, type ReferenceValueFormValues } from "@/lib/validation/reference-values";
import type { ReferenceFramework } from "@/server/reference-values/reference-indicators";
import { upsertReferenceValueAction } from "@/server/actions/reference-values";

export interface CityChoice {
  id: string;
  nameVi: string;
  nameEn: string;
}

type Name = keyof Omit<ReferenceValueFormValues, "id">;

/**
 * Adds a published figure, or edits one when `values.id` is set. Indicators follow the chosen
 * framework; a rate is typed as a percentage in the user's own way ("67,5" or "67.5").
 */
export function ReferenceValueForm({ cities, frameworks, values }: { cities: CityChoice[]; frameworks: ReferenceFramework[]; values: ReferenceValueFormValues }) {
  const t = useTranslations("referenceData");
  const tBasis = useTranslations("compare.basis");
  const locale = useLocale();
  const router = useRouter();
  const editing = values.id !== null;
  const typeOf = useMemo(() => {
    const types = new Map(frameworks.flatMap((f) => f.indicators.map((i) => [`${f.code}/${i.code}`, i.type])));
    return (frameworkCode: string, indicatorCode: string) => types.get(`${frameworkCode}/${indicatorCode}`);
  }, [frameworks]);
  const schema = useMemo(() => referenceValueFormSchema(locale, typeOf), [locale, typeOf]);
  const { form, onSubmit, formError, saved } = useActionForm(schema, values, upsertReferenceValueAction, (_, f) => {
    if (editing) return router.push("/admin/reference-data");
    // Keep the city and framework: figures usually come several at a time from one source.
    const { cityId, frameworkCode, sourceTitle, sourceUrl, year } = f.getValues();
    f.reset({ ...blankReferenceValue, cityId, frameworkCode, sourceTitle, sourceUrl, year });
    router.refresh();
  });
  const errors = form.formState.errors;
  const [frameworkCode, indicatorCode, basis] = useWatch({ control: form.control, name: ["frameworkCode", "indicatorCode", "basis"] });
  const framework = frameworks.find((f) => f.code === frameworkCode);
  const indicator = framework?.indicators.find((i) => i.code === indicatorCode);
  const unit = indicator ? localized(indicator, "unit", locale) : null;
  const countBasis = isCountBasis(isBasis(basis) ? basis : null);
  const valueLabel = indicator?.type === "rate" && !countBasis ? t("fields.valuePercent") : unit ? t("fields.valueIn", { unit }) : t("fields.value");

  const a11y = (name: Name, hint?: string) => ({
    id: `rv-${name}`,
    "aria-invalid": !!errors[name],
    "aria-describedby": describedBy(`rv-${name}`, { hint, error: errors[name] }),
  });
  const text = (name: Name, label: string, options: { hint?: string; inputMode?: "numeric" | "decimal" | "url" } = {}) => (
    <Field id={`rv-${name}`} label={label} hint={options.hint} error={errors[name]?.message}>
      <Input inputMode={options.inputMode} autoComplete="off" {...a11y(name, options.hint)} {...form.register(name)} />
    </Field>
  );
  const choose = <option value="">{t("choose")}</option>;

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4" id="reference-form">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="rv-cityId" label={t("fields.city")} error={errors.cityId?.message}>
          <Select {...a11y("cityId")} {...form.register("cityId")}>
            {choose}
            {cities.map((c) => (
              <option key={c.id} value={c.id}>
                {localized(c, "name", locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="rv-frameworkCode" label={t("fields.framework")} error={errors.frameworkCode?.message}>
          <Select {...a11y("frameworkCode")} {...form.register("frameworkCode", { onChange: () => form.setValue("indicatorCode", "") })}>
            {choose}
            {frameworks.map((f) => (
              <option key={f.code} value={f.code}>
                {localized(f, "title", locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="rv-indicatorCode" label={t("fields.indicator")} error={errors.indicatorCode?.message}>
          <Select {...a11y("indicatorCode")} {...form.register("indicatorCode")}>
            {choose}
            {framework?.indicators.map((i) => (
              <option key={i.code} value={i.code}>
                {i.code} {localized(i, "label", locale)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {text("year", t("fields.year"), { inputMode: "numeric" })}
        {text("value", valueLabel, { inputMode: "decimal", hint: indicator?.type === "rate" && !countBasis ? t("ratePercentHint") : undefined })}
        {text("count", t("fields.count"), { inputMode: "numeric", hint: t("countHint") })}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="rv-basis" label={t("fields.basis")} hint={t("basisHint")} error={errors.basis?.message}>
          <Select {...a11y("basis", t("basisHint"))} {...form.register("basis")}>
            <option value="">{tBasis("defined")}</option>
            {bases.map((b) => (
              <option key={b} value={b}>
                {tBasis(b)}
              </option>
            ))}
          </Select>
        </Field>
        {text("asOf", t("fields.asOf"), { hint: t("dateHint") })}
        {text("publishedOn", t("fields.publishedOn"), { hint: t("dateHint") })}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("sourceTitle", t("fields.sourceTitle"), { hint: t("sourceHint") })}
        {text("sourceUrl", t("fields.sourceUrl"), { inputMode: "url" })}
        {text("noteVi", t("fields.noteVi"))}
        {text("noteEn", t("fields.noteEn"))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
        {editing && (
          <Link href="/admin/reference-data" className="text-sm text-brand-700 underline">
            {t("cancelEdit")}
          </Link>
        )}
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}
