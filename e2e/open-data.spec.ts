import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Seeded: the demo city publishes open data and has one approved assessment, its 2025 happy-schools
// checklist (HS-ADOPT 118 of 164 schools, with an evidence note that is never published). Its
// 2025 learning-society checklist is a draft (LF 66,900 of 99,800) and must never show. The 2024
// one may be approved by review.spec.ts meanwhile, so nothing here depends on it. The last test
// switches publishing off and back on, so the tests of this file run in order.
test.describe.configure({ mode: "serial" });

const api = "/api/open-data/v1";
type Result = { framework: { code: string }; year: number; indicator: { code: string }; rate: { numerator: number; denominator: number } | null };

async function demoResults(request: APIRequestContext) {
  const response = await request.get(`${api}/results?city=demo-city&limit=500`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { data: Result[]; page: { total: number } };
}

test("anyone, without signing in, reads the demo city's approved happy-schools results and none of its draft figures", async ({ request }) => {
  const response = await request.get(`${api}/results?city=demo-city&framework=happy-schools&year=2025`);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const { data } = (await response.json()) as { data: Result[] };
  const adoption = data.find((r) => r.indicator.code === "HS-ADOPT");
  expect(adoption?.rate).toEqual({ numerator: 118, denominator: 164, value: 118 / 164 });
  expect(data).toHaveLength(20);

  const all = await demoResults(request);
  expect(all.data.filter((r) => r.framework.code === "vn-learning-society" && r.year === 2025)).toEqual([]);
  const text = JSON.stringify(all.data);
  for (const hidden of ["66900", "99800", "Báo cáo tổng kết năm học"]) expect(text).not.toContain(hidden);

  const csv = await request.get(`${api}/results.csv?city=demo-city`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await csv.text();
  expect(body).toContain("demo-city,Thành phố Minh Hoà (dữ liệu mẫu),Minh Hoa City (demo data),happy-schools,1,");
  expect(body).not.toContain("66900");

  // Read-only: the API answers GET and nothing else.
  expect((await request.post(`${api}/results`)).status()).toBe(405);

  const description = await (await request.get(`${api}/openapi.json`)).json();
  expect(description.openapi).toBe("3.1.0");
  expect(Object.keys(description.paths)).toContain("/results.csv");
});

test("the public open-data page lists the demo city with links to its data, in either language", async ({ page }) => {
  await page.goto("/open-data");
  await expect(page.getByRole("heading", { level: 1, name: "Dữ liệu mở" })).toBeVisible();
  const demo = page.getByTestId("open-data-city").filter({ hasText: "Thành phố Minh Hoà (dữ liệu mẫu)" });
  await expect(demo).toContainText("Trường học hạnh phúc: năm 2025");
  await expect(demo.getByRole("link", { name: "Kết quả của Thành phố Minh Hoà (dữ liệu mẫu), dạng JSON" })).toHaveAttribute("href", `${api}/results?city=demo-city`);
  await expect(demo.getByRole("link", { name: "Kết quả của Thành phố Minh Hoà (dữ liệu mẫu), dạng CSV" })).toHaveAttribute("href", `${api}/results.csv?city=demo-city`);
  await expect(page.getByRole("link", { name: "Mô tả API (OpenAPI 3.1)" })).toHaveAttribute("href", `${api}/openapi.json`);
  // The list is paged: it says how many publish and which of them this page shows, 25 at most.
  const shown = await page.getByTestId("open-data-city").count();
  expect(shown).toBeLessThanOrEqual(25);
  await expect(page.getByTestId("open-data-cities-count")).toContainText(new RegExp(`thành phố đang công bố dữ liệu; trang này liệt kê 1–${shown}\\.`));

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  await expect(page.getByTestId("open-data-city").filter({ hasText: "Minh Hoa City (demo data)" })).toContainText("Happy schools: 2025");
});

test("the city's official stops publishing on the profile, the API hides the results at once, and publishing again brings them back", async ({ page, request }) => {
  await signIn(page, demoUser("official"));
  await page.goto("/cities/demo-city");
  const state = page.getByTestId("open-data-state");
  await expect(state).toHaveText("Thành phố đang công bố các kết quả đã được duyệt dưới dạng dữ liệu mở.");
  const choice = page.getByLabel("Công bố các kết quả đã được duyệt của thành phố dưới dạng dữ liệu mở");
  await expect(choice).toBeChecked();

  await choice.uncheck();
  await page.getByRole("button", { name: "Lưu lựa chọn" }).click();
  await expect(state).toHaveText("Thành phố chưa công bố kết quả dưới dạng dữ liệu mở.");
  expect((await demoResults(request)).page.total).toBe(0);
  await page.reload();
  await expect(page.getByLabel("Công bố các kết quả đã được duyệt của thành phố dưới dạng dữ liệu mở")).not.toBeChecked();

  await page.getByLabel("Công bố các kết quả đã được duyệt của thành phố dưới dạng dữ liệu mở").check();
  await page.getByRole("button", { name: "Lưu lựa chọn" }).click();
  await expect(state).toHaveText("Thành phố đang công bố các kết quả đã được duyệt dưới dạng dữ liệu mở.");
  expect((await demoResults(request)).page.total).toBeGreaterThanOrEqual(20);
  await expect(page.getByRole("link", { name: "Xem dữ liệu mở của thành phố (JSON)" })).toHaveAttribute("href", `${api}/results?city=demo-city`);
});
