import { describe, expect, it } from "vitest";
import { readCsv } from "@/tests/read-csv";
import { csvBom, csvChunks, csvField, csvLine, textStream } from "./csv";
import type { Row } from "./table-rows";

async function fileOf(rows: Row[], header = ["A", "B", "C"]) {
  let text = "";
  for await (const chunk of csvChunks(header.map((h) => ({ header: h, width: 10 })), [rows], "giờ Việt Nam, UTC+7")) text += chunk;
  return text;
}

describe("CSV writer", () => {
  it("quotes fields with commas, quotes and line breaks, and leaves the rest bare", () => {
    expect(csvField("Hà Nội, Việt Nam")).toBe('"Hà Nội, Việt Nam"');
    expect(csvField('Quyết định "387"')).toBe('"Quyết định ""387"""');
    expect(csvField("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvField("dòng 1\r\ndòng 2")).toBe('"dòng 1\r\ndòng 2"');
    expect(csvField("Thành phố Hồ Chí Minh")).toBe("Thành phố Hồ Chí Minh");
    expect(csvField(null)).toBe("");
    expect(csvField("")).toBe("");
  });

  it("writes numbers as plain machine numbers with a dot, whatever the locale", () => {
    expect(csvField(611 / 985)).toBe(String(611 / 985));
    expect(csvField(0.675)).toBe("0.675");
    expect(csvField(1_420_000)).toBe("1420000");
    expect(csvField(-12.5)).toBe("-12.5");
    expect(csvField(-0)).toBe("0");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(Number.POSITIVE_INFINITY)).toBe("");
  });

  it("writes moments in Vietnam's time, in ISO 8601 with the offset, and a date column's day in Vietnam", () => {
    expect(csvField(new Date("2025-03-01T02:30:00.000Z"))).toBe("2025-03-01T09:30:00+07:00");
    // 20:00 UTC on 31 December is 03:00 on 1 January in Hà Nội.
    expect(csvField(new Date("2025-12-31T20:00:00.000Z"), "dateTime")).toBe("2026-01-01T03:00:00+07:00");
    expect(csvField(new Date("2025-12-31T20:00:00.000Z"), "date")).toBe("2026-01-01");
    expect(csvField(new Date(Number.NaN))).toBe("");
  });

  it("says in a time column's header which time zone its moments are in", async () => {
    let text = "";
    const columns = [
      { header: "Người viết", width: 20 },
      { header: "Thời điểm", width: 18, format: "dateTime" as const },
      { header: "Ngày", width: 12, format: "date" as const },
    ];
    const moment = new Date("2025-12-31T20:00:00.000Z");
    for await (const chunk of csvChunks(columns, [[["Lan", moment, moment]]], "giờ Việt Nam, UTC+7")) text += chunk;
    expect(await readCsv(text)).toEqual([
      ["Người viết", "Thời điểm (giờ Việt Nam, UTC+7)", "Ngày"],
      ["Lan", "2026-01-01T03:00:00+07:00", "2026-01-01"],
    ]);
  });

  it("neutralises text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvField('=HYPERLINK("http://evil.example","bấm")')).toBe(`"'=HYPERLINK(""http://evil.example"",""bấm"")"`);
    expect(csvField("+84 912 345 678")).toBe("'+84 912 345 678");
    expect(csvField("-5 hộ")).toBe("'-5 hộ");
    expect(csvField("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvField("\t=1+1")).toBe("'\t=1+1");
    expect(csvField(-5)).toBe("-5");
    expect(csvField("a=b")).toBe("a=b");
  });

  it("ends every record with CRLF and takes a cell's value from a formatted cell", () => {
    expect(csvLine(["LF", { value: 0.62, format: "percent" }, null])).toBe("LF,0.62,\r\n");
  });

  it("starts with the byte-order mark and the header, and parses back to the same rows", async () => {
    const rows: Row[] = [
      ["Thành phố Minh Hoà (dữ liệu mẫu)", { value: 61200 / 98500, format: "percent" }, "Gia đình học tập, dòng họ học tập"],
      ["Sơn La", 12, 'Nhận xét có "ngoặc kép"\nvà xuống dòng'],
      ["Đà Nẵng", null, "=1+2"],
    ];
    const text = await fileOf(rows);
    expect(text.startsWith(csvBom + "A,B,C\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(await readCsv(text)).toEqual([
      ["A", "B", "C"],
      ["Thành phố Minh Hoà (dữ liệu mẫu)", String(61200 / 98500), "Gia đình học tập, dòng họ học tập"],
      ["Sơn La", "12", 'Nhận xét có "ngoặc kép"\nvà xuống dòng'],
      ["Đà Nẵng", "", "'=1+2"],
    ]);
  });

  it("streams the chunks as UTF-8 bytes and stops reading when the reader cancels", async () => {
    let produced = 0;
    let finished = false;
    async function* chunks() {
      try {
        for (;;) {
          produced++;
          yield `dòng ${produced}\r\n`;
        }
      } finally {
        finished = true;
      }
    }
    const reader = textStream(chunks()).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("dòng 1\r\n");
    await reader.cancel();
    expect(finished).toBe(true);
    // Pulled, not pushed: only what was asked for (and the stream's one-chunk buffer) was made.
    expect(produced).toBeLessThanOrEqual(2);
  });
});
