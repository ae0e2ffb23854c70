"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { savePlanItemAction } from "@/server/actions/action-plans";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
import { itemKinds, itemStatuses, type ItemKind, type ItemStatus } from "@/lib/action-plans/vocabulary";
import { savePlanItemSchema } from "@/lib/validation/action-plans";
import { binder } from "@/components/forms/binder";
import { Textarea } from "./form-parts";

export interface ItemFormValues {
  kind: ItemKind;
  code: string;
  parentCode: string;
  titleVi: string;
  titleEn: string;
  descriptionVi: string;
  descriptionEn: string;
  leadAgency: string;
  /** One agency per line. */
  supportingAgencies: string;
  ownerEmail: string;
  startOn: string;
  dueOn: string;
  status: ItemStatus;
  progress: string;
  weight: string;
  frameworkCode: string;
  indicatorCode: string;
  targetValue: string;
  targetYear: string;
}

export const blankItem: ItemFormValues = {
  kind: "task",
  code: "",
  parentCode: "",
  titleVi: "",
  titleEn: "",
  descriptionVi: "",
  descriptionEn: "",
  leadAgency: "",
  supportingAgencies: "",
  ownerEmail: "",
  startOn: "",
  dueOn: "",
  status: "notStarted",
  progress: "0",
  weight: "",
  frameworkCode: "",
  indicatorCode: "",
  targetValue: "",
  targetYear: "",
};

interface Props {
  planId: string;
  /** The plan's goals and tasks, by code, for the parent choice. */
  parents: { code: string; label: string }[];
  owners: { email: string; name: string }[];
  frameworks: { code: string; title: string }[];
  /** Editing an item: its id, revision and current values. */
  edit?: { itemId: string; revision: number; values: ItemFormValues };
  /** A new item's starting values (a parent chosen, say). */
  initial?: Partial<ItemFormValues>;
  idPrefix: string;
}

/**
 * Adding or changing a goal or task. Status and progress are set here only for a new item; after
 * that they change through progress updates, which carry a note.
 */
export function ItemForm({ planId, parents, owners, frameworks, edit, initial, idPrefix }: Props) {
  const t = useTranslations("actionPlans");
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(
    savePlanItemSchema,
    edit ? { ...edit.values, planId, itemId: edit.itemId, revision: edit.revision } : { ...blankItem, ...initial, planId },
    savePlanItemAction,
    (_value, f) => {
      // A new item's form empties for the next one, keeping the parent and kind chosen.
      if (!edit) f.reset({ ...blankItem, kind: f.getValues("kind"), parentCode: f.getValues("parentCode"), planId });
      router.refresh();
    },
  );
  const bind = binder(form, idPrefix);
  const text = (name: keyof ItemFormValues, type = "text") => {
    const { error, props } = bind(name);
    return (
      <Field id={props.id} label={t(`fields.${name}`)} error={error}>
        <Input {...props} type={type} inputMode={name === "progress" || name === "targetYear" ? "numeric" : name === "weight" || name === "targetValue" ? "decimal" : undefined} />
      </Field>
    );
  };
  const area = (name: keyof ItemFormValues, hint?: string) => {
    const { error, props } = bind(name, !!hint);
    return (
      <Field id={props.id} label={t(`fields.${name}`)} error={error} hint={hint}>
        <Textarea {...props} />
      </Field>
    );
  };
  const select = (name: keyof ItemFormValues, choices: { value: string; label: string }[]) => {
    const { error, props } = bind(name);
    // A stored value no longer among the choices (a retired framework, an owner moved elsewhere) stays
    // selectable, so that saving other changes does not quietly clear it.
    const current = edit?.values[name];
    const options = current && !choices.some((c) => c.value === current) ? [...choices, { value: current, label: current }] : choices;
    return (
      <Field id={props.id} label={t(`fields.${name}`)} error={error}>
        <Select {...props}>
          <Options choices={options} />
        </Select>
      </Field>
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" data-testid="item-form">
      {select("kind", itemKinds.map((k) => ({ value: k, label: t(`kind.${k}`) })))}
      {text("code")}
      {select("parentCode", [{ value: "", label: t("noParent") }, ...parents.map((p) => ({ value: p.code, label: p.label }))])}
      {select("ownerEmail", [{ value: "", label: t("noOwner") }, ...owners.map((o) => ({ value: o.email, label: `${o.name} (${o.email})` }))])}
      {text("titleVi")}
      {text("titleEn")}
      {area("descriptionVi")}
      {area("descriptionEn")}
      {text("leadAgency")}
      {area("supportingAgencies", t("onePerLine"))}
      {text("startOn", "date")}
      {text("dueOn", "date")}
      {!edit && select("status", itemStatuses.map((s) => ({ value: s, label: t(`itemStatus.${s}`) })))}
      {!edit && text("progress")}
      {text("weight")}
      <details className="rounded-md border border-slate-200 p-3 sm:col-span-2">
        <summary className="cursor-pointer text-sm font-medium">{t("indicatorLink")}</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {select("frameworkCode", [{ value: "", label: t("noIndicator") }, ...frameworks.map((f) => ({ value: f.code, label: f.title }))])}
          {text("indicatorCode")}
          {text("targetValue")}
          {text("targetYear")}
        </div>
      </details>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {edit ? t("save") : t("addItem")}
        </Button>
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}
