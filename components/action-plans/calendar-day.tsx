import { formatCalendarDay } from "@/lib/format/dates";

/** A calendar day (YYYY-MM-DD) as the app writes dates: 02/12/2026. */
export function CalendarDay({ date }: { date: string | null }) {
  if (!date) return <>—</>;
  return <time dateTime={date}>{formatCalendarDay(date)}</time>;
}
