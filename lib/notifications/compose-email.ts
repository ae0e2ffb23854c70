import { translatorFor } from "../../i18n/translator";
import { formatCalendarDay } from "../format/dates";
import { localized } from "../localized";
import { daysBetween } from "../review/cycles";
import { isReminder, type NotificationKind } from "./notification-kinds";

/** Everything an e-mail says, loaded beforehand, so that writing it is a pure function. */
export interface EmailFacts {
  kind: NotificationKind;
  /** The recipient's language. */
  locale: string;
  recipientName: string;
  actorName: string;
  city: { nameVi: string; nameEn: string };
  framework: { titleVi: string; titleEn: string };
  year: number;
  /** Reminders: the city's due date (YYYY-MM-DD), its extension if it has one. */
  dueOn: string | null;
  /** The day of sending (YYYY-MM-DD, Vietnam), from which the days left or past are counted. */
  today: string;
  url: string;
}

export interface Email {
  subject: string;
  text: string;
}

export function composeEmail(facts: EmailFacts): Email {
  const { locale, t } = translatorFor(facts.locale, "mail");
  const values: Record<string, string | number | Date> = {
    actor: facts.actorName,
    city: localized(facts.city, "name", locale) ?? "",
    framework: localized(facts.framework, "title", locale) ?? "",
    year: facts.year,
    ...reminderValues(facts),
  };
  return {
    subject: t(`kinds.${facts.kind}.subject`, values),
    text: [t("greeting", { name: facts.recipientName }), "", t(`kinds.${facts.kind}.body`, values), "", t("open", { url: facts.url }), "", "-- ", t("footer"), ""].join("\n"),
  };
}

// A reminder sent late (the outbox waited for a mail server) still counts from the day it goes out.
function reminderValues(facts: EmailFacts): { due?: string; days?: number } {
  if (!isReminder(facts.kind)) return {};
  if (!facts.dueOn) throw new Error(`a ${facts.kind} e-mail needs the due date`);
  const left = daysBetween(facts.today, facts.dueOn);
  return { due: formatCalendarDay(facts.dueOn), days: facts.kind === "dueSoon" ? Math.max(0, left) : Math.max(1, -left) };
}
