"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { addNetworkStatAction } from "@/server/actions/network";
import { blankNetworkStat, networkStatFormSchema, type NetworkStatFormValues } from "@/lib/validation/network";

type Name = keyof NetworkStatFormValues;

const numbers: Name[] = ["newMembers", "newMemberCountries", "totalMembers", "countries", "citizensReached"];
const hints: Partial<Record<Name, string>> = { asOf: "asOfHint", citizensReached: "citizensHint" };

/** Administrators add one row of network figures; the form empties itself once the row is saved. */
export function NetworkStatForm() {
  const t = useTranslations("network.form");
  const locale = useLocale();
  const router = useRouter();
  const schema = useMemo(() => networkStatFormSchema(locale), [locale]);
  const { form, onSubmit, formError, saved } = useActionForm(schema, blankNetworkStat, addNetworkStatAction, (_, f) => {
    f.reset(blankNetworkStat);
    router.refresh();
  });
  const errors = form.formState.errors;
  const field = (name: Name, inputMode?: "numeric" | "url") => {
    const id = `network-${name}`;
    const hint = hints[name] ? t(hints[name]) : undefined;
    return (
      <Field key={name} id={id} label={t(name)} hint={hint} error={errors[name]?.message}>
        <Input
          id={id}
          inputMode={inputMode}
          autoComplete="off"
          aria-invalid={!!errors[name]}
          aria-describedby={describedBy(id, { hint, error: errors[name] })}
          {...form.register(name)}
        />
      </Field>
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4">
      <div className="grid gap-4 sm:grid-cols-3">
        {field("asOf")}
        {numbers.map((name) => field(name, "numeric"))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {field("sourceTitle")}
        {field("sourceUrl", "url")}
        {field("noteVi")}
        {field("noteEn")}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}
