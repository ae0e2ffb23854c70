import { expect, test } from "@playwright/test";

// The favicon, the app icon and the web app manifest are public: a browser asks for them on the
// sign-in page, before anyone signs in, and a phone reads them to add the app to a home screen.

test("the sign-in page links an icon, an Apple touch icon and a manifest, each served without signing in", async ({ page, playwright, baseURL }) => {
  await page.goto("/sign-in");
  const head = page.locator("head");
  const href = async (selector: string) => {
    const link = head.locator(selector).first();
    await expect(link).toHaveCount(1);
    return (await link.getAttribute("href"))!;
  };
  const icon = await href('link[rel="icon"][type="image/svg+xml"]');
  const apple = await href('link[rel="apple-touch-icon"]');
  const manifest = await href('link[rel="manifest"]');
  await expect(head.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#174c99");

  // A request with no session cookie at all, as a browser's first visit or a phone's home screen makes.
  const anonymous = await playwright.request.newContext({ baseURL });
  const fetched = async (path: string, type: RegExp) => {
    const response = await anonymous.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    return response;
  };
  const svg = await fetched(icon, /^image\/svg\+xml/);
  expect(await svg.text()).toContain("<svg");
  // An SVG can hold script: it comes with the same headers as the pages, so a browser never sniffs or frames it.
  expect(svg.headers()["x-content-type-options"]).toBe("nosniff");
  expect(svg.headers()["content-security-policy"]).toContain("script-src 'self' 'nonce-");
  const applePng = await (await fetched(apple, /^image\/png/)).body();
  // 180 × 180, read from the PNG header.
  expect([applePng.readUInt32BE(16), applePng.readUInt32BE(20)]).toEqual([180, 180]);
  await fetched("/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/);

  const app = await (await fetched(manifest, /^application\/manifest\+json/)).json();
  expect(app).toMatchObject({ name: "Tự đánh giá thành phố học tập", short_name: "TP học tập", lang: "vi", theme_color: "#174c99", start_url: "/" });
  expect(app.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const each of app.icons as { src: string; type: string }[]) await fetched(each.src, new RegExp(`^${each.type.replace("+", "\\+")}`));
  await anonymous.dispose();
});
