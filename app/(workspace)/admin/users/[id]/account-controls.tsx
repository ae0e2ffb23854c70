"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { resetPasswordSchema } from "@/lib/validation/users";
import { resetPasswordAction, setUserActiveAction } from "@/server/actions/users";

export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations("admin.users");
  const { form, onSubmit, formError, saved } = useActionForm(resetPasswordSchema, { userId, password: "" }, resetPasswordAction, (_, f) =>
    f.reset({ userId, password: "" }),
  );
  const error = form.formState.errors.password;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-md gap-4">
      <Field id="new-password" label={t("fields.newPassword")} hint={t("passwordHint")} error={error?.message}>
        <Input
          id="new-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!error}
          aria-describedby={describedBy("new-password", { hint: true, error })}
          {...form.register("password")}
        />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("resetPassword")}
        </Button>
        <FormStatus error={formError} saved={saved} />
      </div>
    </form>
  );
}

export function ActiveToggle({ userId, active }: { userId: string; active: boolean }) {
  const t = useTranslations("admin.users");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      const result = await setUserActiveAction({ userId, active: !active });
      setError(result.ok ? null : (result.fieldErrors?._form ?? `errors.${result.reason}`));
      if (result.ok) router.refresh();
    });
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3">
      <p className="text-sm text-slate-700">{active ? t("deactivateHint") : t("activateHint")}</p>
      <Button type="button" variant={active ? "danger" : "primary"} onClick={toggle} disabled={pending}>
        {active ? t("deactivate") : t("activate")}
      </Button>
      <FormStatus error={error} saved={false} />
    </div>
  );
}
