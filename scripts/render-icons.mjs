// Renders public/icon.svg into the PNG and ICO icons beside it (apple-touch-icon, the manifest's
// 192 and 512 px icons, favicon.ico with 16, 32 and 48 px images), with Debian's Chromium.
// Run after changing the SVG: node scripts/render-icons.mjs
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const publicDir = path.resolve(import.meta.dirname, "../public");
const svg = readFileSync(path.join(publicDir, "icon.svg"), "utf8");

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
async function render(size, { inset = 0, background = "transparent" } = {}) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = size - 2 * inset;
  await page.setContent(
    `<body style="margin:0;background:${background}"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}" style="display:block;margin:${inset}px;width:${inner}px;height:${inner}px"></body>`,
  );
  const png = await page.screenshot({ omitBackground: background === "transparent" });
  await page.close();
  return png;
}

/** An ICO file whose images are PNGs (supported by every browser since IE Vista). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

writeFileSync(path.join(publicDir, "icon-192.png"), await render(192));
writeFileSync(path.join(publicDir, "icon-512.png"), await render(512));
// iOS rounds the corners itself and shows no transparency: the icon on its own blue, full bleed.
writeFileSync(path.join(publicDir, "apple-touch-icon.png"), await render(180, { background: "#155bc8" }));
const sizes = [16, 32, 48];
writeFileSync(
  path.join(publicDir, "favicon.ico"),
  ico(await Promise.all(sizes.map(async (size) => ({ size, png: await render(size) })))),
);
await browser.close();
