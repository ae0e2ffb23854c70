import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FrameworkBadges } from "@/components/frameworks/framework-badges";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { mayManageFrameworks } from "@/lib/permissions";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { listFrameworks } from "@/server/frameworks/read-frameworks";
import { UploadForm } from "./upload-form";
import { PageHeader } from "@/components/ui/page-header";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminFrameworks"))("title") };
}

export default async function AdminFrameworksPage() {
  const actor = await requireActor();
  if (!mayManageFrameworks(actor)) notFound();
  const [t, locale, frameworks] = await Promise.all([getTranslations(), getLocale(), listFrameworks(db(), actor)]);

  return withClientMessages(
    ["adminFrameworks", "checks"],
    <div className="space-y-6">
      <PageHeader title={t("adminFrameworks.title")} intro={t("adminFrameworks.intro")} />
      <Card>
        <h2 className="text-lg font-semibold">{t("adminFrameworks.upload.title")}</h2>
        <UploadForm />
      </Card>
      <Card>
        {frameworks.length === 0 ? (
          <p className="text-slate-700">{t("frameworks.none")}</p>
        ) : (
          <Table
            caption={t("adminFrameworks.title")}
            minWidth="44rem"
            columns={[
              { label: t("frameworks.columns.title") },
              { label: t("frameworks.columns.status") },
              { label: t("frameworks.columns.indicators"), numeric: true },
              { label: t("adminFrameworks.columns.readerView") },
            ]}
          >
            {frameworks.map((framework) => (
              <tr key={framework.id} className={rowClass} data-testid="admin-framework-row">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/admin/frameworks/${framework.id}`} className="text-brand-700 hover:underline">
                    {localized(framework, "title", locale)}
                  </Link>
                  <div className="text-xs font-normal text-slate-600">{t("frameworks.version", { code: framework.code, version: framework.version })}</div>
                </th>
                <td className="py-2 pr-4">
                  <FrameworkBadges status={framework.status} verified={framework.verified} />
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">{framework._count.indicators}</td>
                <td className="py-2">
                  <Link href={`/frameworks/${framework.id}`} className="text-brand-700 hover:underline">
                    {t("adminFrameworks.readerView")}
                    <span className="sr-only">: {localized(framework, "title", locale)}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>,
  );
}
