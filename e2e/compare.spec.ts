import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Seeded: the demo city's 2025 learning-society checklist is a draft with LF = 66,900 / 99,800
// (67%); Hà Nội has no checklist, only the figures it published at its admission (67% learning
// families, with their source). Nothing here relies on the 2024 checklist, which another test
// takes through review at the same time.

const card = (page: Page, code: string) => page.locator(`[data-indicator="${code}"]`);
const unapproved = /Bản nháp|Đã gửi|Trả lại|Đã gửi lại/;

/** The learning-families comparison of the demo city with Hà Nội, 2025, as the official sees it. */
async function expectDemoAgainstHanoi(page: Page) {
  await expect(page.getByTestId("comparing")).toHaveText("Thành phố Minh Hoà (dữ liệu mẫu) so với 1 thành phố, năm 2025.");
  const families = card(page, "LF");
  await expect(families.getByRole("heading", { name: "LF Tỷ lệ gia đình học tập" })).toBeVisible();

  const hanoi = families.getByRole("row", { name: /^Hà Nội/ });
  await expect(hanoi.getByRole("cell").first()).toContainText("67%");
  await expect(hanoi).toContainText(/Nguồn: VnExpress/);
  const own = families.getByRole("row", { name: /Minh Hoà/ });
  await expect(own.getByRole("cell").first()).toContainText("67%");
  // The city's own figure is a draft, and says so.
  await expect(own).toContainText("Bản nháp");

  const targets = families.getByTestId("targets");
  await expect(targets).toContainText("Mục tiêu 2025: 70%");
  // Hà Nội's own 2030 plan (80%) is not the demo city's target: the national one is not set yet.
  await expect(targets).toContainText("2030: chưa có mục tiêu quốc gia");
  await expect(targets).not.toContainText("Mục tiêu 2030");
  // The header, the city, Hà Nội: no other city slipped in.
  await expect(families.getByRole("row")).toHaveCount(3);
  // The chart is named by its summary, which a screen reader reads out.
  await expect(families.getByRole("img")).toHaveAccessibleName(/Thành phố Minh Hoà \(dữ liệu mẫu\): 67%\. Còn cách mục tiêu 2025 \(70%\) 3 điểm %/);
}

test("the official compares the city with Hà Nội on learning families, and the shared link opens the same view", async ({ page, browser }) => {
  await signIn(page, demoUser("official"));
  await page.goto("/compare");
  await page.getByLabel("Bộ chỉ số").selectOption({ label: "Xây dựng xã hội học tập (các danh hiệu học tập)" });
  await page.getByRole("combobox", { name: "Năm", exact: true }).selectOption("2025");
  await page.getByLabel("Tự chọn thành phố", { exact: true }).check();
  await page.getByText("Các thành phố tự chọn", { exact: true }).click();
  await page.getByRole("checkbox", { name: /^Hà Nội/ }).check();
  await page.getByRole("button", { name: "Xem so sánh" }).click();
  await expect(page).toHaveURL(/peers=manual/);
  await expectDemoAgainstHanoi(page);

  // The link carries the whole selection: someone else opening it sees the same comparison.
  const shared = (await page.getByTestId("share-link").getAttribute("href"))!;
  expect(shared).toBe("/compare?framework=vn-learning-society&year=2025&city=demo-city&peers=manual&peer=ha-noi");
  const context = await browser.newContext();
  const colleague = await context.newPage();
  await signIn(colleague, demoUser("official"));
  await colleague.goto(shared);
  await expectDemoAgainstHanoi(colleague);
  await expect(colleague.getByLabel("Tự chọn thành phố", { exact: true })).toBeChecked();
  await expect(colleague.getByRole("checkbox", { name: /^Hà Nội/ })).toBeChecked();

  // The trend keeps the selection and labels the draft there too.
  await card(colleague, "LF").getByRole("link", { name: "Xem xu hướng qua các năm" }).click();
  await expect(colleague).toHaveURL(/\/compare\/trends\?/);
  await expect(colleague.getByRole("heading", { level: 2, name: "LF Tỷ lệ gia đình học tập" })).toBeVisible();
  await expect(colleague.getByRole("row", { name: /Minh Hoà/ })).toContainText("Bản nháp");
  await expect(colleague.getByRole("row", { name: /^Hà Nội/ })).toContainText(/67%.*Nguồn: VnExpress/);
  await context.close();
});

test("no other city's unapproved figure ever shows, only the compared city's own draft, labelled", async ({ page }) => {
  await signIn(page, demoUser("official"));
  await page.goto("/compare?framework=vn-learning-society&year=2025&peers=members");
  await expect(page.getByTestId("comparing")).toContainText("so với 6 thành phố");
  for (const code of ["LF", "LCLAN", "LCOM"]) {
    const rows = card(page, code).getByRole("row");
    await expect(rows.filter({ hasNotText: "Minh Hoà" }).filter({ hasText: unapproved })).toHaveCount(0);
  }
  await expect(card(page, "LF").getByRole("row", { name: /Minh Hoà/ })).toContainText("Bản nháp");
});

test("a coordinator who covers the demo city still sees none of its draft when comparing Hà Nội with it", async ({ page }) => {
  await signIn(page, demoUser("coordinator"));
  await page.goto("/compare?framework=vn-learning-society&year=2025&city=ha-noi&peers=manual&peer=demo-city");
  await expect(page.getByTestId("comparing")).toHaveText("Hà Nội so với 1 thành phố, năm 2025.");
  const families = card(page, "LF");
  await expect(families.getByRole("row", { name: /^Hà Nội/ })).toContainText(/67%.*Nguồn: VnExpress/);
  // Hà Nội is held to its own plan for 2030, labelled as its plan.
  await expect(families.getByTestId("targets").locator('[data-scope="own-plan"]')).toHaveText(/^Mục tiêu 2030: 80% \(kế hoạch riêng của Hà Nội: Kế hoạch 291\/KH-UBND/);
  const demo = families.getByRole("row", { name: /Minh Hoà/ });
  await expect(demo).toContainText("chưa có số liệu");
  await expect(demo).not.toContainText(unapproved);
});

test("the official compares learning families with Hà Nội and Hồ Chí Minh City: each figure with its source and basis, ranked only against its own basis", async ({ page }) => {
  await signIn(page, demoUser("official"));
  await page.goto("/compare");
  await page.getByLabel("Bộ chỉ số").selectOption({ label: "Xây dựng xã hội học tập (các danh hiệu học tập)" });
  await page.getByRole("combobox", { name: "Năm", exact: true }).selectOption("2024");
  await page.getByLabel("Tự chọn thành phố", { exact: true }).check();
  await page.getByText("Các thành phố tự chọn", { exact: true }).click();
  await page.getByRole("checkbox", { name: /^Hà Nội/ }).check();
  await page.getByRole("checkbox", { name: /^Thành phố Hồ Chí Minh/ }).check();
  await page.getByRole("button", { name: "Xem so sánh" }).click();
  await expect(page.getByTestId("comparing")).toHaveText("Thành phố Minh Hoà (dữ liệu mẫu) so với 2 thành phố, năm 2024.");

  const families = card(page, "LF");
  // Hồ Chí Minh City: 71.28% of all households on 15 Nov 2024, from Hà Nội Mới.
  const hcmc = families.getByRole("row", { name: /^Thành phố Hồ Chí Minh/ });
  await expect(hcmc.getByRole("cell").first()).toContainText("71,3%");
  await expect(hcmc.getByTestId("basis")).toHaveText("Cơ sở tính: tỷ lệ trên tổng số");
  await expect(hcmc).toContainText("Nguồn: Hà Nội Mới, 22/1/2025");
  await expect(hcmc.getByRole("link", { name: /Hà Nội Mới/ })).toHaveAttribute("href", "https://hanoimoi.vn/print/691286.html");
  // Hà Nội's association: 89.06% of registered households, shown apart with the reason.
  const hanoi = families.getByRole("row", { name: /^Hà Nội/ });
  await expect(hanoi.getByRole("cell").first()).toContainText("89,1%");
  await expect(hanoi.getByTestId("basis")).toHaveText("Cơ sở tính: tỷ lệ trên số đã đăng ký");
  await expect(hanoi).toContainText("Nguồn: vietnam.vn: báo cáo của Hội Khuyến học thành phố Hà Nội, 19/12/2024");
  const apart = families.locator('[data-basis-group="share-of-registered-households"]');
  await expect(apart).toContainText("Cơ sở tính khác, không xếp hạng cùng: tỷ lệ trên số đã đăng ký");
  await expect(apart).toContainText("không so được với tỷ lệ trên tổng số");
  // The city's 62.1% is ranked against Hồ Chí Minh City's 71.3% only, not against Hà Nội's 89.1%.
  const own = families.getByRole("row", { name: /Minh Hoà/ });
  await expect(own.getByRole("cell").first()).toContainText("62,1%");
  const targets = families.getByTestId("targets");
  await expect(targets).toContainText("Xếp hạng: 2/2");
  await expect(targets.locator('[data-scope="national"]')).toHaveText(/^Mục tiêu 2025: 70% \(mục tiêu quốc gia: Quyết định 387\/QĐ-TTg/);
  await expect(targets.locator('[data-scope="national-unset"]')).toHaveText("2030: chưa có mục tiêu quốc gia");
  await expect(targets).not.toContainText("80%");
  // The chart draws only the figures ranked together: the city and Hồ Chí Minh City.
  await expect(families.getByRole("img")).toHaveAccessibleName(/1 đơn vị có số liệu theo cơ sở tính khác/);
  // No working note reaches the page.
  await expect(page.getByRole("main")).not.toContainText(/seed/i);

  // The trend keeps the bases apart too: Hà Nội's 2024 share of registered households is labelled
  // and the 2030 column has no national target.
  await families.getByRole("link", { name: "Xem xu hướng qua các năm" }).click();
  await expect(page).toHaveURL(/\/compare\/trends\?/);
  await expect(page.getByRole("row", { name: /^Hà Nội/ })).toContainText(/89,1%.*Cơ sở tính: tỷ lệ trên số đã đăng ký/);
  await expect(page.locator('[data-scope="national-unset"]')).toHaveText("2030: chưa có mục tiêu quốc gia");
});

test("a stale or hand-edited link opens the comparison with defaults", async ({ page }) => {
  await signIn(page, demoUser("official"));
  const response = await page.goto("/compare?framework=gone&year=next&peers=friends&peer=");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "So sánh với các thành phố khác" })).toBeVisible();
  await expect(page.getByLabel("Các thành viên Mạng lưới thành phố học tập UNESCO")).toBeChecked();
});

/**
 * Where a chart's labels land in the browser, with the font it really draws: every text inside the
 * drawing's box, and each bar's value (the last text of its row) clear of every dashed target line.
 */
async function chartLayout(chart: Locator) {
  return chart.evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const rect = (e: Element) => e.getBoundingClientRect();
    const texts = [...svg.querySelectorAll("text")].filter((t) => t.textContent?.trim());
    const outside = texts.filter((t) => rect(t).left < box.left - 0.5 || rect(t).right > box.right + 0.5 || rect(t).top < box.top - 0.5 || rect(t).bottom > box.bottom + 0.5).map((t) => t.textContent);
    const lines = [...svg.querySelectorAll("line[stroke-dasharray]")].map((l) => rect(l).left + rect(l).width / 2);
    const values = [...svg.querySelectorAll("g[data-row]")].map((row) => [...row.querySelectorAll(":scope > text")].pop()!);
    const onTarget = values.filter((v) => lines.some((x) => x >= rect(v).left && x <= rect(v).right)).map((v) => v.textContent);
    const names = [...svg.querySelectorAll("g[data-row] > text:first-of-type")].map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "));
    return { outside, onTarget, names, targets: lines.length };
  });
}

test("the charts show each city's whole name inside the drawing and no value on a target line, on a wide screen and on a phone", async ({ page }) => {
  await signIn(page, demoUser("official"));
  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    // 2025: the city's 67% of learning families stands just short of the 70% target line.
    await page.goto("/compare?framework=vn-learning-society&year=2025&city=demo-city&peers=manual&peer=ha-noi&peer=ho-chi-minh-city");
    const chart = card(page, "LF").getByRole("img");
    await expect(chart).toBeVisible();
    const layout = await chartLayout(chart);
    expect(layout.targets, `${viewport.width}px`).toBeGreaterThan(0);
    expect(layout.names).toEqual(["Thành phố Minh Hoà (dữ liệu mẫu) ★", "Hà Nội", "Thành phố Hồ Chí Minh"]);
    expect(layout.outside, `${viewport.width}px`).toEqual([]);
    expect(layout.onTarget, `${viewport.width}px`).toEqual([]);

    // The trend names each line in full beside it, inside the drawing, and draws the targets beneath the points.
    await page.goto("/compare/trends?framework=vn-learning-society&year=2025&city=demo-city&peers=manual&peer=ha-noi&peer=ho-chi-minh-city&indicator=LF");
    const trend = page.getByRole("img");
    await expect(trend).toBeVisible();
    expect((await chartLayout(trend)).outside, `${viewport.width}px`).toEqual([]);
    // A wrapped name is one text of several lines (tspans); read back, its lines give the whole name.
    const lineNames = await trend.evaluate((svg) => [...svg.querySelectorAll("text")].filter((t) => t.querySelector("tspan")).map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" ")));
    expect(lineNames).toContain("Thành phố Minh Hoà (dữ liệu mẫu) ★");
    const order = await trend.evaluate((svg) => {
      const all = [...svg.querySelectorAll("*")];
      const target = all.findIndex((e) => e.matches("polygon[fill='white']"));
      const point = all.findIndex((e) => e.matches("circle"));
      return { target, point };
    });
    expect(order.target).toBeGreaterThanOrEqual(0);
    expect(order.target).toBeLessThan(order.point);
  }
});
