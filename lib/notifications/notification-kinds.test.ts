import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import { formatCalendarDay } from "../format/dates";
import { notificationKinds, notificationPath } from "./notification-kinds";

describe("notifications in the app", () => {
  it("links to the assessment, or for a reminder without one to where each role acts on it", () => {
    expect(notificationPath({ assessmentId: "a1" }, "coordinator")).toBe("/assessments/a1");
    expect(notificationPath({ assessmentId: "a1" }, "official")).toBe("/assessments/a1");
    expect(notificationPath({ assessmentId: null }, "official")).toBe("/assessments");
    expect(notificationPath({ assessmentId: null }, "coordinator")).toBe("/review/cycles");
    expect(notificationPath({ assessmentId: null }, "administrator")).toBe("/review/cycles");
  });

  it("has a line for every kind in both languages, reminders with their due date", () => {
    for (const [locale, messages] of [["vi", vi], ["en", en]] as const) {
      const onError = (error: Error) => {
        throw error;
      };
      const t = createTranslator({ locale, messages: messages as typeof vi, namespace: "notifications", timeZone: "Asia/Ho_Chi_Minh", onError });
      for (const kind of notificationKinds) {
        const line = t(`kinds.${kind}`, { actor: "Trần Bình", city: "Vinh", framework: "XHHT", year: 2026, due: formatCalendarDay("2026-05-15") });
        expect(line).toContain("Vinh");
        if (kind === "dueSoon" || kind === "overdue") expect(line).toContain("15/05/2026");
        else expect(line).toContain("Trần Bình");
      }
    }
  });
});
