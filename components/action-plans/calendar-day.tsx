import { useFormatter } from "next-intl";
import { vietnamMidnight } from "@/lib/review/cycles";

/** A calendar day (YYYY-MM-DD) in the reader's language. */
export function CalendarDay({ date }: { date: string | null }) {
  const format = useFormatter();
  if (!date) return <>—</>;
  return <time dateTime={date}>{format.dateTime(vietnamMidnight(date), { dateStyle: "medium" })}</time>;
}
