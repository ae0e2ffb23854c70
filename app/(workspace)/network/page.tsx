import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GrowthChart } from "@/components/network/growth-chart";
import { MembersTimeline } from "@/components/network/members-timeline";
import { MembershipRequirements } from "@/components/network/membership-requirements";
import { NetworkStatForm } from "@/components/network/network-stat-form";
import { NetworkStatsTable } from "@/components/network/network-stats-table";
import { Card } from "@/components/ui/card";
import { growthSeries } from "@/lib/network/stats";
import { mayManageReferenceData, mayReadCityProfile } from "@/lib/permissions";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { listNetworkMembers } from "@/server/network/list-network-members";
import { listNetworkStats } from "@/server/network/list-network-stats";
import { requirementFrameworks } from "@/server/network/requirement-frameworks";
import { PageHeader } from "@/components/ui/page-header";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("network"))("title") };
}

/** The network's size over time, Vietnam's members, and what joining takes: public facts for every signed-in user. */
export default async function NetworkPage() {
  const actor = await requireActor();
  const [t, stats, members, frameworks] = await Promise.all([
    getTranslations("network"),
    listNetworkStats(db()),
    listNetworkMembers(db()),
    requirementFrameworks(db()),
  ]);

  return withClientMessages(
    ["checks", "network.errors", "network.form"],
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Card>
        <h2 className="text-lg font-semibold">{t("growth.title")}</h2>
        {stats.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("growth.none")}</p>
        ) : (
          <div className="mt-4 space-y-6">
            <GrowthChart series={growthSeries(stats)} />
            <NetworkStatsTable stats={stats} />
          </div>
        )}
      </Card>
      {mayManageReferenceData(actor) && (
        <Card>
          <h2 className="text-lg font-semibold">{t("form.title")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("form.intro")}</p>
          <NetworkStatForm />
        </Card>
      )}
      <Card>
        <h2 className="text-lg font-semibold">{t("members.title")}</h2>
        <p className="mt-1 mb-4 text-sm text-slate-700">{t("members.intro")}</p>
        <MembersTimeline members={members.map((m) => ({ ...m, profileOpen: mayReadCityProfile(actor, m) }))} />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t("requirementsTitle")}</h2>
        <div className="mt-3">
          <MembershipRequirements frameworks={frameworks} />
        </div>
      </Card>
    </div>,
  );
}
