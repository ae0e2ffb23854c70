import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { demoUser, signIn } from "./helpers";

const demoCity = "Thành phố Minh Hoà (dữ liệu mẫu)";

test("a coordinator downloads the scope workbook from the reports page and finds the demo city's figures in it", async ({ page }) => {
  await signIn(page, demoUser("coordinator"));
  await page.goto("/reports");
  await page.getByRole("combobox", { name: "Bộ chỉ số" }).selectOption("vn-learning-society");
  await page.getByRole("button", { name: "Xem" }).click();
  await page.getByRole("combobox", { name: "Năm" }).selectOption("2024");
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/framework=vn-learning-society&year=2024/);
  await expect(page.getByTestId("report-row").filter({ hasText: demoCity })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Bảng tính Excel (thành phố × chỉ tiêu)" }).click()]);
  expect(download.suggestedFilename()).toBe("vn-learning-society-2024-cities.xlsx");
  await expect(page.getByText("Đã lưu vn-learning-society-2024-cities.xlsx", { exact: true })).toBeVisible();
  // Screen readers hear how much arrived.
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: /^Đã lưu vn-learning-society-2024-cities\.xlsx \(\d+ kB\)\.$/ })).toHaveCount(1);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["Thành phố × chỉ tiêu", "Bảng dọc"]);
  const sheet = workbook.getWorksheet("Thành phố × chỉ tiêu")!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const column = (name: string) => header.indexOf(name) + 1;
  let found: ExcelJS.Row | null = null;
  sheet.eachRow((row) => {
    if (row.getCell(column("Thành phố")).value === demoCity && row.getCell(column("Mã chỉ tiêu")).value === "LF") found = row;
  });
  const lf = found as ExcelJS.Row | null;
  expect(lf).not.toBeNull();
  // Other browser tests may correct this answer meanwhile: check the figures agree, not what they are.
  const numerator = lf!.getCell(column("Tử số")).value as number;
  const denominator = lf!.getCell(column("Mẫu số")).value as number;
  expect(lf!.getCell(column("Giá trị")).value).toBe(numerator / denominator);
  expect(lf!.getCell(column("Giá trị")).numFmt).toBe("0.0%");
  // Only the coordinator's cities: Sơn La is not among them.
  const cities = new Set<unknown>();
  sheet.eachRow((row, n) => void (n > 1 && cities.add(row.getCell(column("Thành phố")).value)));
  expect(cities.has("Sơn La")).toBe(false);
});

test("the checklist's CSV download starts with a byte-order mark and lists the indicators", async ({ page }) => {
  await signIn(page, demoUser("official"));
  await page.goto("/assessments");
  await page.getByTestId("assessment-row").filter({ hasText: "2024" }).filter({ hasText: "Minh Hoà" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /Minh Hoà.*2024/ })).toBeVisible();

  // The downloads sit in one menu above the answers.
  await page.locator("summary", { hasText: "Báo cáo và dữ liệu" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV (câu trả lời)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^demo-city-vn-learning-society-2024-responses\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toContain("\r\nLF,");
  expect(text).toContain("Tỷ lệ gia đình học tập");
});

test("an official's scope export holds their own city only, and a bad year is refused with a message", async ({ page }) => {
  await signIn(page, demoUser("official"));
  const response = await page.request.get("/api/reports/scope.csv?framework=vn-learning-society&year=2024&table=long");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  expect(lines[0]).toBe("Thành phố,Tỉnh/thành,Bộ chỉ số,Năm,Trạng thái,Mã chỉ tiêu,Số liệu,Giá trị");
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line.startsWith(`"${demoCity}",`) || line.startsWith(`${demoCity},`)).toBe(true);

  const refused = await page.request.get("/api/reports/scope.xlsx?framework=vn-learning-society&year=abc");
  expect(refused.status()).toBe(400);
  expect((await refused.json()).message).toBe("Giá trị không hợp lệ.");
});
