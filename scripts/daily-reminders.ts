// The daily run for a scheduler (`npm run reminders`, see "E-mail and reminders" in the README):
// creates the day's due-date reminders, then mails whatever waits in the outbox, including
// e-mails an earlier attempt could not send. Fails only when the database cannot be used.
import { createDueReminders } from "../server/cycles/create-due-reminders";
import { createDb } from "../server/db";
import { mailerFromEnv } from "../server/mail/mailer";
import { sendPendingEmails } from "../server/mail/send-pending-emails";

async function main() {
  // Read .env as Next.js does (variables already set win), so the run uses the app's settings.
  try {
    process.loadEnvFile?.(".env");
  } catch {}

  const db = createDb();
  try {
    const { created } = await createDueReminders(db, new Date());
    const { sent, failed } = await sendPendingEmails(db, mailerFromEnv(), { limit: Number.POSITIVE_INFINITY });
    console.log(`reminders: ${created} new, e-mails: ${sent} sent, ${failed} failed`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("reminders: database error:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
