import { rowClass, Table } from "@/components/ui/table";
import type { ContentTable } from "@/server/reports/render-assessment-content";

/** One of the report's tables, as the PDF lays it out: the first column names the row. */
export function PrintTable({ table }: { table: ContentTable }) {
  return (
    <Table caption={table.caption} minWidth="32rem" columns={table.columns.map((c) => ({ label: c.header, numeric: c.align === "right" }))}>
      {table.rows.map((row, index) => (
        <tr key={index} className={rowClass}>
          {row.map((cell, i) =>
            i === 0 ? (
              <th key={i} scope="row" className="py-1.5 pr-4 font-medium whitespace-pre-wrap">
                {cell}
              </th>
            ) : (
              <td key={i} className={`py-1.5 pr-4 last:pr-0 ${table.columns[i]?.align === "right" ? "text-right tabular-nums" : ""}`}>
                {cell}
              </td>
            ),
          )}
        </tr>
      ))}
    </Table>
  );
}
