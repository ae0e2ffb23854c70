import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import type { listAssessments } from "@/server/assessments/list-assessments";
import { AssessmentStatus } from "./assessment-status";
import { ReadinessFigure } from "./readiness-figure";

type Row = Awaited<ReturnType<typeof listAssessments>>[number];

/** Assessments with their status and readiness, as the dashboard and the assessments page list them. */
export async function AssessmentsTable({ caption, rows, testId }: { caption: string; rows: Row[]; testId: string }) {
  const [t, locale] = await Promise.all([getTranslations("assessments"), getLocale()]);
  return (
    <Table
      caption={caption}
      minWidth="48rem"
      columns={[{ label: t("columns.city") }, { label: t("columns.framework") }, { label: t("columns.year"), numeric: true }, { label: t("columns.status") }, { label: t("columns.readiness"), numeric: true }]}
    >
      {rows.map((a) => (
        <tr key={a.id} className={rowClass} data-testid={testId}>
          <th scope="row" className="py-2 pr-4 font-medium">
            <Link href={`/assessments/${a.id}`} className="text-brand-700 hover:underline">
              {localized(a.city, "name", locale)}
            </Link>
            {a.fromPublications && <div className="text-xs font-normal text-slate-600">{t("fromPublications")}</div>}
          </th>
          <td className="py-2 pr-4">{localized(a.framework, "title", locale)}</td>
          <td className="py-2 pr-4 text-right tabular-nums">{a.year}</td>
          <td className="py-2 pr-4">
            <AssessmentStatus status={a.status} completedAt={a.completedAt} />
          </td>
          <td className="py-2 text-right">
            <ReadinessFigure score={a.readiness.score} coverage={a.readiness.coverage} />
          </td>
        </tr>
      ))}
    </Table>
  );
}
