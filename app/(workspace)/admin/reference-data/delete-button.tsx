"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { deleteReferenceValueAction } from "@/server/actions/reference-values";

/** Deleting asks once more, since the figure and its source go from every page. */
export function DeleteButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations("referenceData");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const act = () =>
    startTransition(async () => {
      try {
        const result = await deleteReferenceValueAction({ id });
        setError(result.ok ? null : (result.fieldErrors?._form ?? `errors.${result.reason}`));
        if (result.ok) router.refresh();
      } catch {
        setError("errors.network");
      }
      setConfirming(false);
    });

  if (!confirming) {
    return (
      <div>
        <Button type="button" variant="ghost" onClick={() => setConfirming(true)} aria-label={label}>
          {t("delete")}
        </Button>
        <FormStatus error={error} saved={false} />
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby={`delete-${id}`} className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2">
      <p id={`delete-${id}`} className="text-xs text-amber-950">
        {t("deleteConfirm")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="danger" onClick={act} disabled={pending}>
          {t("confirmDelete")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
