"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveMilestoneAction } from "@/server/actions/action-plans";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
import { milestoneSchema } from "@/lib/validation/action-plans";
import { binder } from "@/components/forms/binder";

const blank = { titleVi: "", titleEn: "", dueOn: "", doneOn: "", itemId: "" };

/** Adding a milestone to a plan. */
export function MilestoneForm({ planId, items }: { planId: string; items: { id: string; label: string }[] }) {
  const t = useTranslations("actionPlans");
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(milestoneSchema, { ...blank, planId }, saveMilestoneAction, (_value, f) => {
    f.reset({ ...blank, planId });
    router.refresh();
  });
  const bind = binder(form, "milestone-");
  const text = (name: "titleVi" | "titleEn" | "dueOn" | "doneOn", type = "text") => {
    const { error, props } = bind(name);
    return (
      <Field id={props.id} label={t(`milestoneFields.${name}`)} error={error}>
        <Input {...props} type={type} />
      </Field>
    );
  };
  const item = bind("itemId");
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      {text("titleVi")}
      {text("titleEn")}
      {text("dueOn", "date")}
      <Field id={item.props.id} label={t("milestoneFields.itemId")} error={item.error}>
        <Select {...item.props}>
          <option value="">{t("noParent")}</option>
          <Options choices={items.map((i) => ({ value: i.id, label: i.label }))} />
        </Select>
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t("addMilestone")}
        </Button>
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}

/** Marks a milestone reached today (or opens it again). */
export function MilestoneDoneButton({ planId, milestone, today }: { planId: string; milestone: { id: string; titleVi: string; titleEn: string | null; dueOn: string; doneOn: string | null; itemId: string | null }; today: string }) {
  const t = useTranslations("actionPlans");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function toggle() {
    setBusy(true);
    setError(null);
    const result = await saveMilestoneAction({ planId, milestoneId: milestone.id, titleVi: milestone.titleVi, titleEn: milestone.titleEn ?? "", dueOn: milestone.dueOn, doneOn: milestone.doneOn ? "" : today, itemId: milestone.itemId ?? "" }).catch(() => null);
    setBusy(false);
    if (result?.ok) router.refresh();
    else setError(result ? `errors.${result.reason}` : "errors.network");
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="ghost" className="min-h-8 px-2 py-1 text-xs" disabled={busy} onClick={toggle}>
        {milestone.doneOn ? t("milestoneReopen") : t("milestoneDone")}
      </Button>
      <FormStatus error={error} saved={false} />
    </span>
  );
}
