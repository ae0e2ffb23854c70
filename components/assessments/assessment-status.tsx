import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format/dates";

const tones = { draft: "slate", submitted: "blue", resubmitted: "blue", returned: "amber", approved: "green" } as const;

/** Review status and, separately, whether the checklist is complete. */
export async function AssessmentStatus({ status, completedAt }: { status: string; completedAt: Date | null }) {
  const t = await getTranslations("assessments");
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={tones[status as keyof typeof tones] ?? "slate"}>{t(`status.${status}`)}</Badge>
      {completedAt ? (
        <Badge tone="green">{t("completeOn", { date: formatDate(completedAt) })}</Badge>
      ) : (
        <Badge tone="amber">{t("incomplete")}</Badge>
      )}
    </span>
  );
}
