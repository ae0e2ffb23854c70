// Draws the app's PNG icons and favicon.ico from app/icon.svg with the local Chromium, so they
// match the mark exactly:   node scripts/render-icons.mjs
// Writes app/apple-icon.png (180, full-bleed: iOS rounds the corners itself), public/icons/
// icon-192.png and icon-512.png (the web app manifest's), and app/favicon.ico (16 and 32).
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("app/icon.svg", "utf8");
const fullBleed = svg.replace(/<rect([^>]*) rx="\d+"/, "<rect$1");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();

async function png(source, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** An .ico file holding PNG images, which every browser that asks for /favicon.ico reads. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry);
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

writeFileSync("app/apple-icon.png", await png(fullBleed, 180));
writeFileSync("public/icons/icon-192.png", await png(svg, 192));
writeFileSync("public/icons/icon-512.png", await png(svg, 512));
writeFileSync("app/favicon.ico", ico([{ size: 16, data: await png(svg, 16) }, { size: 32, data: await png(svg, 32) }]));
await browser.close();
