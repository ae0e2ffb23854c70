import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { webLink } from "@/lib/format/web-link";
import type { PlanItemPage } from "@/server/action-plans/get-plan-item";
import { CommentForm } from "./comment-form";
import { ItemStatusBadge } from "./status-badges";
import { formatDateTime } from "@/lib/format/dates";

/**
 * What people did on a goal or task: the progress reports, newest first (status and progress
 * before and after, the note, links and files), then the comments, with the form for those who
 * may add one.
 */
export async function ItemActivity({ page }: { page: PlanItemPage }) {
  const t = await getTranslations("actionPlans");
  const when = (at: Date) => formatDateTime(at);
  return (
    <>
      <Card>
        <h2 className="text-lg font-semibold">{t("updates")}</h2>
        {page.updates.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noUpdates")}</p>
        ) : (
          <ol className="mt-3 space-y-4" data-testid="update-history">
            {page.updates.map((u) => (
              <li key={u.id} className="border-l-4 border-brand-200 pl-3" data-testid="plan-update">
                <p className="text-sm text-slate-600">
                  <time dateTime={u.at.toISOString()}>{when(u.at)}</time> · {u.author ?? t("someone")}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  {u.previousStatus !== u.status ? (
                    <>
                      <ItemStatusBadge status={u.previousStatus} /> → <ItemStatusBadge status={u.status} />
                    </>
                  ) : (
                    <ItemStatusBadge status={u.status} />
                  )}
                  <span className="tabular-nums">
                    {u.previousProgress !== u.progress ? t("progressChange", { from: u.previousProgress, to: u.progress }) : t("percent", { value: u.progress })}
                  </span>
                </p>
                <p className="mt-1 whitespace-pre-line">{u.note}</p>
                {(u.evidenceLinks.length > 0 || u.files.length > 0) && (
                  <ul className="mt-1 space-y-0.5 text-sm">
                    {u.evidenceLinks.map((link) => (
                      <li key={link}>
                        {webLink(link) ? (
                          <a href={webLink(link)} className="break-all text-brand-700 underline" rel="noreferrer noopener" target="_blank">
                            {link}
                          </a>
                        ) : (
                          <span className="break-all">{link}</span>
                        )}
                      </li>
                    ))}
                    {u.files.map((file) => (
                      <li key={file.id}>
                        <a href={`/api/plan-files/${file.id}`} className="text-brand-700 underline" download>
                          {file.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t("comments")}</h2>
        {page.comments.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noComments")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {page.comments.map((c) => (
              <li key={c.id} data-testid="plan-comment">
                <p className="text-sm text-slate-600">
                  <time dateTime={c.at.toISOString()}>{when(c.at)}</time> · {c.author ?? t("someone")}
                </p>
                <p className="whitespace-pre-line">{c.body}</p>
              </li>
            ))}
          </ul>
        )}
        {page.mayComment && (
          <div className="mt-4">
            <CommentForm itemId={page.item.id} />
          </div>
        )}
      </Card>
    </>
  );
}
