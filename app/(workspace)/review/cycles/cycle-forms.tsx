"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
import { extendDueDateSchema, openCycleSchema, updateCycleDatesSchema } from "@/lib/validation/cycles";
import { extendDueDateAction, openCycleAction, updateCycleDatesAction } from "@/server/actions/cycles";

/** A labelled `<input>` whose hint and error are announced with it. */
function TextField(props: { id: string; label: string; type?: string; hint?: string; error?: string; registration: UseFormRegisterReturn }) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <Input id={props.id} type={props.type ?? "text"} aria-invalid={!!props.error} aria-describedby={describedBy(props.id, { hint: props.hint, error: props.error })} {...props.registration} />
    </Field>
  );
}

export function OpenCycleForm({ frameworks, defaultYear, today }: { frameworks: { code: string; title: string }[]; defaultYear: number; today: string }) {
  const t = useTranslations("cycles");
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(
    openCycleSchema,
    { frameworkCode: frameworks[0]?.code ?? "", year: defaultYear, opensOn: today, dueOn: "" },
    openCycleAction,
    () => router.refresh(),
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_8rem_1fr_1fr_auto] lg:items-end">
      <Field id="frameworkCode" label={t("fields.framework")} error={errors.frameworkCode?.message}>
        <Select id="frameworkCode" aria-describedby={describedBy("frameworkCode", { error: errors.frameworkCode })} {...form.register("frameworkCode")}>
          <Options choices={frameworks.map((f) => ({ value: f.code, label: f.title }))} />
        </Select>
      </Field>
      <TextField id="year" label={t("fields.year")} error={errors.year?.message} registration={form.register("year")} />
      <TextField id="opensOn" type="date" label={t("fields.opensOn")} error={errors.opensOn?.message} registration={form.register("opensOn")} />
      <TextField id="dueOn" type="date" label={t("fields.dueOn")} error={errors.dueOn?.message} registration={form.register("dueOn")} />
      <Button type="submit" disabled={isSubmitting}>
        {t("open.submit")}
      </Button>
      <div className="sm:col-span-2 lg:col-span-5">
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}

export function CycleDatesForm({ cycleId, opensOn, dueOn }: { cycleId: string; opensOn: string; dueOn: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(updateCycleDatesSchema, { cycleId, opensOn, dueOn }, updateCycleDatesAction, () => router.refresh());
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `cycle-${cycleId}-${field}`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <TextField id={id("opensOn")} type="date" label={t("cycles.fields.opensOn")} error={errors.opensOn?.message} registration={form.register("opensOn")} />
      <TextField id={id("dueOn")} type="date" label={t("cycles.fields.dueOn")} error={errors.dueOn?.message} registration={form.register("dueOn")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {t("forms.save")}
      </Button>
      <p className="text-xs text-slate-600 sm:col-span-3">{t("cycles.changeDates.hint")}</p>
      <div className="sm:col-span-3">
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}

export function ExtendDueDateForm(props: { cycleId: string; cityId: string; cycleDueLabel: string; current: { dueOn: string; reason: string } | null }) {
  const t = useTranslations("cycles");
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(
    extendDueDateSchema,
    { cycleId: props.cycleId, cityId: props.cityId, dueOn: props.current?.dueOn ?? "", reason: props.current?.reason ?? "" },
    extendDueDateAction,
    () => router.refresh(),
  );
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `extend-${props.cycleId}-${props.cityId}-${field}`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 grid w-64 gap-3">
      <TextField
        id={id("dueOn")}
        type="date"
        label={t("fields.newDueOn")}
        hint={t("extend.hint", { dueOn: props.cycleDueLabel })}
        error={errors.dueOn?.message}
        registration={form.register("dueOn")}
      />
      <TextField id={id("reason")} label={t("fields.reason")} error={errors.reason?.message} registration={form.register("reason")} />
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {t("extend.submit")}
        </Button>
      </div>
      <FormStatus error={formError} saved={saved} />
    </form>
  );
}
