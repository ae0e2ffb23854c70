"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { locales } from "@/i18n/locales";
import { placementOf, roles } from "@/lib/permissions";
import { createUserSchema, updateUserSchema } from "@/lib/validation/users";
import { createUserAction, updateUserAction } from "@/server/actions/users";

export interface CityChoice {
  id: string;
  nameVi: string;
  nameEn: string;
}

interface UserValues {
  name: string;
  role: (typeof roles)[number];
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
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const editing = props.mode === "edit";
  const { form, onSubmit, formError, saved } = useActionForm(
    editing ? updateUserSchema : createUserSchema,
    (editing ? { ...props.values, userId: props.userId } : { ...blank, email: "", password: "" }) as never,
    (values) => (editing ? updateUserAction(values) : createUserAction(values)),
    (value) => (editing ? router.refresh() : router.push(`/admin/users/${(value as { id: string }).id}`)),
  );
  const { register, watch, formState } = form;
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const role = watch("role" as never) as unknown as UserValues["role"];
  const coversAll = watch("coversAllCities" as never) as unknown as boolean;
  const cityName = (c: CityChoice) => (locale === "en" ? c.nameEn : c.nameVi);
  const reg = (name: string) => register(name as never);
  const a11y = (name: string) => ({ "aria-invalid": !!errors[name], "aria-describedby": describedBy(name, { error: errors[name] }) });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-2xl gap-4">
      {!editing && (
        <Field id="email" label={t("admin.users.fields.email")} error={errors.email?.message}>
          <Input id="email" type="email" autoComplete="off" {...a11y("email")} {...reg("email")} />
        </Field>
      )}
      <Field id="name" label={t("admin.users.fields.name")} error={errors.name?.message}>
        <Input id="name" autoComplete="off" {...a11y("name")} {...reg("name")} />
      </Field>
      {!editing && (
        <Field id="password" label={t("admin.users.fields.password")} hint={t("admin.users.passwordHint")} error={errors.password?.message}>
          <Input id="password" type="password" autoComplete="new-password" {...a11y("password")} {...reg("password")} />
        </Field>
      )}
      <Field id="role" label={t("admin.users.fields.role")} error={errors.role?.message}>
        <Select id="role" {...a11y("role")} {...reg("role")}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      {placementOf(role) === "oneCity" && (
        <Field id="cityId" label={t("admin.users.fields.city")} error={errors.cityId?.message}>
          <Select id="cityId" {...a11y("cityId")} {...reg("cityId")}>
            <option value="">{t("admin.users.chooseCity")}</option>
            {props.cities.map((c) => (
              <option key={c.id} value={c.id}>
                {cityName(c)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {placementOf(role) === "chosenCities" && (
        <fieldset className="space-y-2 rounded-md border border-slate-300 p-3">
          <legend className="px-1 text-sm font-medium">{t("admin.users.fields.cities")}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" {...reg("coversAllCities")} />
            {t("admin.users.fields.coversAllCities")}
          </label>
          {!coversAll && (
            <div className="grid gap-1 sm:grid-cols-2">
              {props.cities.map((c) => (
                <label key={c.id} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" className="size-4" value={c.id} {...reg("assignedCityIds")} />
                  {cityName(c)}
                </label>
              ))}
            </div>
          )}
          {errors.assignedCityIds?.message && (
            <p role="alert" className="text-sm text-red-700">
              {t(errors.assignedCityIds.message)}
            </p>
          )}
        </fieldset>
      )}
      <Field id="locale" label={t("admin.users.fields.locale")} error={errors.locale?.message}>
        <Select id="locale" {...a11y("locale")} {...reg("locale")}>
          {locales.map((l) => (
            <option key={l} value={l}>
              {t(`shell.languages.${l}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {editing ? t("forms.save") : t("admin.users.create")}
        </Button>
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}
