"use client";

import { useTranslations } from "next-intl";

/** The outcome of a form's last submission, announced to screen readers as it changes. */
export function FormStatus({ error, saved }: { error: string | null; saved: boolean }) {
  const t = useTranslations();
  return (
    <p role="status" aria-live="polite" className={error ? "text-sm text-red-700" : "text-sm text-emerald-800"}>
      {error ? (t.has(error) ? t(error) : t("errors.invalid")) : saved ? t("forms.saved") : null}
    </p>
  );
}
