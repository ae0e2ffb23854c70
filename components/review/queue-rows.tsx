"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { rowClass } from "@/components/ui/table";

/**
 * One row of the review queue as the server words it: every text is already translated and
 * formatted (relative times against the server's clock), so the browser only lays it out. Rows
 * travel to the page as this plain data rather than as a tree of elements per cell, which keeps
 * a page of 200 rows light to send and to render.
 */
export interface QueueRowView {
  key: string;
  status: string;
  tone: "green" | "blue" | "amber" | "slate";
  statusLabel: string;
  /** Absent where there is no checklist yet (a city not started). */
  assessmentId: string | null;
  /** The row's box for approving together; absent where approving is not for this row at all. */
  select: { label: string; refusal: string | null } | null;
  city: string;
  framework: string;
  year: number;
  completeness: string;
  readiness: string;
  due: { on: string; shown: string; late: string | null; left: string | null } | null;
  lastActivity: { at: string; shown: string } | null;
  notes: string[];
}

const cell = "py-2 pr-4";
const numeric = "py-2 pr-4 text-right tabular-nums";

export function QueueRows({ rows, noCycle }: { rows: QueueRowView[]; noCycle: string }) {
  return rows.map((row) => (
    <tr key={row.key} className={rowClass} data-testid="queue-row" data-status={row.status}>
      <td className={cell}>
        {row.select && (
          <input
            type="checkbox"
            name="assessmentIds"
            value={row.assessmentId ?? ""}
            disabled={row.select.refusal !== null}
            aria-label={row.select.label}
            title={row.select.refusal ?? undefined}
            className="h-4 w-4"
          />
        )}
      </td>
      <th scope="row" className="py-2 pr-4 font-medium">
        {row.assessmentId ? (
          <Link href={`/assessments/${row.assessmentId}`} className="text-brand-700 hover:underline">
            {row.city}
          </Link>
        ) : (
          row.city
        )}
      </th>
      <td className={cell}>{row.framework}</td>
      <td className={numeric}>{row.year}</td>
      <td className={cell}>
        <Badge tone={row.tone}>{row.statusLabel}</Badge>
      </td>
      <td className={numeric}>{row.completeness}</td>
      <td className={numeric}>{row.readiness}</td>
      <td className={cell}>
        {row.due === null ? (
          <span className="text-slate-500">{noCycle}</span>
        ) : (
          <span className="flex flex-col">
            <time dateTime={row.due.on}>{row.due.shown}</time>
            {row.due.late !== null ? <span className="text-xs font-medium text-red-800">{row.due.late}</span> : row.due.left !== null && <span className="text-xs text-slate-700">{row.due.left}</span>}
          </span>
        )}
      </td>
      <td className={cell}>{row.lastActivity ? <time dateTime={row.lastActivity.at}>{row.lastActivity.shown}</time> : <span className="text-slate-500">—</span>}</td>
      <td className="py-2 text-sm">
        {row.notes.map((note) => (
          <div key={note}>{note}</div>
        ))}
      </td>
    </tr>
  ));
}
