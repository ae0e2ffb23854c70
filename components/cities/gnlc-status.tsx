import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export async function GnlcStatus({ status, admittedYear }: { status: string; admittedYear: number | null }) {
  const t = await getTranslations("gnlc");
  if (status === "member") {
    return <Badge tone="green">{admittedYear ? t("memberSince", { year: admittedYear }) : t("member")}</Badge>;
  }
  if (status === "candidate") return <Badge tone="amber">{t("candidate")}</Badge>;
  return <Badge>{t("none")}</Badge>;
}
