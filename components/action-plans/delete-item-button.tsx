"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deletePlanItemAction } from "@/server/actions/action-plans";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";

/** Deleting a goal or task, after a second, explicit click. */
export function DeleteItemButton({ itemId, revision, planId }: { itemId: string; revision: number; planId: string }) {
  const t = useTranslations("actionPlans");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    setError(null);
    const result = await deletePlanItemAction({ itemId, revision }).catch(() => null);
    if (result?.ok) router.push(`/action-plans/${planId}`);
    else setError(result ? (result.fieldErrors?._form ?? `errors.${result.reason}`) : "errors.network");
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      {confirming ? (
        <>
          <Button type="button" variant="danger" onClick={remove}>
            {t("confirmDelete")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          {t("deleteItem")}
        </Button>
      )}
      <FormStatus error={error} saved={false} />
    </div>
  );
}
