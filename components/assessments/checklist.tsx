"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { completeAssessmentAction } from "@/server/actions/assessments";
import type { CompletionProblem } from "@/lib/assessments/check-response";
import { countsTowardsCompleteness } from "@/lib/readiness/attainment";
import type { ResponseView } from "@/server/assessments/response-view";
import type { EvidenceFileView } from "@/server/evidence/evidence-view";
import type { ThreadView } from "@/server/comments/thread-view";
import { IndicatorThread } from "@/components/review/indicator-thread";
import { Button } from "@/components/ui/button";
import { IndicatorEntry } from "./indicator-entry";
import { useDevice } from "@/components/offline/offline-provider";
import type { EntryIndicator, EntrySection, EntryState } from "./types";

interface Props {
  assessmentId: string;
  year: number;
  editable: boolean;
  completed: boolean;
  sections: EntrySection[];
  indicators: EntryIndicator[];
  answers: ResponseView[];
  files: EvidenceFileView[];
  /** Answers the user can change now (after a return, only the flagged ones). */
  editableIndicatorIds: string[];
  flags: { indicatorId: string; comment: string }[];
  changedIds: string[];
  initialStates: Record<string, EntryState>;
  /** Indicator discussions by indicator id, and whether this user may take part in them. */
  threads: Record<string, ThreadView>;
  mayDiscuss: boolean;
}

export function Checklist({ assessmentId, year, editable, completed: completedOnServer, sections, indicators, answers, files, editableIndicatorIds, flags, changedIds, initialStates, threads: serverThreads, mayDiscuss }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [states, setStates] = useState(initialStates);
  const [problems, setProblems] = useState<CompletionProblem[] | null>(null);
  const [completeError, setCompleteError] = useState<string | null>(null);
  const [completing, startCompleting] = useTransition();
  // Threads change here as people write; a refresh (after a review step) brings the server's.
  const [threads, setThreads] = useState(serverThreads);
  const [threadsFrom, setThreadsFrom] = useState(serverThreads);
  if (threadsFrom !== serverThreads) {
    setThreadsFrom(serverThreads);
    setThreads(serverThreads);
  }
  // Completion as it stands now: a save that takes it away says so at once, and the page's other
  // parts (the status, the review acts) follow from a refresh.
  const [completed, setCompleted] = useState(completedOnServer);
  const [completedFrom, setCompletedFrom] = useState(completedOnServer);
  if (completedFrom !== completedOnServer) {
    setCompletedFrom(completedOnServer);
    setCompleted(completedOnServer);
  }
  const completedNow = useRef(completed);
  useEffect(() => {
    completedNow.current = completed;
  }, [completed]);
  const onCompletionCleared = useCallback(() => {
    if (!completedNow.current) return;
    completedNow.current = false;
    setCompleted(false);
    router.refresh();
  }, [router]);
  const onThread = useCallback((thread: ThreadView) => setThreads((all) => ({ ...all, [thread.indicatorId]: thread })), []);
  const openThreads = Object.values(threads).filter((thread) => !thread.resolvedAt).length;

  const onState = useCallback((id: string, next: EntryState) => {
    setStates((all) => {
      const prev = all[id];
      if (prev && prev.unsaved === next.unsaved && prev.atRisk === next.atRisk && prev.answered === next.answered && prev.errors === next.errors && prev.missingRequired === next.missingRequired) return all;
      return { ...all, [id]: next };
    });
  }, []);

  const unsaved = Object.values(states).some((s) => s.unsaved);
  // Leaving with answers neither on the server nor kept on the device asks first.
  const atRisk = Object.values(states).some((s) => s.atRisk);
  useEffect(() => {
    if (!atRisk) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [atRisk]);

  // Answers this device saved after the page was kept: an offline reload shows them, not the older page.
  const device = useDevice();
  const online = device?.online ?? true;
  const [newer, setNewer] = useState<Map<string, ResponseView>>(new Map());
  const known = device?.known;
  useEffect(() => {
    if (!known) return;
    let stop = false;
    known(assessmentId)
      .then((all) => !stop && setNewer(new Map(all.map((k) => [k.view.indicatorId, k.view]))))
      .catch(() => undefined);
    return () => {
      stop = true;
    };
  }, [known, assessmentId]);

  // Alt+↓ / Alt+↑ move from one indicator to the next, for reviewers reading through a long
  // checklist; with Alt they never clash with typing or with screen-reader keys.
  useEffect(() => {
    const move = (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
      const cards = [...document.querySelectorAll<HTMLElement>("[data-testid='indicator-entry']")];
      if (!cards.length) return;
      event.preventDefault();
      const current = cards.findIndex((card) => card.contains(document.activeElement));
      const next = current < 0 ? 0 : Math.min(cards.length - 1, Math.max(0, current + (event.key === "ArrowDown" ? 1 : -1)));
      cards[next].focus();
      cards[next].scrollIntoView({ block: "start", behavior: "smooth" });
    };
    window.addEventListener("keydown", move);
    return () => window.removeEventListener("keydown", move);
  }, []);

  const answersById = new Map(answers.map((a) => [a.indicatorId, a]));
  const editableIds = new Set(editableIndicatorIds);
  const labelOf = new Map(indicators.map((i) => [i.id, i]));
  // Progress and the list shown before completing leave out what the framework marks as extra information.
  const counted = indicators.filter((i) => countsTowardsCompleteness(i.scoring));
  const countedIds = new Set(counted.map((i) => i.id));
  const total = counted.length;
  const answered = counted.filter((i) => states[i.id]?.answered).length;

  // Completing with answers left out asks first, listing them: optional items may be left
  // blank, but not by oversight.
  const [confirming, setConfirming] = useState(false);
  const unanswered = counted.filter((i) => !states[i.id]?.answered);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!confirming) return;
    confirmHeading.current?.scrollIntoView({ block: "start" });
    confirmHeading.current?.focus();
  }, [confirming]);
  // The question closes under the keyboard user's focus, and the button is disabled while the
  // checklist completes: the focus goes back to the button, or to the problems found.
  const completeButton = useRef<HTMLButtonElement>(null);
  const problemsHeading = useRef<HTMLHeadingElement>(null);
  const refocus = useRef<"button" | "problems" | null>(null);
  useEffect(() => {
    if (completing || !refocus.current) return;
    const target = refocus.current === "problems" ? problemsHeading.current : completeButton.current;
    refocus.current = null;
    target?.focus();
  }, [completing, problems]);
  const keepEntering = () => {
    setConfirming(false);
    completeButton.current?.focus();
  };
  /** From the list of unanswered items to the item itself, focus and all. */
  const goToIndicator = (code: string) => {
    setConfirming(false);
    document.getElementById(`indicator-${code}`)?.focus();
  };
  const askToComplete = () => {
    setProblems(null);
    if (unanswered.length > 0) setConfirming(true);
    else complete();
  };

  const complete = () =>
    startCompleting(async () => {
      setConfirming(false);
      setCompleteError(null);
      refocus.current = "button";
      const result = await completeAssessmentAction({ assessmentId });
      if (!result.ok) return setCompleteError(`errors.${result.reason}`);
      if (result.value.kind === "problems") {
        refocus.current = "problems";
        return setProblems(result.value.problems);
      }
      setProblems(null);
      router.refresh();
    });

  const sectionList = (
    <ol className="space-y-1 text-sm">
      {sections.map((section) => {
        const ids = section.indicatorIds.filter((id) => countedIds.has(id));
        const done = ids.filter((id) => states[id]?.answered).length;
        return (
          <li key={section.id} style={{ paddingLeft: `${section.depth * 0.75}rem` }}>
            <a href={`#section-${section.id}`} className="flex justify-between gap-2 rounded px-2 py-1 hover:bg-slate-100">
              <span>
                <span className="text-slate-500">{section.code}</span> {section.title}
              </span>
              <span className="tabular-nums text-slate-600">
                {done}/{ids.length}
              </span>
            </a>
          </li>
        );
      })}
    </ol>
  );

  const completion = editable && (
    <div className="space-y-2">
      <Button ref={completeButton} type="button" className="w-full" onClick={askToComplete} disabled={completing || unsaved || !online} aria-describedby={!online ? "complete-needs-network" : undefined}>
        {t("checklist.complete")}
      </Button>
      {!online ? (
        <p id="complete-needs-network" className="text-xs text-slate-600" data-testid="needs-network">
          {t("checklist.completeNeedsNetwork")}
        </p>
      ) : (
        unsaved && <p className="text-xs text-slate-600">{t("checklist.waitForSaves")}</p>
      )}
      {completed && !problems && <p className="text-sm text-emerald-800">{t("checklist.isComplete")}</p>}
      {completeError && <p role="alert" className="text-sm text-red-700">{t(completeError)}</p>}
    </div>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      {/* From a laptop on, the sections and the completion button stay in view beside the answers. On a
          phone this box dissolves into the page's column and the completion button goes to the end of
          the answers, as a form's last step, so the first answer is near the top. */}
      <div className="max-lg:contents lg:sticky lg:top-4 lg:self-start">
        <nav aria-label={t("checklist.sections")}>
          <p className="mb-2 hidden text-xs text-slate-600 lg:block">{t("checklist.keys")}</p>
          <p className="text-sm text-slate-700" data-testid="progress">
            {t("checklist.progress", { answered, total })}
          </p>
          <div className="mt-1 h-2 rounded bg-slate-200" aria-hidden>
            <div className="h-2 rounded bg-brand-700" style={{ width: `${total ? (answered / total) * 100 : 0}%` }} />
          </div>
          {openThreads > 0 && (
            <p className="mt-2 text-sm text-amber-900" data-testid="open-threads">
              {t("comments.openCount", { count: openThreads })}
            </p>
          )}
          {/* On a phone the list folds away, so the first answer is near the top; from a laptop on it stays beside the answers. */}
          <details className="mt-3 lg:hidden">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("checklist.sections")}</summary>
            {sectionList}
          </details>
          <div className="mt-3 hidden lg:block">{sectionList}</div>
        </nav>
        {completion && <div className="max-lg:order-last lg:mt-4">{completion}</div>}
      </div>

      <div className="space-y-6">
        {confirming && (
          <section aria-labelledby="confirm-complete-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="confirm-complete">
            <h2 id="confirm-complete-title" ref={confirmHeading} tabIndex={-1} className="scroll-mt-24 font-semibold text-amber-950">
              {t("checklist.unansweredTitle", { count: unanswered.length, total })}
            </h2>
            <p className="mt-1 text-sm text-amber-950">{t("checklist.unansweredExplain")}</p>
            <ul className="mt-2 max-h-64 list-disc space-y-1 overflow-y-auto pl-5 text-sm" data-testid="unanswered">
              {unanswered.map((indicator) => (
                <li key={indicator.id}>
                  <Link href={`#indicator-${indicator.code}`} className="text-amber-950 underline" onClick={() => goToIndicator(indicator.code)}>
                    {indicator.code} {indicator.label}
                  </Link>
                  {indicator.rules.required && <span className="ml-1 text-red-700">({t("checklist.required")})</span>}
                </li>
              ))}
            </ul>
            <div className="mt-3 flex flex-wrap gap-2">
              <Button type="button" onClick={complete} disabled={completing || unsaved || !online}>
                {t("checklist.completeAnyway")}
              </Button>
              <Button type="button" variant="secondary" onClick={keepEntering}>
                {t("checklist.keepEntering")}
              </Button>
            </div>
          </section>
        )}
        {problems && problems.length > 0 && (
          <section role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4" data-testid="completion-problems">
            <h2 ref={problemsHeading} tabIndex={-1} className="font-semibold text-red-900">
              {t("checklist.problemsTitle", { count: problems.length })}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {problems.map((p, i) => {
                const indicator = labelOf.get(p.indicatorId);
                return (
                  <li key={i}>
                    <Link href={`#indicator-${indicator?.code}`} className="text-red-900 underline">
                      {indicator?.code} {indicator?.label}
                    </Link>
                    : {t(p.code, Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, typeof v === "number" ? format.number(v) : v])))}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {flags.length > 0 && (
          <section className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="flags-summary">
            <h2 className="font-semibold text-amber-950">{t("review.flagsTitle", { count: flags.length })}</h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {flags.map((flag) => {
                const indicator = labelOf.get(flag.indicatorId);
                return (
                  <li key={flag.indicatorId}>
                    <Link href={`#indicator-${indicator?.code}`} className="font-medium text-amber-950 underline">
                      {indicator?.code} {indicator?.label}
                    </Link>
                    : {flag.comment}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {sections.map((section) => {
          const own = indicators.filter((i) => i.sectionId === section.id);
          const Heading = section.depth === 0 ? "h2" : "h3";
          return (
            <section key={section.id} id={`section-${section.id}`} aria-labelledby={`section-title-${section.id}`} className="scroll-mt-24 space-y-3">
              <Heading id={`section-title-${section.id}`} className={section.depth === 0 ? "text-xl font-semibold" : "text-lg font-semibold"}>
                <span className="mr-2 text-slate-500">{section.code}</span>
                {section.title}
              </Heading>
              {own.map((indicator) => (
                <IndicatorEntry
                  key={indicator.id}
                  assessmentId={assessmentId}
                  year={year}
                  indicator={indicator}
                  answer={answersById.get(indicator.id)!}
                  files={files.filter((f) => f.indicatorId === indicator.id)}
                  editable={editableIds.has(indicator.id)}
                  flag={flags.find((f) => f.indicatorId === indicator.id)?.comment ?? null}
                  changed={changedIds.includes(indicator.id)}
                  onState={onState}
                  onCompletionCleared={onCompletionCleared}
                  newer={newer.get(indicator.id)}
                  discussion={
                    <IndicatorThread
                      assessmentId={assessmentId}
                      indicator={indicator}
                      thread={threads[indicator.id] ?? null}
                      mayDiscuss={mayDiscuss}
                      initiallyOpen={flags.some((f) => f.indicatorId === indicator.id)}
                      onChange={onThread}
                    />
                  }
                />
              ))}
            </section>
          );
        })}
      </div>
    </div>
  );
}
