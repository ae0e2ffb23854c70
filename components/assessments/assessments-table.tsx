import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import type { ListedAssessment } from "@/server/assessments/list-latest-assessments";
import { AssessmentStatus } from "./assessment-status";
import { ReadinessFigure } from "./readiness-figure";

const columns = ["city", "framework", "year", "status", "readiness"] as const;

/** Assessments with their status and readiness, as the dashboard and the assessments page list them. */
export async function AssessmentsTable({ caption, rows, testId }: { caption: string; rows: ListedAssessment[]; testId: string }) {
  const [t, locale] = await Promise.all([getTranslations("assessments"), getLocale()]);
  return (
    <Table caption={caption} minWidth="48rem" cardsOnPhone columns={columns.map((key) => ({ label: t(`columns.${key}`), numeric: key === "year" || key === "readiness" }))}>
      {rows.map((a) => (
        <tr key={a.id} className={rowClass} data-testid={testId}>
          <th scope="row" className="py-2 pr-4 font-medium">
            <Link href={`/assessments/${a.id}`} className="text-brand-700 hover:underline">
              {localized(a.city, "name", locale)}
              {/* Read out of context (a screen reader's list of links), each row's link says which checklist it opens. */}
              <span className="sr-only">
                {" "}
                · {localized(a.framework, "title", locale)} · {a.year}
              </span>
            </Link>
            {a.fromPublications && <div className="text-xs font-normal text-slate-600">{t("fromPublications")}</div>}
          </th>
          <td className="py-2 pr-4" data-label={t("columns.framework")}>
            {localized(a.framework, "title", locale)}
          </td>
          <td className="py-2 pr-4 text-right tabular-nums" data-label={t("columns.year")}>
            {a.year}
          </td>
          <td className="py-2 pr-4" data-label={t("columns.status")}>
            <AssessmentStatus status={a.status} completedAt={a.completedAt} />
          </td>
          <td className="py-2 text-right" data-label={t("columns.readiness")}>
            <ReadinessFigure score={a.readiness.score} coverage={a.readiness.coverage} />
          </td>
        </tr>
      ))}
    </Table>
  );
}
