import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ResponseImport } from "@/components/assessments/response-import";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { responseColumns, type ResponseColumnKey } from "@/lib/assessments/response-spreadsheet";
import { localized } from "@/lib/localized";
import { getChecklist } from "@/server/assessments/get-checklist";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("responseImport"))("title") };
}

export default async function ResponseImportPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const checklist = await getChecklist(db(), actor, id);
  // Only someone who may change an answer now has anything to import; to anyone else the page does not exist.
  if (!checklist || checklist.editableIndicatorIds.length === 0) notFound();
  const [t, tChecklist, locale] = await Promise.all([getTranslations("responseImport"), getTranslations("checklist"), getLocale()]);
  const { assessment } = checklist;
  const columnLabels = Object.fromEntries(responseColumns.map((c) => [c.key, locale === "en" ? c.en : c.vi])) as Record<ResponseColumnKey, string>;

  return withClientMessages(
    ["responseImport"],
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href={`/assessments/${assessment.id}`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← {t("back")}
        </Link>
        <PageHeader title={t("title")} intro={t("intro")} />
        <p className="text-sm text-slate-700">{tChecklist("heading", { city: localized(assessment.city, "name", locale) ?? "", year: assessment.year })}</p>
      </div>
      <Card>
        {/* A plain link: the browser downloads the file the route sends as an attachment. */}
        <a
          href={`/api/assessments/${assessment.id}/template.xlsx`}
          download
          className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
        >
          {t("download")}
        </a>
        <p className="mt-2 text-sm text-slate-700">{t("downloadHint")}</p>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("upload.heading")}</h2>
        <ResponseImport assessmentId={assessment.id} columnLabels={columnLabels} />
      </Card>
    </div>,
  );
}
