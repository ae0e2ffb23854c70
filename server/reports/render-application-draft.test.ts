import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { frameworkFileSchema } from "@/lib/frameworks/framework-file";
import { saveResponseSchema, type ResponseFields } from "@/lib/validation/assessments";
import { makeCity, makeUser } from "@/tests/integration/fixtures";
import { readPdf } from "@/tests/read-pdf";
import { createAssessment } from "../assessments/create-assessment";
import { saveResponse } from "../assessments/save-response";
import { db } from "../db";
import { importFramework } from "../frameworks/import-framework";
import { makeReportedCity } from "./report-fixtures";
import { applicationDraftPdf } from "./render-application-draft";

const blank: ResponseFields = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };
const motivation =
  "Thành phố muốn học hỏi kinh nghiệm của mạng lưới để mọi người dân, từ trẻ em đến người cao tuổi, đều có cơ hội học tập suốt đời; phong trào khuyến học, khuyến tài đã lan rộng ở từng phường, xã và dòng họ.";

/** The shipped GNLC application framework, imported once per database. */
async function applicationFramework() {
  const existing = await db().framework.findFirst({ where: { code: "gnlc-application", version: 1 } });
  if (existing) return existing.id;
  const file = frameworkFileSchema.parse(JSON.parse(readFileSync(path.join(process.cwd(), "prisma/data/frameworks/gnlc-application.json"), "utf8")));
  const imported = await importFramework(db(), null, file, { publish: true });
  if (!imported.ok) throw new Error(imported.reason);
  return imported.value.id;
}

let city: Awaited<ReturnType<typeof makeCity>>;
let official: Awaited<ReturnType<typeof makeUser>>;
let assessmentId: string;

beforeAll(async () => {
  const frameworkId = await applicationFramework();
  city = await makeCity({ nameVi: "Thành phố Đà Lạt thử nghiệm", gnlcStatus: "candidate" });
  await db().city.update({ where: { id: city.id }, data: { population: 425_000, populationYear: 2024, areaKm2: 394.6 } });
  official = await makeUser("official", { cityId: city.id });
  const created = await createAssessment(db(), official, { cityId: city.id, frameworkId, year: 2025 });
  if (!created.ok) throw new Error(created.reason);
  assessmentId = created.value.id;
  const indicators = new Map((await db().indicator.findMany({ where: { frameworkId } })).map((i) => [i.code, i.id]));
  const answer = async (code: string, fields: Partial<ResponseFields>) => {
    const saved = await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, ...fields, assessmentId, indicatorId: indicators.get(code), revision: 0 }));
    if (!saved.ok) throw new Error(`${code}: ${saved.reason}`);
  };
  await answer("POP", { value: 425_000, dataYear: 2024 });
  await answer("GDP-CITY", { value: 3850.5, dataYear: 2023 });
  await answer("MOTIVATION", { text: motivation });
  await answer("CH3", { value: 4 });
});

const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the GNLC application draft", () => {
  it("lays out the city's profile and the form's parts in order, marked as a draft, with a blank signature block", async () => {
    const result = await applicationDraftPdf(db(), official, assessmentId, "vi");
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.fileName).toBe(`ho-so-gnlc-ban-nhap-${city.slug}-2025.pdf`);
    const { text, pages, total } = await readPdf(result.value.bytes);
    const all = flat(text);
    expect(all).toContain("Thành phố Đà Lạt thử nghiệm");
    expect(all).toContain("Dân số: 425.000 (năm 2024)");
    expect(all).toContain("Diện tích: 394,6 km²");
    expect(all).toContain("Mạng lưới GNLC: Ứng viên");
    expect(all).toContain("BẢN NHÁP");
    expect(all).toContain("POP Dân số 425.000 người 2024");
    expect(all).toMatch(/GDP-CITY .* 3\.850,5 USD 2023/);
    expect(all).toContain(motivation);
    expect(all).toContain("CH3 Người lớn ít tham gia học tập 4 – Lớn —");
    expect(all).toContain("(chưa viết – thành phố bổ sung nội dung này)");
    expect(all).toContain("Xác nhận của lãnh đạo thành phố Họ và tên: Chức vụ: Ngày ký:");
    // The form's order: basic figures, then the statements, then the challenges.
    expect(all.indexOf("A. Thông tin cơ bản")).toBeLessThan(all.indexOf("B. Phần trình bày"));
    expect(all.indexOf("B. Phần trình bày")).toBeLessThan(all.indexOf("C. Thách thức"));
    pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${total}`));

    const english = await applicationDraftPdf(db(), official, assessmentId, "en");
    const englishText = flat((await readPdf((english.ok && english.value.bytes) || new Uint8Array())).text);
    expect(englishText).toContain("DRAFT");
    expect(englishText).toContain("Population: 425,000 (in 2024)");
  });

  it("exists only for GNLC application checklists the reader may read", async () => {
    const other = await makeReportedCity();
    expect(await applicationDraftPdf(db(), other.official, other.assessmentId, "vi")).toEqual({ ok: false, reason: "notFound", fieldErrors: { _form: "applicationDraft.notApplication" } });
    expect(await applicationDraftPdf(db(), other.official, assessmentId, "vi")).toEqual({ ok: false, reason: "notFound" });
  });
});
