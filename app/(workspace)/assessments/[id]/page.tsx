import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentStatus } from "@/components/assessments/assessment-status";
import { Checklist } from "@/components/assessments/checklist";
import { AssessmentDownloads } from "@/components/reports/assessment-downloads";
import { ReviewPanel } from "@/components/review/review-panel";
import { judgeAct, reviewActs } from "@/lib/review/workflow";
import { checklistEntryData } from "@/components/assessments/entry-data";
import { localized } from "@/lib/localized";
import { getChecklist } from "@/server/assessments/get-checklist";
import { listThreads } from "@/server/comments/list-threads";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { withClientMessages } from "@/i18n/client-messages";
import { NeedsNetwork } from "@/components/offline/needs-network";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checklist"))("title") };
}

// The page's own links, a size smaller on a phone so they take two short rows.
const headerLink = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 sm:px-4 sm:py-2";

export default async function ChecklistPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const checklist = await getChecklist(db(), actor, id);
  if (!checklist) notFound();
  const [t, locale, threads] = await Promise.all([getTranslations("checklist"), getLocale(), listThreads(db(), actor, checklist.assessment)]);
  const [tHistory, tDownloads] = await Promise.all([getTranslations("history"), getTranslations("assessmentDownloads")]);
  const { assessment } = checklist;
  const data = checklistEntryData(checklist, locale);
  // Said once, at the top: which items are concerned is in each one's help.
  const unverified = data.indicators.filter((i) => !i.verified).length;
  // Offer each act the rules would allow now; a reason is asked for in the panel itself.
  const acts = Object.fromEntries(
    reviewActs.flatMap((act) => {
      const judgement = judgeAct(actor, assessment, act, "reason");
      if (judgement.ok) return [[act, "ok"]];
      return judgement.refusal === "incomplete" ? [[act, "incomplete"]] : [];
    }),
  );
  // A reviewer who sent the checklist themselves is told why approving is not offered.
  const ownSubmission = reviewActs.some((act) => {
    const judgement = judgeAct(actor, assessment, act, "reason");
    return !judgement.ok && judgement.refusal === "ownSubmission";
  });
  const openThreads = Object.values(threads.byIndicator).filter((thread) => !thread.resolvedAt).length;

  return withClientMessages(
    ["checklist", "checks", "comments", "evidence", "exports.download", "history.entryLink", "history.entryLinkLabel", "review"],
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-xs text-slate-600 sm:text-sm">
            {localized(assessment.framework, "title", locale)} · v{assessment.framework.version}
          </p>
          <h1 className="text-xl font-semibold sm:text-2xl">{t("heading", { city: localized(assessment.city, "name", locale) ?? "", year: assessment.year })}</h1>
          <div className="mt-1">
            <AssessmentStatus status={assessment.status} completedAt={assessment.completedAt} />
          </div>
          {assessment.fromPublications && <p className="mt-1 text-sm text-slate-700">{t("fromPublications", { note: assessment.sourceNote ?? "" })}</p>}
          {!checklist.editable && <p className="mt-1 text-sm text-slate-700">{t("readOnly")}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          {/* A full page load, so that the warning about unsaved answers still applies. */}
          <a href={`/assessments/${assessment.id}/history`} className={headerLink}>
            {tHistory("timelineLink")}
          </a>
          <Link href={`/assessments/${assessment.id}/readiness`} className={headerLink}>
            {t("readinessLink")}
          </Link>
          {/* Importing and exporting are the server's work: offline they say so instead. */}
          <NeedsNetwork className="flex flex-wrap gap-2">
            {checklist.editableIndicatorIds.length > 0 && (
              <a href={`/assessments/${assessment.id}/import`} className={headerLink}>
                {tDownloads("import")}
              </a>
            )}
            <AssessmentDownloads assessment={assessment} />
          </NeedsNetwork>
        </div>
      </div>
      {unverified > 0 && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="unverified-notice">
          {t("unverifiedNotice", { count: unverified, total: data.indicators.length })}
        </p>
      )}
      {(checklist.decisions.length > 0 || Object.keys(acts).length > 0 || ownSubmission) && (
        <NeedsNetwork>
          <ReviewPanel
            assessmentId={assessment.id}
            acts={acts}
            decisions={checklist.decisions}
            indicators={data.indicators.map((i) => ({ id: i.id, code: i.code, label: i.label }))}
            openThreads={openThreads}
            ownSubmission={ownSubmission}
          />
        </NeedsNetwork>
      )}
      <Checklist
        assessmentId={assessment.id}
        year={assessment.year}
        editable={checklist.editableIndicatorIds.length > 0}
        completed={!!assessment.completedAt}
        sections={data.sections}
        indicators={data.indicators}
        answers={checklist.answers}
        files={checklist.files}
        editableIndicatorIds={checklist.editableIndicatorIds}
        flags={checklist.openFlags}
        changedIds={checklist.changedSinceLastSubmission}
        initialStates={data.initialStates}
        threads={threads.byIndicator}
        mayDiscuss={threads.mayDiscuss}
      />
    </div>,
  );
}
