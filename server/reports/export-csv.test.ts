import { beforeAll, describe, expect, it } from "vitest";
import { responsesRows } from "@/lib/reports/assessment-rows";
import { textStream } from "@/lib/reports/csv";
import { cellValue } from "@/lib/reports/table-rows";
import { translatorFor } from "@/i18n/translator";
import { readCsv } from "@/tests/read-csv";
import { makeCity, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { assessmentCsv } from "./assessment-csv";
import { loadAssessmentReport } from "./assessment-report";
import { evidenceNote, exportCityName, injectedComment, makeExportScope } from "./csv-workbook-fixtures";
import { readScopeRows } from "./read-scope-rows";
import { scopeCsv } from "./scope-csv";

let setup: Awaited<ReturnType<typeof makeExportScope>>;
beforeAll(async () => {
  setup = await makeExportScope();
});

/** The file as the browser receives it: the streamed bytes, decoded. */
async function bytesOf(chunks: AsyncIterable<string>) {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(textStream(chunks)).arrayBuffer());
}

async function assessmentFile(table: "responses" | "evidence" | "comments" | "history", actor = setup.coordinator, locale = "vi") {
  const result = await assessmentCsv(db(), actor, { id: setup.assessmentId, table }, locale);
  if (!result.ok) throw new Error(result.reason);
  return { fileName: result.value.fileName, text: await bytesOf(result.value.chunks) };
}

describe("assessment CSV files", () => {
  it("start with the byte-order mark, use CRLF and parse back to the workbook's rows, diacritics intact", async () => {
    const { text, fileName } = await assessmentFile("responses");
    expect(fileName).toBe(`${setup.cities[0].slug}-${setup.framework.code}-2025-responses.csv`);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toMatch(/^Mã chỉ tiêu,Nhóm,Tên chỉ tiêu \(tiếng Việt\),.*\r\n/);
    const parsed = await readCsv(text);
    const report = (await loadAssessmentReport(db(), setup.coordinator, setup.assessmentId))!;
    const expected = responsesRows(report, translatorFor("vi")).map((row) =>
      row.map((cell) => {
        const value = cellValue(cell);
        if (value === null) return "";
        if (typeof value === "string" && /^[=+\-@]/.test(value)) return `'${value}`;
        return String(value);
      }),
    );
    expect(parsed.slice(1)).toEqual(expected);
    const lf = parsed[1];
    expect(lf.slice(0, 4)).toEqual(["LF", "A Gia đình", "Gia đình học tập", "Learning families"]);
    expect(Number(lf[8])).toBe(611 / 985);
    // The comment a spreadsheet would run as a formula arrives as text.
    expect(lf[15]).toBe(`'${injectedComment}`);
  });

  it("writes evidence, comments and history with their commas, quotes and names intact", async () => {
    expect((await readCsv((await assessmentFile("evidence")).text)).slice(1)).toEqual([
      ["LF", "Ghi chú", evidenceNote],
      ["LF", "Liên kết", "https://example.org/bao-cao"],
      ["LF", "Tệp", "biên bản, đợt 1.pdf"],
    ]);
    const comments = await readCsv((await assessmentFile("comments")).text);
    expect(comments.map((c) => c[4])).toContain('Đã sửa theo biên bản "đợt 1", ngày 12/3');
    expect(comments[1][3]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);

    const history = await readCsv((await assessmentFile("history")).text);
    expect(history[0]).toEqual(["Thời điểm (giờ Việt Nam, UTC+7)", "Người thực hiện", "Thao tác", "Mã chỉ tiêu", "Trường", "Trước", "Sau"]);
    expect(history.filter((h) => h[4] === "Trạng thái").map((h) => h[6])).toEqual(["Đã gửi", "Trả lại", "Đã gửi lại", "Đã duyệt"]);
    expect(history.some((h) => h[3] === "LF" && h[4] === "Tử số" && h[5] === "700" && h[6] === "611")).toBe(true);
  });

  it("write times in Vietnam's time with the offset, and say so in the header, in both languages", async () => {
    // 18:30 UTC on 31 March is 01:30 on 1 April in Hà Nội.
    const body = 'Đã sửa theo biên bản "đợt 1", ngày 12/3';
    await db().indicatorComment.updateMany({ where: { body }, data: { createdAt: new Date("2025-03-31T18:30:00.000Z") } });
    const vi = await readCsv((await assessmentFile("comments")).text);
    expect(vi[0][3]).toBe("Thời điểm (giờ Việt Nam, UTC+7)");
    expect(vi.find((c) => c[4] === body)?.[3]).toBe("2025-04-01T01:30:00+07:00");
    const en = await readCsv((await assessmentFile("comments", setup.coordinator, "en")).text);
    expect(en[0][3]).toBe("At (Vietnam time, UTC+7)");
    expect(en.find((c) => c[4] === body)?.[3]).toBe("2025-04-01T01:30:00+07:00");
    // The history's moments too: each is the audit event's moment, read in Vietnam.
    const history = await readCsv((await assessmentFile("history")).text);
    const events = await db().auditEvent.findMany({ where: { assessmentId: setup.assessmentId } });
    const moments = new Set(events.map((e) => Math.floor(e.at.getTime() / 1000) * 1000));
    for (const [at] of history.slice(1)) {
      expect(at).toMatch(/\+07:00$/);
      expect(moments.has(new Date(at).getTime())).toBe(true);
    }
  });

  it("are refused to another city's official", async () => {
    const stranger = await makeUser("official", { cityId: (await makeCity()).id });
    for (const table of ["responses", "history"] as const) {
      expect(await assessmentCsv(db(), stranger, { id: setup.assessmentId, table }, "vi")).toEqual({ ok: false, reason: "notFound" });
    }
  });
});

describe("scope CSV files", () => {
  async function scopeFile(table: "wide" | "long", actor = setup.coordinator) {
    const rows = await readScopeRows(db(), actor, { framework: setup.framework.code, year: 2025 }, { locale: "vi", batchSize: 1 });
    if (!rows.ok) throw new Error(rows.reason);
    return readCsv(await bytesOf(scopeCsv(rows.value, table, translatorFor("vi"))));
  }

  it("has one wide row per city × indicator in the caller's scope, numbers in machine form", async () => {
    const [header, ...rows] = await scopeFile("wide");
    expect(header[0]).toBe("Thành phố");
    expect(rows.map((r) => [r[0], r[4]])).toEqual([
      ["Thành phố Đồng Hới thử nghiệm", "LF"],
      ["Thành phố Đồng Hới thử nghiệm", "HS"],
      [exportCityName, "LF"],
      [exportCityName, "HS"],
    ]);
    const lf = rows[2];
    expect(lf.slice(7, 11)).toEqual(["611", "985", String(611 / 985), "0.7"]);
  });

  it("has one long row per city × indicator × measure", async () => {
    const [header, ...rows] = await scopeFile("long");
    expect(header).toEqual(["Thành phố", "Tỉnh/thành", "Bộ chỉ số", "Năm", "Trạng thái", "Mã chỉ tiêu", "Số liệu", "Giá trị"]);
    expect(rows.filter((r) => r[0] === exportCityName && r[5] === "LF").map((r) => [r[6], Number(r[7])])).toEqual([
      ["Tử số", 611],
      ["Mẫu số", 985],
      ["Giá trị", 611 / 985],
      ["Mục tiêu", 0.7],
      ["Điểm đạt", 611 / 985 / 0.7],
    ]);
    expect(rows.every((r) => r[0] !== "Thành phố ngoài phạm vi")).toBe(true);
    // An official sees only their own city.
    const own = await scopeFile("long", setup.officials[2]);
    expect(new Set(own.slice(1).map((r) => r[0]))).toEqual(new Set(["Thành phố ngoài phạm vi"]));
  });
});
