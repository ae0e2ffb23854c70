"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { markAllReadAction } from "@/server/actions/notifications";

export function MarkAllRead() {
  const t = useTranslations("notifications");
  const [pending, startTransition] = useTransition();
  return (
    <Button type="button" variant="secondary" disabled={pending} onClick={() => startTransition(async () => void (await markAllReadAction({})))}>
      {t("markAllRead")}
    </Button>
  );
}
