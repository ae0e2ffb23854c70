import type { ReactNode } from "react";
import { cn } from "./cn";

export interface Column {
  label: string;
  numeric?: boolean;
}

/**
 * A data table that scrolls sideways on narrow screens rather than squeezing its columns, with
 * a caption for screen readers. Rows are the caller's `<tr>`s; use `rowClass` on them. With
 * `cardsOnPhone` each row becomes a card on a phone, its cells labelled by their `data-label`.
 */
export function Table({ caption, columns, minWidth = "36rem", cardsOnPhone = false, children }: { caption: string; columns: Column[]; minWidth?: string; cardsOnPhone?: boolean; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className={cn("w-full text-left text-sm", cardsOnPhone && "cards-on-phone")} style={{ minWidth }}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={cn("py-2 pr-4 font-medium last:pr-0", column.numeric && "text-right")}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export const rowClass = "border-b border-slate-100 last:border-0";
