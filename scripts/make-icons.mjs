// `node scripts/make-icons.mjs`: renders public/icon.svg into the PNG icons the web app manifest
// and iOS need, with the Chromium the e2e tests use. Run it after changing the SVG; the PNGs are
// committed, so builds need no image tools.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, locateBrowser } from './find-browser.mjs';

process.chdir(new URL('..', import.meta.url).pathname);

const svg = readFileSync('public/icon.svg', 'utf8');
const sizes = { 'icon-192.png': 192, 'icon-512.png': 512, 'apple-touch-icon.png': 180 };

const browser = await chromium.launch({ executablePath: locateBrowser()?.path, args: CHROMIUM_FLAGS });
for (const [file, size] of Object.entries(sizes)) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<!doctype html><body style="margin:0">${sized}</body>`);
  await page.screenshot({ path: `public/${file}`, omitBackground: false });
  await page.close();
  console.log(`public/${file}: ${size}×${size}`);
}
await browser.close();
