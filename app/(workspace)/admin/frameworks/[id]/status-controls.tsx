"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { publishFrameworkAction, retireFrameworkAction } from "@/server/actions/frameworks";

/**
 * Publishing and retiring cannot be undone, so each asks once more, naming what it will fix in
 * place, before it acts.
 */
export function StatusControls({ frameworkId, status, unverified }: { frameworkId: string; status: string; unverified: number }) {
  const t = useTranslations("adminFrameworks.status");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  if (status !== "draft" && status !== "published") return <p className="mt-2 text-sm text-slate-700">{t("retiredNote")}</p>;
  const publishing = status === "draft";

  const act = () =>
    startTransition(async () => {
      try {
        const result = await (publishing ? publishFrameworkAction : retireFrameworkAction)({ frameworkId });
        setError(result.ok ? null : (result.fieldErrors?._form ?? `errors.${result.reason}`));
        if (result.ok) router.refresh();
      } catch {
        setError("errors.network");
      }
      setConfirming(false);
    });

  return (
    <div className="mt-2 space-y-3">
      <p className="max-w-3xl text-sm text-slate-700">{publishing ? t("publishHint") : t("retireHint")}</p>
      {confirming ? (
        <div role="group" aria-labelledby="status-confirm" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p id="status-confirm" className="text-sm text-amber-950">
            {publishing ? t("publishConfirm") : t("retireConfirm")}
            {publishing && unverified > 0 && <> {t("unverifiedCount", { count: unverified })}</>}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant={publishing ? "primary" : "danger"} onClick={act} disabled={pending}>
              {publishing ? t("confirmPublish") : t("confirmRetire")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant={publishing ? "primary" : "danger"} onClick={() => setConfirming(true)}>
          {publishing ? t("publish") : t("retire")}
        </Button>
      )}
      <FormStatus error={error} saved={false} />
    </div>
  );
}
