import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/reports/print-button";
import { PrintStyles } from "@/components/reports/print-styles";
import { PrintTable } from "@/components/reports/print-table";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { loadAssessmentReport } from "@/server/reports/assessment-report";
import { assessmentReportContent, type ContentField } from "@/server/reports/render-assessment-content";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessmentReport"))("title") };
}

function Fields({ fields }: { fields: ContentField[] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {fields.map((field) => (
        <div key={field.label} className="contents">
          <dt className="font-semibold">{field.label}</dt>
          <dd>{field.link ? <a href={field.link} className="text-brand-700 underline">{field.value}</a> : field.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The assessment report as a page to print: the same read model, words and figures as its PDF. */
export default async function AssessmentReportPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const report = await loadAssessmentReport(db(), actor, id);
  if (!report) notFound();
  const [t, locale] = await Promise.all([getTranslations("assessmentReport"), getLocale()]);
  const content = assessmentReportContent(report, locale);
  const { cover, readiness } = content;

  return (
    <article className="print-report space-y-6" lang={content.locale}>
      <PrintStyles />
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <Link href={`/assessments/${id}`} className="mr-auto text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <a href={`/api/assessments/${id}/report.pdf`} download className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
          {t("downloadPdf")}
        </a>
        <PrintButton label={t("print")} />
      </div>

      <header className="space-y-3">
        <p className="text-sm text-slate-600">{content.title}</p>
        <h1 className="text-2xl font-semibold">{cover.heading}</h1>
        <div className="flex flex-wrap items-start justify-between gap-6">
          <Fields fields={cover.fields} />
          <div
            data-testid="report-stamp"
            className={`min-w-56 rounded-lg border-2 p-3 text-center print-keep ${cover.stamp.done ? "border-emerald-700" : "border-slate-400"}`}
          >
            <p className={`font-bold uppercase ${cover.stamp.done ? "text-emerald-800" : "text-slate-600"}`}>{cover.stamp.title}</p>
            {cover.stamp.lines.map((line) => (
              <p key={line} className="text-sm">
                {line}
              </p>
            ))}
          </div>
        </div>
        <p className="text-xs text-slate-600">{content.generated}</p>
      </header>

      <Card>
        <h2 className="text-lg font-semibold">{readiness.heading}</h2>
        <p className="mt-2 text-xl font-semibold" data-testid="report-overall">
          {readiness.overall}
        </p>
        <p className="mt-1 text-sm text-slate-700">{readiness.explain}</p>
        <p className="mt-2 text-sm">{readiness.counts.join(" · ")}</p>
        <h3 className="mt-4 font-semibold">{readiness.chartCaption}</h3>
        {/* The bars repeat the table below them, which is what assistive technology reads. */}
        <div aria-hidden className="mt-2 space-y-1">
          {readiness.bars.map((bar) => (
            <div key={bar.label} className="flex items-center gap-3 text-sm print-keep">
              <span className="w-2/5 shrink-0">{bar.label}</span>
              <span className="h-3 grow rounded bg-slate-200 print:border print:border-slate-300">
                <span className="block h-3 rounded bg-brand-700 print:[print-color-adjust:exact]" style={{ width: `${Math.min(1, Math.max(0, bar.value ?? 0)) * 100}%` }} />
              </span>
              <span className="w-28 shrink-0 tabular-nums">{bar.text}</span>
            </div>
          ))}
        </div>
        <div className="mt-4">
          <PrintTable table={readiness.sections} />
        </div>
      </Card>

      {[content.gaps, content.comparison, content.plans, content.history].map((part) => (
        <Card key={part.heading}>
          <h2 className="text-lg font-semibold">{part.heading}</h2>
          {"intro" in part && <p className="mt-1 text-sm text-slate-700">{part.intro}</p>}
          {"empty" in part && part.empty ? <p className="mt-2 text-sm text-slate-700">{part.empty}</p> : part.table.rows.length > 0 && <div className="mt-2"><PrintTable table={part.table} /></div>}
        </Card>
      ))}

      <section className="space-y-4 print:break-before-page">
        <h2 className="text-lg font-semibold">{content.indicators.heading}</h2>
        {content.indicators.items.map((item) => (
          <div key={item.id} className="space-y-2">
            {item.sectionHeading && <h3 className="mt-4 text-base font-semibold text-brand-800">{item.sectionHeading}</h3>}
            <div id={`indicator-${item.code}`} className="rounded-lg border border-slate-200 bg-white p-4 print-keep print:border-0 print:border-b print:p-0 print:pb-3">
              <h4 className="font-semibold">{item.heading}</h4>
              <div className="mt-2">
                <Fields fields={item.fields} />
              </div>
              {item.narrative && <p className="mt-2 text-sm whitespace-pre-wrap">{item.narrative}</p>}
              {item.evidence.length > 0 && (
                <>
                  <p className="mt-2 text-sm font-semibold">{content.indicators.evidenceLabel}</p>
                  <ul className="list-disc pl-6 text-sm">
                    {item.evidence.map((e, i) => (
                      <li key={i}>
                        {e.link ? (
                          <a href={e.link} className="print-link-shown break-all text-brand-700 underline">
                            {e.text}
                          </a>
                        ) : (
                          e.text
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {item.reviewComments.length > 0 && (
                <>
                  <p className="mt-2 text-sm font-semibold">{content.indicators.reviewLabel}</p>
                  <ul className="list-disc pl-6 text-sm">
                    {item.reviewComments.map((comment, i) => (
                      <li key={i}>{comment}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </div>
        ))}
      </section>
    </article>
  );
}
