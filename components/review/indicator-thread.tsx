"use client";

import { useTranslations } from "next-intl";
import { useOnline } from "@/components/offline/offline-provider";
import { useState, useTransition, type KeyboardEvent } from "react";
import { postCommentAction, setThreadResolvedAction } from "@/server/actions/assessments";
import { postCommentSchema } from "@/lib/validation/comments";
import { fieldErrors } from "@/lib/validation/zod";
import type { ThreadView } from "@/server/comments/thread-view";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { commentMaxLength } from "@/lib/review/comments";
import { formatDateTime } from "@/lib/format/dates";

interface Props {
  assessmentId: string;
  indicator: { id: string; code: string };
  thread: ThreadView | null;
  /** Whether this user may write, resolve and re-open (lib/review/comments.ts); others only read. */
  mayDiscuss: boolean;
  /** Flagged indicators start open: the city answers each flag here. */
  initiallyOpen: boolean;
  onChange: (thread: ThreadView) => void;
}

/** One indicator's discussion between the city and its reviewers, behind a disclosure button. */
export function IndicatorThread({ assessmentId, indicator, thread, mayDiscuss, initiallyOpen, onChange }: Props) {
  const t = useTranslations();
  const [open, setOpen] = useState(initiallyOpen);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Comments are the server's work: offline the form says so instead of sending.
  const online = useOnline();

  // Nothing said and nothing this user could say: no empty box on every indicator.
  if (!thread && !mayDiscuss) return null;

  const id = `thread-${indicator.id}`;
  const comments = thread?.comments ?? [];

  // Runs an action; what was typed stays on screen whatever goes wrong.
  const run = (action: () => Promise<Awaited<ReturnType<typeof postCommentAction>>>, after?: () => void) =>
    startTransition(async () => {
      setError(null);
      let result;
      try {
        result = await action();
      } catch {
        return setError("errors.network");
      }
      if (!result.ok) return setError(result.fieldErrors?.body ?? `errors.${result.reason}`);
      after?.();
      onChange(result.value);
    });

  const send = () => {
    if (!online) return;
    // The schema the server parses, so a blank or overlong comment is caught before sending.
    const parsed = postCommentSchema.safeParse({ assessmentId, indicatorId: indicator.id, body });
    if (!parsed.success) return setError(fieldErrors(parsed.error).body ?? "validation.invalid");
    run(() => postCommentAction(parsed.data), () => setBody(""));
  };
  const sendWithKeys = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (!pending) send();
  };
  const setResolved = (resolved: boolean) => run(() => setThreadResolvedAction({ assessmentId, indicatorId: indicator.id, resolved }));

  return (
    <section className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="indicator-thread">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-2 rounded text-sm font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-700"
      >
        <span aria-hidden>{open ? "▾" : "▸"}</span>
        {t("comments.toggle", { count: comments.length })}
        {thread && <Badge tone={thread.resolvedAt ? "green" : "amber"}>{t(thread.resolvedAt ? "comments.resolved" : "comments.open")}</Badge>}
      </button>

      {open && (
        <div id={id} className="mt-2 space-y-3">
          {comments.length > 0 ? (
            <ol className="space-y-2" aria-label={t("comments.listLabel", { code: indicator.code })}>
              {comments.map((c) => (
                <li key={c.id} className="rounded-md bg-white p-2 text-sm" data-testid="thread-comment">
                  <p className="text-xs text-slate-600">
                    <span className="font-medium text-slate-900">{c.authorName}</span>
                    {c.authorRole && <> · {t(`roles.${c.authorRole}`)}</>} ·{" "}
                    <time dateTime={c.at}>{formatDateTime(c.at)}</time>
                  </p>
                  <p className="mt-1 whitespace-pre-wrap">{c.body}</p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-600">{t("comments.none")}</p>
          )}
          {thread?.resolvedAt && (
            <p className="text-xs text-slate-600">
              {t("comments.resolvedBy", {
                name: thread.resolvedByName ?? "—",
                time: formatDateTime(thread.resolvedAt),
              })}
            </p>
          )}

          {mayDiscuss && (
            <form
              className="space-y-1"
              onSubmit={(event) => {
                event.preventDefault();
                send();
              }}
              noValidate
            >
              <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-800">
                {t("comments.reply", { code: indicator.code })}
              </label>
              <textarea
                id={`${id}-body`}
                rows={3}
                value={body}
                onChange={(event) => setBody(event.target.value)}
                onKeyDown={sendWithKeys}
                aria-invalid={!!error}
                aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
                className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
              />
              <p id={`${id}-hint`} className="text-xs text-slate-600">
                {t("comments.sendHint")}
                {/* Pasted text is never cut short: past the limit it stays, marked, until shortened. */}
                {body.length >= commentMaxLength * 0.8 && (
                  <span className={body.length > commentMaxLength ? "ml-2 tabular-nums text-red-700" : "ml-2 tabular-nums"} data-testid="length-counter">
                    {t("checklist.length", { count: body.length, max: commentMaxLength })}
                  </span>
                )}
              </p>
              {error && (
                <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
                  {t(error)}
                </p>
              )}
              {!online && (
                <p className="text-xs text-slate-600" data-testid="needs-network">
                  {t("shell.connection.needsNetwork")}
                </p>
              )}
              <div className="flex flex-wrap gap-2 pt-1">
                <Button type="submit" disabled={pending || !online}>
                  {t("comments.send")}
                </Button>
                {thread && (
                  <Button type="button" variant="secondary" disabled={pending || !online} onClick={() => setResolved(!thread.resolvedAt)}>
                    {t(thread.resolvedAt ? "comments.reopen" : "comments.resolve")}
                  </Button>
                )}
              </div>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
