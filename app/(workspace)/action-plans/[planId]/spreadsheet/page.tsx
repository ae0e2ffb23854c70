import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SpreadsheetImport } from "@/components/action-plans/spreadsheet-import";
import { Card } from "@/components/ui/card";
import { spreadsheetColumns, type ColumnKey } from "@/lib/action-plans/spreadsheet";
import { localized } from "@/lib/localized";
import { mayEditPlan } from "@/lib/permissions";
import { findReadablePlanWithTitle } from "@/server/action-plans/plan-access";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ planId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planSpreadsheet"))("title") };
}

export default async function PlanSpreadsheetPage({ params }: Props) {
  const actor = await requireActor();
  const { planId } = await params;
  const [plan, t, locale] = await Promise.all([findReadablePlanWithTitle(db(), actor, planId), getTranslations("planSpreadsheet"), getLocale()]);
  if (!plan) notFound();
  const columnLabels = Object.fromEntries(spreadsheetColumns.map((c) => [c.key, locale === "en" ? c.en : c.vi])) as Record<ColumnKey, string>;

  return withClientMessages(
    ["actionPlans", "planSpreadsheet"],
    <div className="space-y-6">
      <div>
        <Link href={`/action-plans/${plan.id}`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{localized(plan, "title", locale)}</p>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      </div>
      <Card>
        {/* A plain link: the browser downloads the file the route sends as an attachment. */}
        <a
          href={`/api/action-plans/${plan.id}/tasks.xlsx`}
          download
          className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
        >
          {t("download")}
        </a>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("upload.heading")}</h2>
        {mayEditPlan(actor, plan) ? <SpreadsheetImport planId={plan.id} columnLabels={columnLabels} locale={locale} /> : <p className="text-sm text-slate-700">{t("readOnly")}</p>}
      </Card>
    </div>,
  );
}
