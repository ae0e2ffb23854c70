import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const statusTone = { published: "green", draft: "amber", retired: "slate" } as const;

export async function FrameworkBadges({ status, verified }: { status: string; verified: boolean }) {
  const t = await getTranslations("frameworks");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={statusTone[status as keyof typeof statusTone] ?? "slate"}>{t(`status.${status}`)}</Badge>
      {!verified && <Badge tone="amber">{t("unverified")}</Badge>}
    </span>
  );
}
