import "server-only";
import { after } from "next/server";
import { db } from "../db";
import { mailerFromEnv } from "./mailer";
import { sendPendingEmails } from "./send-pending-emails";

/**
 * Sends the outbox once the response has gone, so nobody waits for a mail server; whatever
 * fails stays pending for the next act or the daily run (`npm run reminders`).
 */
export function deliverEmailsSoon() {
  after(() => sendPendingEmails(db(), mailerFromEnv()).catch((error: unknown) => console.error("e-mail delivery failed:", error)));
}
