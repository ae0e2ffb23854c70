import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeEmail, type EmailFacts } from "@/lib/notifications/compose-email";
import { notificationKinds } from "@/lib/notifications/notification-kinds";
import { formatMessage } from "@/server/mail/mailer";
import { hostileString, scriptPayloads, storableHostileText } from "./arbitraries";

// Names in e-mails are typed by users (display names) and administrators (city, framework titles).
// The app sends plain text only, so markup in a name stays inert text; what must hold is that the
// name arrives whole, and that nothing in it can add a header or end the header block.

const facts = (names: { actor: string; recipient: string; city: string; framework: string }, kind: EmailFacts["kind"], locale: string): EmailFacts => ({
  kind,
  locale,
  recipientName: names.recipient,
  actorName: names.actor,
  city: { nameVi: names.city, nameEn: names.city },
  framework: { titleVi: names.framework, titleEn: names.framework },
  year: 2025,
  dueOn: "2026-03-20",
  today: "2026-03-10",
  url: "https://hoctap.example.vn/assessments/a1",
});

const headerNames = (raw: string) =>
  raw
    .slice(0, raw.indexOf("\r\n\r\n"))
    .replace(/\r\n[ \t]/g, " ")
    .split("\r\n")
    .map((line) => line.slice(0, line.indexOf(":")));

const names = fc.record({ actor: fc.oneof(storableHostileText, hostileString), recipient: storableHostileText, city: storableHostileText, framework: storableHostileText });

describe("notification e-mails with hostile names", () => {
  it("are plain text that carries each name as typed", () => {
    fc.assert(
      fc.property(names, fc.constantFrom(...notificationKinds), fc.constantFrom("vi", "en"), (n, kind, locale) => {
        const email = composeEmail(facts(n, kind, locale));
        expect(Object.keys(email).sort()).toEqual(["subject", "text"]);
        expect(email.text).toContain(n.recipient);
        expect(email.subject).toContain(n.city);
      }),
      { numRuns: 150 },
    );
  });

  it("keep the outbox file's headers to the app's own, whatever the subject holds", () => {
    const expected = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"];
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.constantFrom("x\r\nBcc: victim@example.com", "x\r\n\r\n<html><script>alert(1)</script>", "x\nContent-Type: text/html")), (subject) => {
        const raw = formatMessage({ to: "hoa@vinh.gov.vn", subject, text: `${scriptPayloads[1]}\n.\n` }, "Học tập <no-reply@localhost>", new Date(0), "id");
        expect(headerNames(raw)).toEqual(expected);
        expect(raw).toContain("Content-Type: text/plain; charset=utf-8");
      }),
      { numRuns: 150 },
    );
  });
});
