"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { sameOriginPath } from "@/lib/auth/callback-address";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInSchema, type SignInInput } from "@/lib/validation/sign-in";

// next-auth reports failures as codes; each has a message under signIn.errors.
function errorKey(code: string | undefined | null): string | null {
  if (!code) return null;
  if (code === "locked") return "signIn.errors.locked";
  if (code === "AccessDenied") return "signIn.errors.ssoDenied";
  if (code === "CredentialsSignin") return "signIn.errors.invalid";
  return "signIn.errors.unknown";
}

export function SignInForm({ initialError, singleSignOn }: { initialError?: string; singleSignOn: string | null }) {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(errorKey(initialError));
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      // Only paths of this site: a crafted link must not send a fresh session elsewhere.
      window.location.assign(sameOriginPath(new URLSearchParams(window.location.search).get("callbackUrl"), window.location.origin));
      return;
    }
    setError(errorKey(result?.error ?? "unknown"));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {t(error)}
        </p>
      )}
      <Field id="email" label={t("signIn.email")} error={errors.email?.message}>
        <Input
          id="email"
          type="email"
          autoComplete="username"
          autoFocus
          aria-invalid={!!errors.email}
          aria-describedby={describedBy("email", { error: errors.email })}
          {...register("email")}
        />
      </Field>
      <Field id="password" label={t("signIn.password")} error={errors.password?.message}>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!errors.password}
          aria-describedby={describedBy("password", { error: errors.password })}
          {...register("password")}
        />
      </Field>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
      {singleSignOn && (
        <Button type="button" variant="secondary" className="w-full" onClick={() => signIn("oidc", { callbackUrl: "/dashboard" })}>
          {t("signIn.singleSignOn", { provider: singleSignOn })}
        </Button>
      )}
    </form>
  );
}
