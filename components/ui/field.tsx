"use client";

import * as LabelPrimitive from "@radix-ui/react-label";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

interface FieldProps {
  id: string;
  label: string;
  /** A translation key, as schemas and server actions report problems. */
  error?: string;
  hint?: string;
  children: ReactNode;
}

/**
 * A labelled form field with its hint and error. The control inside must carry the same `id`
 * and point `aria-describedby` at `${id}-hint` / `${id}-error` (see `describedBy`).
 */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const t = useTranslations();
  return (
    <div className="space-y-1">
      <LabelPrimitive.Root htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </LabelPrimitive.Root>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {t.has(error) ? t(error) : t("validation.invalid")}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: unknown }) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
