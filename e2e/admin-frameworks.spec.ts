import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// A small framework of one rate without targets; the code is new on every run, so a rerun on
// the same database imports a new framework rather than hitting "version exists".
const code = `E2E-${Date.now()}`;
const indicator = { code: "LF", labelVi: "Gia đình học tập", labelEn: "Learning families", type: "rate" };
const framework = {
  code,
  version: 1,
  titleVi: `Bộ chỉ số thử ${code}`,
  titleEn: `Test framework ${code}`,
  sourceTitle: "Kế hoạch thử nghiệm",
  verified: false,
  sections: [{ code: "A", titleVi: "Gia đình", titleEn: "Families", indicators: [indicator] }],
};
const jsonFile = (name: string, content: unknown) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(content, null, 2)) });

test("an administrator imports a framework file, fixes what the report shows, sets a target and publishes; an official then reads it", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demoUser("administrator"));
  await admin.getByRole("link", { name: "Quản trị" }).first().click();
  await admin.getByRole("navigation", { name: "Các mục quản trị" }).getByRole("link", { name: "Bộ chỉ số" }).click();
  await expect(admin.getByRole("heading", { name: "Quản lý bộ chỉ số", level: 1 })).toBeVisible();

  // A broken file first: each problem with its place in the file and a translated message.
  const broken = { ...framework, sections: [{ ...framework.sections[0], indicators: [{ ...indicator, code: "L F", type: "percentage" }] }] };
  const fileInput = admin.getByLabel("Tệp bộ chỉ số (JSON)");
  await fileInput.setInputFiles(jsonFile("bo-chi-so-loi.json", broken));
  await admin.getByRole("button", { name: "Nhập tệp" }).click();
  await expect(admin.getByText("Chưa nhập được tệp. Hãy sửa các lỗi dưới đây rồi chọn lại tệp.")).toBeVisible();
  const report = admin.getByTestId("upload-report");
  await expect(report.getByRole("listitem")).toHaveCount(2);
  await expect(report.getByRole("listitem").filter({ hasText: "sections[0].indicators[0].code" })).toContainText(
    "Mã chỉ được gồm chữ, số, dấu chấm, gạch ngang và gạch dưới.",
  );
  await expect(report.getByRole("listitem").filter({ hasText: "sections[0].indicators[0].type" })).toContainText("Giá trị không hợp lệ.");
  await expect(admin.getByText("Tệp đã chọn: bo-chi-so-loi.json")).toBeVisible();

  // Nothing was imported; readers cannot see the draft either, once it exists.
  await fileInput.setInputFiles(jsonFile("bo-chi-so.json", framework));
  await admin.getByRole("button", { name: "Nhập tệp" }).click();
  await expect(admin.getByRole("heading", { name: `Bộ chỉ số thử ${code}`, level: 1 })).toBeVisible();
  await expect(admin).toHaveURL(/\/admin\/frameworks\/[^/]+$/);
  await expect(admin.getByText("Bản nháp", { exact: true })).toBeVisible();

  const official = await (await browser.newContext()).newPage();
  await signIn(official, demoUser("official"));
  await official.goto("/frameworks");
  await expect(official.getByRole("heading", { name: "Bộ chỉ số", level: 1 })).toBeVisible();
  await expect(official.getByTestId("framework-row").filter({ hasText: code })).toHaveCount(0);

  // Edit the draft's indicator: English label, and a 2030 target typed as a percentage.
  const editor = admin.locator('[data-testid="indicator-editor"][data-code="LF"]');
  await editor.locator("summary").click();
  await editor.getByLabel("Tên tiếng Anh").fill("Learning households");
  await editor.getByRole("button", { name: "Thêm mục tiêu" }).click();
  const row = editor.getByTestId("target-row").last();
  await row.getByLabel("Năm", { exact: true }).fill("2030");
  await row.getByLabel("Giá trị (%)").fill("120");
  await row.getByLabel("Nguồn", { exact: true }).fill("Kế hoạch thử nghiệm 2030");
  await editor.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(row.getByText("Mục tiêu của tỷ lệ phải nằm trong khoảng 0 đến 1 (0 % đến 100 %).")).toBeVisible();
  await row.getByLabel("Giá trị (%)").fill("75");
  await editor.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(editor.getByRole("status")).toHaveText("Đã lưu.");

  // Stored as 0.75, shown again as 75 after a reload.
  await admin.reload();
  await editor.locator("summary").click();
  await expect(editor.getByLabel("Tên tiếng Anh")).toHaveValue("Learning households");
  await expect(editor.getByTestId("target-row").getByLabel("Giá trị (%)")).toHaveValue("75");

  // Publishing asks once more before it acts.
  await admin.getByRole("button", { name: "Ban hành", exact: true }).click();
  await expect(admin.getByText("Sau khi ban hành, nội dung và mục tiêu của phiên bản này không sửa được nữa.")).toBeVisible();
  await admin.getByRole("button", { name: "Xác nhận ban hành" }).click();
  await expect(admin.getByText("Đã ban hành", { exact: true })).toBeVisible();
  await expect(admin.getByTestId("indicator-editor")).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "Ngừng sử dụng", exact: true })).toBeVisible();

  await official.reload();
  await official.getByTestId("framework-row").filter({ hasText: code }).getByRole("link").click();
  await expect(official.getByRole("heading", { name: `Bộ chỉ số thử ${code}`, level: 1 })).toBeVisible();
  await expect(official.getByTestId("indicator").filter({ hasText: "Gia đình học tập" })).toContainText("2030: 75%");
});
