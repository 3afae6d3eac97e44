// Takes one screenshot of a report page, for docs/screenshots/ and for looking at a design.
//
//   node .ci/browser/screenshot.mjs PAGE.html OUT.png [WIDTH] [HEIGHT] [SELECTOR]
//
// WIDTH defaults to 1280, HEIGHT (the crop) to 1600; with SELECTOR the shot starts at that
// element instead of the top of the page. PRINT=1 emulates print media (use WIDTH 794, the
// width of A4 at 96 dpi, to see roughly what a printed page shows).

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [file, out, width = '1280', height = '1600', selector] = process.argv.slice(2);
if (!file || !out) {
  console.error('usage: node screenshot.mjs PAGE.html OUT.png [WIDTH] [HEIGHT] [SELECTOR]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const w = Number(width);
  const h = Number(height);
  const page = await browser.newPage({ viewport: { width: w, height: Math.min(h, 1200) } });
  if (process.env.PRINT) await page.emulateMedia({ media: 'print' });
  await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
  let y = 0;
  if (selector) {
    y = await page.evaluate((s) => {
      const el = document.querySelector(s);
      return el ? el.getBoundingClientRect().top + window.scrollY : 0;
    }, selector);
  }
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  const clipH = Math.min(h, full - y);
  await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y, width: w, height: clipH } });
  console.log(`${out}: ${w}x${clipH} from y=${Math.round(y)}`);
} finally {
  await browser.close();
}
