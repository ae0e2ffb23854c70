import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { demoUser, signIn } from "./helpers";

// The demo city's 2025 learning-society draft is changed by checklist.spec.ts and read by
// compare.spec.ts at the same time, so this test starts a checklist of its own: the happy-schools
// framework for 2023, which no other spec touches.
async function startChecklist(page: Page) {
  await page.goto("/assessments");
  await page.getByLabel("Bộ chỉ số", { exact: true }).selectOption({ label: "Trường học hạnh phúc (v1)" });
  await page.getByLabel("Năm", { exact: true }).fill("2023");
  await page.getByRole("button", { name: "Bắt đầu" }).click();
  await expect(page.getByRole("heading", { name: /Minh Hoà.*2023/ })).toBeVisible();
  return page.url().split("/").at(-1)!;
}

/** The template with one good change, one wrong rate and a code the framework does not have. */
async function fillIn(template: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Responses")!;
  const header = Array.from(sheet.getRow(1).values as unknown[], (value) => String(value ?? ""));
  const column = (name: string) => header.findIndex((h) => h.startsWith(name));
  const row = (code: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((r) => {
      if (r.getCell(column("Mã chỉ tiêu")).value === code) found = r;
    });
    return found!;
  };
  row("HS-ADOPT").getCell(column("Tử số")).value = 120;
  row("HS-ADOPT").getCell(column("Mẫu số")).value = 150;
  row("HS-GOOD").getCell(column("Tử số")).value = 200;
  row("HS-GOOD").getCell(column("Mẫu số")).value = 150;
  const unknown = sheet.addRow([]);
  unknown.getCell(column("Mã chỉ tiêu")).value = "HS-KHONG-CO";
  unknown.getCell(column("Giá trị (")).value = 2;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("an official fills in the answer template, previews the errors in Vietnamese, applies the valid rows and finds the change on the checklist and its history", async ({ page }) => {
  await signIn(page, demoUser("official"));
  const id = await startChecklist(page);

  await page.getByRole("link", { name: "Nhập từ bảng tính" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhập câu trả lời từ bảng tính" })).toBeVisible();
  const href = (await page.getByRole("link", { name: "Tải mẫu bảng tính (.xlsx)" }).getAttribute("href"))!;
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain(`-2023-answers.xlsx`);

  await page.getByLabel("Bảng tính đã điền (.xlsx)").setInputFiles({
    name: "tra-loi.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await fillIn(await download.body()),
  });
  await page.getByRole("button", { name: "Xem trước thay đổi" }).click();

  const preview = page.getByTestId("import-preview");
  await expect(preview).toBeVisible();
  const row = (code: string) => preview.locator(`[data-testid="import-row"][data-code="${code}"]`);
  await expect(row("HS-ADOPT")).toHaveAttribute("data-status", "changed");
  await expect(row("HS-ADOPT").getByTestId("import-field-change")).toHaveText(["Tử số: (trống) → 120", "Mẫu số: (trống) → 150"]);
  await expect(row("HS-GOOD")).toHaveAttribute("data-status", "invalid");
  await expect(row("HS-GOOD").getByRole("list", { name: /Lỗi của dòng \d+/ })).toHaveText("Tử số: Tử số (200) lớn hơn mẫu số (150). Vui lòng kiểm tra lại hai số liệu.");
  await expect(row("HS-KHONG-CO").getByTestId("import-row-errors")).toHaveText("Mã chỉ tiêu: Bộ chỉ số của phiếu không có chỉ tiêu mang mã này.");
  await expect(page.getByTestId("import-summary")).toContainText("1 dòng sẽ thay đổi câu trả lời");

  await page.getByRole("radio", { name: /Chỉ áp dụng các dòng hợp lệ/ }).check();
  await page.getByRole("button", { name: "Áp dụng" }).click();
  const applied = page.getByTestId("import-applied");
  await expect(applied).toContainText("Đã cập nhật 1 câu trả lời; 2 dòng có lỗi được bỏ qua");
  await expect(applied.getByTestId("applied-row")).toHaveCount(1);
  await expect(applied.getByTestId("applied-row")).toHaveAttribute("data-code", "HS-ADOPT");

  await applied.getByRole("link", { name: "Mở phiếu" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}$`));
  const adopt = page.locator('[data-testid="indicator-entry"][data-code="HS-ADOPT"]');
  await expect(adopt.locator("input").nth(0)).toHaveValue("120");
  await expect(adopt.locator("input").nth(1)).toHaveValue("150");
  await expect(adopt.getByTestId("computed-rate")).toHaveText("80%");
  // The wrong row was not applied.
  await expect(page.locator('[data-testid="indicator-entry"][data-code="HS-GOOD"]').locator("input").nth(0)).toHaveValue("");

  await page.goto(`/assessments/${id}/history`);
  const event = page.getByTestId("history-event").filter({ hasText: "HS-ADOPT" });
  await expect(event).toHaveCount(1);
  await expect(event).toContainText("đã trả lời lần đầu");
  await expect(event.getByRole("row", { name: /Tử số/ })).toContainText("120");
  await expect(event.getByRole("row", { name: /Mẫu số/ })).toContainText("150");
});
