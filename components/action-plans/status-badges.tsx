import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { itemStatusTone, planStatusTone, type ItemStatus, type PlanStatus } from "@/lib/action-plans/vocabulary";

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  const t = useTranslations("actionPlans.itemStatus");
  return <Badge tone={itemStatusTone[status]}>{t(status)}</Badge>;
}

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = useTranslations("actionPlans.planStatus");
  return <Badge tone={planStatusTone[status]}>{t(status)}</Badge>;
}

/** "Overdue by N days", red, for an item whose due date has passed while it is still open. */
export function OverdueBadge({ days }: { days: number | null }) {
  const t = useTranslations("actionPlans");
  if (days === null) return null;
  return (
    <span data-testid="overdue-badge">
      <Badge tone="red">{t("overdueBy", { days })}</Badge>
    </span>
  );
}
