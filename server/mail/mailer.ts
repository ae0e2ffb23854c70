import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport } from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

const defaultFrom = "Học tập <no-reply@localhost>";

/**
 * SMTP when SMTP_URL is set (e.g. `smtps://user:pass@mail.example.vn:465`); otherwise each
 * message becomes a file in MAIL_OUTBOX_DIR, so a machine without a mail server loses nothing.
 */
export function mailerFromEnv(env: Record<string, string | undefined> = process.env): Mailer {
  const from = env.MAIL_FROM || defaultFrom;
  return env.SMTP_URL ? smtpMailer(env.SMTP_URL, from) : outboxMailer(env.MAIL_OUTBOX_DIR || path.join("data", "outbox"), from);
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}

/** Writes each message as an .eml file that any mail program opens. */
export function outboxMailer(dir: string, from: string): Mailer {
  return {
    async send(message) {
      await mkdir(dir, { recursive: true });
      const now = new Date();
      const id = `${now.toISOString().replace(/[:.]/g, "-")}-${randomBytes(6).toString("hex")}`;
      const file = path.join(dir, `${id}.eml`);
      // Written aside and renamed, so whoever picks files up never reads half a message.
      const partial = path.join(dir, `.${id}.eml.tmp`);
      await writeFile(partial, formatMessage(message, from, now, id), "utf8");
      await rename(partial, file);
    },
  };
}

/** An RFC 5322 message: headers in ASCII (RFC 2047 words for the rest), a UTF-8 plain-text body. */
export function formatMessage(message: MailMessage, from: string, date: Date, id: string): string {
  const headers = [
    `From: ${encodeAddress(from)}`,
    `To: ${encodeAddress(message.to)}`,
    `Subject: ${encodeWords(oneLine(message.subject))}`,
    `Date: ${date.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <${id}@${addressOf(from).split("@")[1] ?? "localhost"}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${message.text.replace(/\r?\n/g, "\r\n")}`;
}

// A line break in a header would let a value add headers of its own.
const oneLine = (value: string) => value.replace(/[\r\n]+/g, " ").trim();

const addressOf = (mailbox: string) => /<([^>]*)>/.exec(mailbox)?.[1] ?? mailbox;

function encodeAddress(mailbox: string): string {
  const match = /^(.*?)\s*<([^>]*)>$/.exec(oneLine(mailbox));
  if (!match) return oneLine(mailbox);
  const [, name, address] = match;
  if (!name) return `<${address}>`;
  const bare = name.replace(/^"|"$/g, "");
  // Quoted, an ASCII name may hold commas and the like; other names go as encoded-words.
  return `${isAscii(bare) ? `"${bare.replace(/["\\]/g, "\\$&")}"` : encodeWords(bare)} <${address}>`;
}

const isAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/**
 * ASCII text as it is; anything else as base64 encoded-words of at most 75 characters each,
 * cut between characters (never inside one's UTF-8 bytes) and folded onto continuation lines.
 */
function encodeWords(text: string): string {
  if (isAscii(text)) return text;
  const words: string[] = [];
  let chunk = "";
  for (const char of text) {
    if (Buffer.byteLength(chunk + char) > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString("base64")}?=`).join("\r\n ");
}
