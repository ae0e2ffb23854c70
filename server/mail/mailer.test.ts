import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mailerFromEnv } from "./mailer";

const message = { to: "hoa.nguyen@vinh.gov.vn", subject: "Phiếu Xã hội học tập năm 2025 của Thành phố Vinh đang chờ thẩm định, xin xem sớm", text: "Kính gửi chị Hoà,\n\nPhiếu đã được gửi.\n" };

/** Headers (folded lines joined, encoded-words decoded) and body of a raw message. */
function parseMessage(raw: string) {
  const split = raw.indexOf("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return { headers, body: raw.slice(split + 4) };
}

// RFC 2047: adjacent encoded-words (B or Q) form one UTF-8 text, the blanks between them ignored.
function decodeWords(value: string) {
  const word = /=\?UTF-8\?([BQ])\?([^?]*)\?=/gi;
  return value.replace(/=\?UTF-8\?[BQ]\?[^?]*\?=(\s*=\?UTF-8\?[BQ]\?[^?]*\?=)*/gi, (run) =>
    Buffer.concat(
      [...run.matchAll(word)].map(([, encoding, text]) =>
        encoding!.toUpperCase() === "B" ? Buffer.from(text!, "base64") : Buffer.from(text!.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1"),
      ),
    ).toString("utf8"),
  );
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("the outbox folder mailer", () => {
  it("writes each message as a complete .eml file with encoded Vietnamese headers and a UTF-8 body", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "outbox-"));
    dirs.push(dir);
    const mailer = mailerFromEnv({ MAIL_OUTBOX_DIR: path.join(dir, "outbox") });
    await mailer.send(message);
    await mailer.send({ ...message, to: "second@example.vn" });

    const files = (await readdir(path.join(dir, "outbox"))).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith(".eml"))).toBe(true);
    const raw = await readFile(path.join(dir, "outbox", files[0]!), "utf8");
    // Encoded-words keep the headers ASCII, none longer than RFC 2047 allows.
    const head = raw.slice(0, raw.indexOf("\r\n\r\n"));
    expect(head).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(head.match(/=\?[^ ]*\?=/g)?.every((word) => word.length <= 75)).toBe(true);

    const { headers, body } = parseMessage(raw);
    expect(headers.get("from")).toBe("Học tập <no-reply@localhost>");
    expect(headers.get("to")).toBe(message.to);
    expect(headers.get("subject")).toBe(message.subject);
    expect(headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(headers.get("content-transfer-encoding")).toBe("8bit");
    expect(Math.abs(Date.parse(headers.get("date")!) - Date.now())).toBeLessThan(60_000);
    expect(body).toBe("Kính gửi chị Hoà,\r\n\r\nPhiếu đã được gửi.\r\n");
  });

  it("keeps a header from being split by a line break in a value", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "outbox-"));
    dirs.push(dir);
    await mailerFromEnv({ MAIL_OUTBOX_DIR: dir, MAIL_FROM: "Sở GD, Vinh <hoctap@vinh.gov.vn>" }).send({ ...message, to: "a@example.vn\r\nBcc: b@example.vn", subject: "Hello\r\nBcc: c@example.vn" });
    const { headers } = parseMessage(await readFile(path.join(dir, (await readdir(dir))[0]!), "utf8"));
    expect(headers.has("bcc")).toBe(false);
    expect(headers.get("from")).toBe("Sở GD, Vinh <hoctap@vinh.gov.vn>");
  });
});

/** A local listener speaking just enough SMTP for one client; `rcpt` answers each recipient. */
async function smtpServer(rcpt: (address: string) => string) {
  const received: { from: string; to: string[]; data: string }[] = [];
  const server = createServer((socket) => {
    let buffer = "";
    let envelope = { from: "", to: [] as string[] };
    let inData = false;
    socket.setEncoding("utf8");
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          received.push({ ...envelope, data: buffer.slice(0, end) });
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write("250 queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const address = /<([^>]*)>/.exec(line)?.[1] ?? "";
        switch (line.slice(0, 4).toUpperCase()) {
          case "EHLO":
            socket.write("250-test\r\n250 8BITMIME\r\n");
            break;
          case "MAIL":
            envelope = { from: address, to: [] };
            socket.write("250 ok\r\n");
            break;
          case "RCPT": {
            const reply = rcpt(address);
            if (reply.startsWith("250")) envelope.to.push(address);
            socket.write(`${reply}\r\n`);
            break;
          }
          case "DATA":
            inData = true;
            socket.write("354 go on\r\n");
            break;
          case "QUIT":
            socket.end("221 bye\r\n");
            break;
          default:
            socket.write("250 ok\r\n");
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("the SMTP mailer", () => {
  it("hands the message to the server named by SMTP_URL, from MAIL_FROM", async () => {
    const smtp = await smtpServer(() => "250 ok");
    try {
      await mailerFromEnv({ SMTP_URL: smtp.url, MAIL_FROM: "Học tập Vinh <hoctap@vinh.gov.vn>" }).send(message);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toMatchObject({ from: "hoctap@vinh.gov.vn", to: [message.to] });
      expect(parseMessage(smtp.received[0]!.data).headers.get("subject")).toBe(message.subject);
    } finally {
      await smtp.close();
    }
  });

  it("fails the send when the server refuses the recipient", async () => {
    const smtp = await smtpServer(() => "550 no such mailbox");
    try {
      await expect(mailerFromEnv({ SMTP_URL: smtp.url }).send(message)).rejects.toThrow(/550/);
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });
});
