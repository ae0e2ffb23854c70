import { afterEach, describe, expect, it } from "vitest";
import { calendarDayOf, formatCalendarDay, formatDate, formatDateTime, formatMonthYear, formatPartialDate, isoMoment, wallClock } from "./dates";

describe("how the app writes dates and times", () => {
  it("writes a date day first with two digits, and a moment with its 24-hour time after it", () => {
    // 07:05 UTC is 14:05 in Vietnam.
    const moment = new Date("2026-12-02T07:05:09Z");
    expect(formatDate(moment)).toBe("02/12/2026");
    expect(formatDateTime(moment)).toBe("02/12/2026 14:05");
    expect(formatDateTime("2026-03-04T01:02:00Z")).toBe("04/03/2026 08:02");
    expect(formatDateTime(Date.UTC(2026, 0, 5, 16, 30))).toBe("05/01/2026 23:30");
  });

  it("reads the moment in Vietnam: late evening in UTC is already the next day", () => {
    const lateUtc = new Date("2025-12-31T20:00:00Z");
    expect(formatDate(lateUtc)).toBe("01/01/2026");
    expect(formatDateTime(lateUtc)).toBe("01/01/2026 03:00");
    expect(calendarDayOf(lateUtc)).toBe("2026-01-01");
    // Midnight in Vietnam shows as 00:00, never as 24:00.
    expect(formatDateTime("2026-04-30T17:00:00Z")).toBe("01/05/2026 00:00");
  });

  it("writes the same in both languages, since nothing in it depends on the reader's locale", () => {
    // The functions take no locale; a month alone is the one label written in words.
    expect(formatMonthYear(2016, 8, "vi")).toBe("tháng 8 năm 2016");
    expect(formatMonthYear(2016, 8, "en")).toBe("August 2016");
    expect(formatPartialDate("2024-11-15", "vi")).toBe("15/11/2024");
    expect(formatPartialDate("2024-11-15", "en")).toBe("15/11/2024");
    expect(formatPartialDate("2024-11", "en")).toBe("November 2024");
    expect(formatPartialDate("2024", "vi")).toBe("2024");
    expect(formatPartialDate("soon", "vi")).toBe("soon");
  });

  it("writes a calendar day as it is, with no time zone to move it", () => {
    expect(formatCalendarDay("2026-12-02")).toBe("02/12/2026");
    expect(formatCalendarDay(new Date("2014-09-28T00:00:00Z"))).toBe("28/09/2014");
    expect(formatCalendarDay("not a day")).toBe("not a day");
  });

  it("gives a program the exact moment with Vietnam's offset", () => {
    expect(isoMoment(new Date("2026-12-02T07:05:09.870Z"))).toBe("2026-12-02T14:05:09+07:00");
    expect(isoMoment(new Date("2025-12-31T20:00:00Z"))).toBe("2026-01-01T03:00:00+07:00");
    expect(new Date(isoMoment("2025-12-31T20:00:00Z")).toISOString()).toBe("2025-12-31T20:00:00.000Z");
    // The offset follows the zone asked for, summer time included.
    expect(isoMoment("2026-07-01T12:00:00Z", "America/New_York")).toBe("2026-07-01T08:00:00-04:00");
    expect(isoMoment("2026-01-01T12:00:00Z", "Asia/Kolkata")).toBe("2026-01-01T17:30:00+05:30");
  });

  it("shifts a moment so a spreadsheet shows Vietnam's wall clock", () => {
    expect(wallClock(new Date("2025-03-01T02:30:00.000Z")).toISOString()).toBe("2025-03-01T09:30:00.000Z");
    expect(wallClock(new Date("2025-12-31T20:00:00.000Z")).toISOString()).toBe("2026-01-01T03:00:00.000Z");
  });

  it("leaves text that is no moment as it was", () => {
    expect(formatDate("garbage")).toBe("garbage");
    expect(formatDateTime("garbage")).toBe("garbage");
  });
});

describe("on a server in another time zone", () => {
  const before = process.env.TZ;
  afterEach(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  it("still writes Vietnam's date and time", () => {
    process.env.TZ = "America/New_York";
    const moment = new Date("2026-12-02T20:30:00Z");
    // The process really reads New York's clock now: 15:30 on the 2nd...
    expect(moment.getHours()).toBe(15);
    expect(moment.getDate()).toBe(2);
    // ...while the app writes 03:30 on the 3rd, Vietnam's.
    expect(formatDate(moment)).toBe("03/12/2026");
    expect(formatDateTime(moment)).toBe("03/12/2026 03:30");
    expect(isoMoment(moment)).toBe("2026-12-03T03:30:00+07:00");
    expect(formatCalendarDay("2026-12-02")).toBe("02/12/2026");
    expect(formatCalendarDay(new Date("2026-12-02T00:00:00Z"))).toBe("02/12/2026");
    // Asked for New York's time zone explicitly, the same moment reads as New York's.
    expect(formatDateTime(moment, "America/New_York")).toBe("02/12/2026 15:30");
  });
});
