import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FrameworkBadges } from "@/components/frameworks/framework-badges";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { listFrameworks } from "@/server/frameworks/read-frameworks";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("frameworks"))("title") };
}

export default async function FrameworksPage() {
  const actor = await requireActor();
  const [t, locale, frameworks] = await Promise.all([getTranslations("frameworks"), getLocale(), listFrameworks(db(), actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Card>
        {frameworks.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <Table
            caption={t("title")}
            minWidth="40rem"
            columns={[{ label: t("columns.title") }, { label: t("columns.status") }, { label: t("columns.indicators"), numeric: true }, { label: t("columns.source") }]}
          >
            {frameworks.map((framework) => (
              <tr key={framework.id} className={rowClass} data-testid="framework-row">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/frameworks/${framework.id}`} className="text-brand-700 hover:underline">
                    {localized(framework, "title", locale)}
                  </Link>
                  <div className="text-xs font-normal text-slate-600">{t("version", { code: framework.code, version: framework.version })}</div>
                </th>
                <td className="py-2 pr-4">
                  <FrameworkBadges status={framework.status} verified={framework.verified} />
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">{framework._count.indicators}</td>
                <td className="py-2 text-slate-700">{framework.sourceTitle}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
