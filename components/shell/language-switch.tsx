"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocale } from "@/server/actions/locale";
import { locales } from "@/i18n/locales";
import { cn } from "@/components/ui/cn";

export function LanguageSwitch() {
  const t = useTranslations("shell");
  const current = useLocale();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("language")} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() => startTransition(() => setLocale({ locale }))}
          className={cn(
            "rounded px-2.5 py-1 text-sm font-medium",
            locale === current ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
    </div>
  );
}
