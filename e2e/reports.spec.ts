import { expect, test } from "@playwright/test";
import { readPdf } from "../tests/read-pdf";
import { demoUser, signIn } from "./helpers";

// Read-only, on the demo city's 2024 checklist. review.spec.ts may submit, return, correct and
// approve it at the same time, so the two pages' figures are compared together, retried until
// they are read between two of its steps, and nothing here depends on the checklist's status.
test("the printable report and the PDF of a checklist show the city and the readiness page's own figure", async ({ page }) => {
  await signIn(page, demoUser("coordinator"));
  await page.goto("/assessments");
  await page.getByTestId("assessment-row").filter({ hasText: "Minh Hoà" }).filter({ hasText: "2024" }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: /Minh Hoà.*2024/ })).toBeVisible();
  const checklistUrl = page.url();

  await page.locator("summary", { hasText: "Báo cáo và dữ liệu" }).click();
  await page.getByRole("link", { name: "Bản in", exact: true }).click();
  await expect(page).toHaveURL(/\/assessments\/[^/]+\/report$/);
  const reportUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: /Minh Hoà.*2024/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "In báo cáo" })).toBeVisible();
  // The sections' scores are a table as well as a chart.
  await expect(page.getByRole("table", { name: "Theo từng phần" })).toBeVisible();

  const firstPercent = (text: string | null) => /\d+(,\d+)?\s?%/.exec(text ?? "")?.[0] ?? null;
  await expect(async () => {
    await page.goto(`${checklistUrl}/readiness`);
    const onReadiness = firstPercent(await page.getByTestId("overall-readiness").textContent());
    await page.goto(reportUrl);
    const onReport = firstPercent(await page.getByTestId("report-overall").textContent());
    expect(onReport).not.toBeNull();
    expect(onReport).toBe(onReadiness);
  }).toPass({ timeout: 30_000 });

  // On paper only the report remains: no app navigation, no buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
  await expect(page.getByRole("button", { name: "In báo cáo" })).toBeHidden();
  await expect(page.getByTestId("report-overall")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const pdfHref = await page.getByRole("link", { name: "Tải bản PDF" }).getAttribute("href");
  const response = await page.request.get(pdfHref!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename\*=UTF-8''bao-cao-.+-2024\.pdf$/);
  const { text } = await readPdf(new Uint8Array(await response.body()));
  expect(text).toContain("Minh Hoà");
  expect(text).toMatch(/Trang 1\/\d+/);

  const english = await page.request.get(`${pdfHref}?lang=en`);
  expect((await readPdf(new Uint8Array(await english.body()))).text).toMatch(/Page 1 of \d+/);
});
