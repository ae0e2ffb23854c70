import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const tones = { draft: "slate", submitted: "blue", resubmitted: "blue", returned: "amber", approved: "green" } as const;

/** Review status and, separately, whether the checklist is complete. */
export async function AssessmentStatus({ status, completedAt }: { status: string; completedAt: Date | null }) {
  const [t, format] = await Promise.all([getTranslations("assessments"), getFormatter()]);
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={tones[status as keyof typeof tones] ?? "slate"}>{t(`status.${status}`)}</Badge>
      {completedAt ? (
        <Badge tone="green">{t("completeOn", { date: format.dateTime(completedAt, { dateStyle: "short" }) })}</Badge>
      ) : (
        <Badge tone="amber">{t("incomplete")}</Badge>
      )}
    </span>
  );
}
