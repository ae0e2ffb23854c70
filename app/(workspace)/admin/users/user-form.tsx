"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FormEventHandler } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { binder, type Bind, type BoundField } from "@/components/forms/binder";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
import { locales } from "@/i18n/locales";
import { placementOf, roles, type Role } from "@/lib/permissions";
import { createUserSchema, updateUserSchema } from "@/lib/validation/users";
import { createUserAction, updateUserAction } from "@/server/actions/users";

export interface CityChoice {
  id: string;
  nameVi: string;
  nameEn: string;
}

interface UserValues {
  name: string;
  role: Role;
  cityId: string;
  coversAllCities: boolean;
  assignedCityIds: string[];
  locale: (typeof locales)[number];
}

type Props = { cities: CityChoice[] } & (
  | { mode: "create" }
  | { mode: "edit"; userId: string; values: UserValues }
);

const blank: UserValues = { name: "", role: "official", cityId: "", coversAllCities: false, assignedCityIds: [], locale: "vi" };

export function UserForm(props: Props) {
  return props.mode === "edit" ? <EditUserForm cities={props.cities} userId={props.userId} values={props.values} /> : <NewUserForm cities={props.cities} />;
}

function NewUserForm({ cities }: { cities: CityChoice[] }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(createUserSchema, { ...blank, email: "", password: "" }, createUserAction, (value) =>
    router.push(`/admin/users/${value.id}`),
  );
  const bind = binder(form);
  return (
    <UserFields
      bind={bind}
      register={form.register}
      role={form.watch("role")}
      coversAll={form.watch("coversAllCities") === true}
      cities={cities}
      email={bind("email")}
      password={bind("password")}
      onSubmit={onSubmit}
      submitting={form.formState.isSubmitting}
      submitLabel={t("admin.users.create")}
      formError={formError}
      saved={saved}
    />
  );
}

function EditUserForm({ cities, userId, values }: { cities: CityChoice[]; userId: string; values: UserValues }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(updateUserSchema, { ...values, userId }, updateUserAction, () => router.refresh());
  return (
    <UserFields
      bind={binder(form)}
      register={form.register}
      role={form.watch("role")}
      coversAll={form.watch("coversAllCities") === true}
      cities={cities}
      onSubmit={onSubmit}
      submitting={form.formState.isSubmitting}
      submitLabel={t("forms.save")}
      formError={formError}
      saved={saved}
    />
  );
}

interface UserFieldsProps {
  bind: Bind<"name" | "role" | "cityId" | "assignedCityIds" | "locale">;
  /** The city checkboxes share one field, so they are registered without an id of their own. */
  register: (name: "coversAllCities" | "assignedCityIds") => UseFormRegisterReturn;
  role: Role;
  coversAll: boolean;
  cities: CityChoice[];
  /** A new account's e-mail and first password; an existing one keeps its own. */
  email?: BoundField;
  password?: BoundField;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitting: boolean;
  submitLabel: string;
  formError: string | null;
  saved: boolean;
}

/** The fields a user has, new or existing: which city fields show follows from the chosen role. */
function UserFields({ bind, register, role, coversAll, cities, email, password, onSubmit, submitting, submitLabel, formError, saved }: UserFieldsProps) {
  const t = useTranslations();
  const locale = useLocale();
  const cityName = (c: CityChoice) => (locale === "en" ? c.nameEn : c.nameVi);
  const [name, roleField, city, assigned, language] = [bind("name"), bind("role"), bind("cityId"), bind("assignedCityIds"), bind("locale")];

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-2xl gap-4">
      {email && (
        <Field id={email.props.id} label={t("admin.users.fields.email")} error={email.error}>
          <Input type="email" autoComplete="off" {...email.props} />
        </Field>
      )}
      <Field id={name.props.id} label={t("admin.users.fields.name")} error={name.error}>
        <Input autoComplete="off" {...name.props} />
      </Field>
      {password && (
        <Field id={password.props.id} label={t("admin.users.fields.password")} hint={t("admin.users.passwordHint")} error={password.error}>
          <Input type="password" autoComplete="new-password" {...password.props} />
        </Field>
      )}
      <Field id={roleField.props.id} label={t("admin.users.fields.role")} error={roleField.error}>
        <Select {...roleField.props}>
          <Options choices={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Select>
      </Field>
      {placementOf(role) === "oneCity" && (
        <Field id={city.props.id} label={t("admin.users.fields.city")} error={city.error}>
          <Select {...city.props}>
            <option value="">{t("admin.users.chooseCity")}</option>
            <Options choices={cities.map((c) => ({ value: c.id, label: cityName(c) }))} />
          </Select>
        </Field>
      )}
      {placementOf(role) === "chosenCities" && (
        <fieldset className="space-y-2 rounded-md border border-slate-300 p-3">
          <legend className="px-1 text-sm font-medium">{t("admin.users.fields.cities")}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" {...register("coversAllCities")} />
            {t("admin.users.fields.coversAllCities")}
          </label>
          {!coversAll && (
            <div className="grid gap-1 sm:grid-cols-2">
              {cities.map((c) => (
                <label key={c.id} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" className="size-4" value={c.id} {...register("assignedCityIds")} />
                  {cityName(c)}
                </label>
              ))}
            </div>
          )}
          {assigned.error && (
            <p role="alert" className="text-sm text-red-700">
              {t(assigned.error)}
            </p>
          )}
        </fieldset>
      )}
      <Field id={language.props.id} label={t("admin.users.fields.locale")} error={language.error}>
        <Select {...language.props}>
          <Options choices={locales.map((l) => ({ value: l, label: t(`shell.languages.${l}`) }))} />
        </Select>
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={submitting}>
          {submitLabel}
        </Button>
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}
