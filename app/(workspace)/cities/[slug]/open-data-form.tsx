"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { cityOpenDataSchema } from "@/lib/validation/open-data";
import { setCityPublishingAction } from "@/server/actions/cities";

/**
 * The city's choice to publish its approved results. Success shows as the new state sentence above
 * the form (a live region the page re-renders), so the form itself only speaks up on a refusal.
 */
export function OpenDataForm({ cityId, publishesOpenData }: { cityId: string; publishesOpenData: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  // The city id travels in the form's values without an input of its own: the profile form's
  // `cityId` box stays the only one on the page.
  const { form, onSubmit, formError } = useActionForm(cityOpenDataSchema, { cityId, publishesOpenData }, setCityPublishingAction, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-3 border-t border-slate-200 pt-4">
      <div className="flex items-start gap-2">
        <input
          id="publishesOpenData"
          type="checkbox"
          className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
          aria-describedby="publishesOpenData-hint"
          {...form.register("publishesOpenData")}
        />
        <label htmlFor="publishesOpenData" className="font-medium text-slate-900">
          {t("openData.profile.toggle")}
        </label>
      </div>
      <p id="publishesOpenData-hint" className="max-w-3xl text-sm text-slate-700">
        {t("openData.profile.explanation")}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t("openData.profile.save")}
        </Button>
        {formError && (
          <p role="alert" className="text-sm text-red-700">
            {t.has(formError) ? t(formError) : t("errors.invalid")}
          </p>
        )}
      </div>
    </form>
  );
}
