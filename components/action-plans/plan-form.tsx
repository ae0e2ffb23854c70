"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FormEventHandler, ReactNode } from "react";
import { createPlanAction, updatePlanAction } from "@/server/actions/action-plans";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
import { planStatuses, type PlanStatus } from "@/lib/action-plans/vocabulary";
import { actionPlanSchema, updateActionPlanSchema } from "@/lib/validation/action-plans";
import { binder, type Bind } from "@/components/forms/binder";
import { Textarea } from "./form-parts";

export interface PlanFormValues {
  titleVi: string;
  titleEn: string;
  descriptionVi: string;
  descriptionEn: string;
  startYear: string;
  endYear: string;
  legalBasisNumber: string;
  legalBasisDate: string;
  legalBasisUrl: string;
  status: PlanStatus;
  sourceTitle: string;
  sourceUrl: string;
}

type Props = { mode: "create"; cities: { id: string; name: string }[]; defaultStartYear: number } | { mode: "edit"; planId: string; values: PlanFormValues };

const blankPlan = (startYear: string): PlanFormValues => ({
  titleVi: "",
  titleEn: "",
  descriptionVi: "",
  descriptionEn: "",
  startYear,
  endYear: "2030",
  legalBasisNumber: "",
  legalBasisDate: "",
  legalBasisUrl: "",
  status: "active",
  sourceTitle: "",
  sourceUrl: "",
});

/** Starting a plan, or changing its header. */
export function PlanForm(props: Props) {
  return props.mode === "edit" ? <EditPlanForm planId={props.planId} values={props.values} /> : <NewPlanForm cities={props.cities} defaultStartYear={props.defaultStartYear} />;
}

function NewPlanForm({ cities, defaultStartYear }: { cities: { id: string; name: string }[]; defaultStartYear: number }) {
  const t = useTranslations("actionPlans");
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(
    actionPlanSchema,
    { ...blankPlan(String(defaultStartYear)), cityId: cities[0]?.id ?? "" },
    createPlanAction,
    (value) => router.push(`/action-plans/${value.id}`),
  );
  const bind = binder(form, "plan-");
  const city = bind("cityId");
  return (
    <PlanFields bind={bind} onSubmit={onSubmit} submitting={form.formState.isSubmitting} submitLabel={t("createPlan")} formError={formError} saved={saved}>
      <Field id={city.props.id} label={t("planFields.city")} error={city.error}>
        <Select {...city.props}>
          <Options choices={cities.map((c) => ({ value: c.id, label: c.name }))} />
        </Select>
      </Field>
    </PlanFields>
  );
}

function EditPlanForm({ planId, values }: { planId: string; values: PlanFormValues }) {
  const t = useTranslations("actionPlans");
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(updateActionPlanSchema, { ...values, planId }, updatePlanAction, () => router.refresh());
  return <PlanFields bind={binder(form, "plan-")} onSubmit={onSubmit} submitting={form.formState.isSubmitting} submitLabel={t("save")} formError={formError} saved={saved} />;
}

interface PlanFieldsProps {
  bind: Bind<keyof PlanFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitting: boolean;
  submitLabel: string;
  formError: string | null;
  saved: boolean;
  /** Fields before the plan's own (the city a new plan is for). */
  children?: ReactNode;
}

/** The plan's header fields, the same for a new plan and an existing one. */
function PlanFields({ bind, onSubmit, submitting, submitLabel, formError, saved, children }: PlanFieldsProps) {
  const t = useTranslations("actionPlans");
  const field = (name: keyof PlanFormValues, control: "input" | "textarea" | "date" | "year" = "input") => {
    const { error, props: p } = bind(name);
    return (
      <Field id={p.id} label={t(`planFields.${name}`)} error={error}>
        {control === "textarea" ? <Textarea {...p} /> : <Input {...p} type={control === "date" ? "date" : "text"} inputMode={control === "year" ? "numeric" : undefined} />}
      </Field>
    );
  };
  const status = bind("status");

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      {children}
      <Field id={status.props.id} label={t("planFields.status")} error={status.error}>
        <Select {...status.props}>
          <Options choices={planStatuses.map((s) => ({ value: s, label: t(`planStatus.${s}`) }))} />
        </Select>
      </Field>
      {field("titleVi")}
      {field("titleEn")}
      {field("startYear", "year")}
      {field("endYear", "year")}
      {field("descriptionVi", "textarea")}
      {field("descriptionEn", "textarea")}
      {field("legalBasisNumber")}
      {field("legalBasisDate", "date")}
      {field("legalBasisUrl")}
      <span aria-hidden className="hidden sm:block" />
      {field("sourceTitle")}
      {field("sourceUrl")}
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={submitting}>
          {submitLabel}
        </Button>
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}
