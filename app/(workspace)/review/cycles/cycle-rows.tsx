"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DetailsOnDemand } from "@/components/ui/details-on-demand";
import { rowClass } from "@/components/ui/table";
import { ExtendDueDateForm } from "./cycle-forms";

type Tone = "green" | "blue" | "amber" | "slate" | "red";

/**
 * One city of a reporting cycle as the server words it: texts translated and dates formatted
 * there, so the rows reach the page as plain data instead of a tree of elements per cell, and the
 * extension form is only drawn when its box opens.
 */
export interface CycleRowView {
  cityId: string;
  city: string;
  dueOn: string;
  /** The extension's badge and reason, when the city has more time than the cycle. */
  extended: { label: string; reason: string | null } | null;
  status: { tone: Tone; label: string } | null;
  state: { tone: Tone; label: string };
  lastActivity: string;
  assessmentId: string | null;
  /** The box that extends this city's due date, when the reader may. */
  extend: { summary: string; summaryFor: string; current: { dueOn: string; reason: string } | null } | null;
}

const cell = "py-2 pr-4 align-top";

export function CycleRows({ rows, cycleId, cycleDueLabel, notStarted, openChecklist }: { rows: CycleRowView[]; cycleId: string; cycleDueLabel: string; notStarted: string; openChecklist: string }) {
  return rows.map((row) => (
    <tr key={row.cityId} className={rowClass} data-testid="cycle-city-row">
      <th scope="row" className="py-2 pr-4 align-top font-medium">
        {row.city}
      </th>
      <td className={cell}>
        {row.dueOn}
        {row.extended && (
          <>
            {" "}
            <Badge tone="blue">{row.extended.label}</Badge>
            {row.extended.reason !== null && <p className="mt-1 max-w-56 text-xs text-slate-600">{row.extended.reason}</p>}
          </>
        )}
      </td>
      <td className={cell}>{row.status ? <Badge tone={row.status.tone}>{row.status.label}</Badge> : notStarted}</td>
      <td className={cell}>
        <Badge tone={row.state.tone}>{row.state.label}</Badge>
      </td>
      <td className={cell}>{row.lastActivity}</td>
      <td className={cell}>
        {row.assessmentId ? (
          <Link href={`/assessments/${row.assessmentId}`} className="text-brand-700 hover:underline">
            {openChecklist}
          </Link>
        ) : (
          "—"
        )}
      </td>
      <td className="py-2 align-top">
        {row.extend && (
          <DetailsOnDemand
            summary={
              <summary className="cursor-pointer text-brand-700" aria-label={row.extend.summaryFor}>
                {row.extend.summary}
              </summary>
            }
          >
            <ExtendDueDateForm cycleId={cycleId} cityId={row.cityId} cycleDueLabel={cycleDueLabel} current={row.extend.current} />
          </DetailsOnDemand>
        )}
      </td>
    </tr>
  ));
}
