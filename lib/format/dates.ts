// How the app writes dates and times, one rule for every page, PDF, workbook and CSV, in both
// languages:
//
// - a calendar date is day/month/year with two-digit day and month: 02/12/2026
// - a moment is that date then the hour and minute on a 24-hour clock: 02/12/2026 14:05
// - a month on its own is the locale's month name and the year ("tháng 8 năm 2016", "August
//   2016"); a year on its own is just the year
//
// Moments read in Vietnam's time (Asia/Ho_Chi_Minh), whatever time zone the server or the
// reader's computer is in. A calendar day stored as text ("2026-12-02") has no time zone and is
// written as it is. A CSV or the open-data API writes a moment as ISO 8601 with Vietnam's offset
// (2026-12-02T14:05:09+07:00): a program reads the exact moment and a person reads the hour.
//
// Plain TypeScript, no React: next-intl's formatter would write English dates month first, and the
// PDF and spreadsheet code runs outside React anyway.

/** The app's time zone: Vietnam has one, seven hours ahead of UTC, with no summer time. */
export const appTimeZone = "Asia/Ho_Chi_Minh";

/** Excel number formats that show a cell as the app writes it. */
export const excelDateFormat = "dd/mm/yyyy";
export const excelDateTimeFormat = "dd/mm/yyyy hh:mm";

export type Moment = Date | string | number;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

// Building an Intl.DateTimeFormat costs far more than using one; an export dates thousands of rows.
function partFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

const toDate = (value: Moment): Date => (value instanceof Date ? value : new Date(value));

/** The moment's date and time on a clock in `timeZone`. */
function wallClockOf(moment: Date, timeZone: string): WallClock {
  const part: Record<string, number> = {};
  for (const p of partFormat(timeZone).formatToParts(moment)) if (p.type !== "literal") part[p.type] = Number(p.value);
  return { year: part.year, month: part.month, day: part.day, hour: part.hour % 24, minute: part.minute, second: part.second };
}

const two = (n: number) => String(n).padStart(2, "0");
const four = (n: number) => String(n).padStart(4, "0");
const dayText = (c: Pick<WallClock, "year" | "month" | "day">) => `${two(c.day)}/${two(c.month)}/${four(c.year)}`;

/** A moment's calendar date in Vietnam: 02/12/2026. An invalid date comes back as it was given. */
export function formatDate(value: Moment, timeZone: string = appTimeZone): string {
  const moment = toDate(value);
  return Number.isNaN(moment.getTime()) ? String(value) : dayText(wallClockOf(moment, timeZone));
}

/** A moment in Vietnam, date then 24-hour time: 02/12/2026 14:05. */
export function formatDateTime(value: Moment, timeZone: string = appTimeZone): string {
  const moment = toDate(value);
  if (Number.isNaN(moment.getTime())) return String(value);
  const clock = wallClockOf(moment, timeZone);
  return `${dayText(clock)} ${two(clock.hour)}:${two(clock.minute)}`;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day with no time of its own: text as a date input or the database keeps it
 * ("2026-12-02"), or a Date at midnight UTC (how a day-only column reads back). Written
 * 02/12/2026 in every time zone; text of another shape comes back as it was.
 */
export function formatCalendarDay(day: string | Date): string {
  if (day instanceof Date) {
    return Number.isNaN(day.getTime()) ? String(day) : dayText({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
  }
  const match = dayPattern.exec(day);
  return match ? dayText({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }) : day;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A month on its own, in the reader's language: "tháng 8 năm 2016", "August 2016". */
export function formatMonthYear(year: number, month: number, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" })));
  return format.format(new Date(Date.UTC(year, month - 1, 1)));
}

/**
 * A date published at the precision its source gave: a day ("2024-11-15" as 15/11/2024), a
 * month ("2024-11", the month and year) or only a year ("2024"). Other text comes back as it was.
 */
export function formatPartialDate(text: string, locale: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return text;
  const [, year, month, day] = match;
  if (day !== undefined) return formatCalendarDay(`${year}-${month}-${day}`);
  if (month !== undefined) return formatMonthYear(Number(year), Number(month), locale);
  return year;
}

/** The calendar day a moment falls on in Vietnam, as text: "2026-12-02". */
export function calendarDayOf(value: Moment, timeZone: string = appTimeZone): string {
  const clock = wallClockOf(toDate(value), timeZone);
  return `${four(clock.year)}-${two(clock.month)}-${two(clock.day)}`;
}

/**
 * A moment for programs (a CSV cell, the open-data API): ISO 8601 to the second with the zone's
 * offset, "2026-12-02T14:05:09+07:00". The same instant as the UTC form, with Vietnam's hour.
 */
export function isoMoment(value: Moment, timeZone: string = appTimeZone): string {
  const moment = toDate(value);
  const whole = new Date(Math.floor(moment.getTime() / 1000) * 1000);
  const clock = wallClockOf(whole, timeZone);
  const offsetMinutes = Math.round((Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) - whole.getTime()) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const offset = `${sign}${two(Math.floor(Math.abs(offsetMinutes) / 60))}:${two(Math.abs(offsetMinutes) % 60)}`;
  return `${four(clock.year)}-${two(clock.month)}-${two(clock.day)}T${two(clock.hour)}:${two(clock.minute)}:${two(clock.second)}${offset}`;
}

/**
 * A moment as a spreadsheet cell should hold it. Excel dates carry no time zone and exceljs writes
 * a Date's UTC reading, so a 09:30 approval in Hà Nội would show as 02:30: this Date's UTC
 * reading is the wall clock in Vietnam.
 */
export function wallClock(value: Moment, timeZone: string = appTimeZone): Date {
  const moment = toDate(value);
  const c = wallClockOf(moment, timeZone);
  return new Date(Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second, moment.getUTCMilliseconds()));
}
