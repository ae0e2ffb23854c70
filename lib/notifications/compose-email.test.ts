import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import { composeEmail, type EmailFacts } from "./compose-email";
import { notificationKinds } from "./notification-kinds";

const facts = (overrides: Partial<EmailFacts>): EmailFacts => ({
  kind: "submit",
  locale: "vi",
  recipientName: "Nguyễn Thị Hoà",
  actorName: "Trần Văn Bình",
  city: { nameVi: "Thành phố Vinh", nameEn: "Vinh City" },
  framework: { titleVi: "Xã hội học tập", titleEn: "Learning society" },
  year: 2025,
  dueOn: null,
  today: "2026-03-10",
  url: "https://hoctap.example.vn/assessments/a1",
  ...overrides,
});

describe("composing notification e-mails", () => {
  it("writes a review step in the recipient's language, with the actor, the checklist and the link", () => {
    const vietnamese = composeEmail(facts({ kind: "return" }));
    expect(vietnamese.subject).toBe("Phiếu Xã hội học tập năm 2025 của Thành phố Vinh được trả lại để chỉnh sửa");
    expect(vietnamese.text).toContain("Kính gửi Nguyễn Thị Hoà,");
    expect(vietnamese.text).toContain("Trần Văn Bình đã trả lại phiếu Xã hội học tập năm 2025 của Thành phố Vinh.");
    expect(vietnamese.text).toContain("Xem chi tiết: https://hoctap.example.vn/assessments/a1");

    const english = composeEmail(facts({ kind: "approve", locale: "en" }));
    expect(english.subject).toBe("Vinh City's Learning society checklist for 2025 was approved");
    expect(english.text).toContain("Trần Văn Bình approved Vinh City's Learning society checklist for 2025.");
    expect(english.text).toContain("Details: https://hoctap.example.vn/assessments/a1");
  });

  it("counts the days left before the due date, or past it, from the day of sending", () => {
    expect(composeEmail(facts({ kind: "dueSoon", locale: "en", dueOn: "2026-03-17" })).text).toContain("by 17/03/2026 (7 days left)");
    expect(composeEmail(facts({ kind: "dueSoon", locale: "en", dueOn: "2026-03-10" })).text).toContain("(that is today)");
    expect(composeEmail(facts({ kind: "dueSoon", dueOn: "2026-03-11" })).text).toContain("(còn 1 ngày)");
    expect(composeEmail(facts({ kind: "overdue", locale: "en", dueOn: "2026-03-09" })).text).toContain("1 day ago");
    expect(composeEmail(facts({ kind: "overdue", dueOn: "2026-02-28" })).text).toContain("đã quá hạn 10 ngày");
  });

  it("has a subject and a body for every kind in both languages, without leftover placeholders", () => {
    for (const kind of notificationKinds) {
      for (const locale of ["vi", "en"]) {
        const email = composeEmail(facts({ kind, locale, dueOn: "2026-03-20" }));
        expect(email.subject).not.toMatch(/[{}]|mail\./);
        expect(email.text).not.toMatch(/[{}]|mail\./);
        expect(email.subject).toContain(locale === "en" ? "Vinh City" : "Thành phố Vinh");
      }
    }
    expect(Object.keys(vi.mail.kinds).sort()).toEqual([...notificationKinds].sort());
    expect(Object.keys(en.notifications.kinds).sort()).toEqual([...notificationKinds].sort());
  });

  it("refuses a reminder without its due date rather than mailing a wrong one", () => {
    expect(() => composeEmail(facts({ kind: "overdue", dueOn: null }))).toThrow();
  });
});
