"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createPlanAction, updatePlanAction } from "@/server/actions/action-plans";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { planStatuses } from "@/lib/action-plans/vocabulary";
import { actionPlanSchema, updateActionPlanSchema } from "@/lib/validation/action-plans";
import { binder, Textarea } from "./form-parts";

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
  status: string;
  sourceTitle: string;
  sourceUrl: string;
}

type Props = { mode: "create"; cities: { id: string; name: string }[]; defaultStartYear: number } | { mode: "edit"; planId: string; values: PlanFormValues };

/** Starting a plan, or changing its header. */
export function PlanForm(props: Props) {
  const t = useTranslations("actionPlans");
  const router = useRouter();
  const editing = props.mode === "edit";
  const blank: PlanFormValues = {
    titleVi: "",
    titleEn: "",
    descriptionVi: "",
    descriptionEn: "",
    startYear: editing ? "" : String(props.defaultStartYear),
    endYear: "2030",
    legalBasisNumber: "",
    legalBasisDate: "",
    legalBasisUrl: "",
    status: "active",
    sourceTitle: "",
    sourceUrl: "",
  };
  const { form, onSubmit, formError, saved } = useActionForm(
    editing ? updateActionPlanSchema : actionPlanSchema,
    (editing ? { ...props.values, planId: props.planId } : { ...blank, cityId: props.cities[0]?.id ?? "" }) as never,
    (values) => (editing ? updatePlanAction(values) : createPlanAction(values)),
    (value) => (editing ? router.refresh() : router.push(`/action-plans/${(value as { id: string }).id}`)),
  );
  const bind = binder(form, "plan-");
  const field = (name: keyof PlanFormValues, control: "input" | "textarea" | "date" | "year" = "input") => {
    const { error, props: p } = bind(name);
    return (
      <Field id={p.id} label={t(`planFields.${name}`)} error={error}>
        {control === "textarea" ? <Textarea {...p} /> : <Input {...p} type={control === "date" ? "date" : "text"} inputMode={control === "year" ? "numeric" : undefined} />}
      </Field>
    );
  };
  const city = bind("cityId");
  const status = bind("status");

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      {!editing && (
        <Field id={city.props.id} label={t("planFields.city")} error={city.error}>
          <Select {...city.props}>
            {props.cities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field id={status.props.id} label={t("planFields.status")} error={status.error}>
        <Select {...status.props}>
          {planStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`planStatus.${s}`)}
            </option>
          ))}
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
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {editing ? t("save") : t("createPlan")}
        </Button>
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}
