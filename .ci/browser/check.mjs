// Headless-browser checks of a tjm HTML report, with Debian's Chromium (never a downloaded one).
//
//   node .ci/browser/check.mjs target/report
//
// For every *.html in the report folder: no console errors or page errors, no axe-core
// violations, no horizontal overflow at 390 px, an A4 PDF prints; full-page screenshots at
// 1280 and 390 px go to target/browser-screenshots/. Exits 1 on any failure.

import { readdirSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, join, basename, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const axePath = require.resolve('axe-core/axe.min.js');

const reportDir = process.argv[2];
if (!reportDir) {
  console.error('usage: node check.mjs REPORT_DIR');
  process.exit(2);
}
const dir = resolve(reportDir);
if (!existsSync(dir)) {
  console.error(`report folder ${dir} does not exist`);
  process.exit(2);
}
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
if (pages.length === 0) {
  console.error(`no .html pages in ${dir}`);
  process.exit(1);
}
// target/browser-screenshots beside the repository's target/ folder
const repoRoot = resolve(here, '..', '..');
const shots = process.env.SCREENSHOT_DIR
  ? resolve(process.env.SCREENSHOT_DIR)
  : join(repoRoot, 'target', 'browser-screenshots');
mkdirSync(shots, { recursive: true });

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const failures = [];
const fail = (page, message) => {
  failures.push(`${page}: ${message}`);
  console.error(`FAIL ${page}: ${message}`);
};

try {
  for (const name of pages) {
    const before = failures.length;
    const url = pathToFileURL(join(dir, name)).href;
    const stem = basename(name, '.html');

    // Desktop: console errors (CSP violations show up here), axe, PDF, screenshot.
    // bypassCSP lets axe be injected; the page's own CSP is still checked by the console
    // listener on the phone pass below, which does not bypass it.
    {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
      page.on('pageerror', (err) => errors.push(String(err)));
      page.on('request', (req) => {
        if (!req.url().startsWith('file:') && !req.url().startsWith('data:')) {
          errors.push(`request to ${req.url()}`);
        }
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        return await axe.run(document, { resultTypes: ['violations'] });
      });
      for (const v of result.violations) {
        const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
        fail(name, `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${targets}`);
      }
      for (const e of errors) fail(name, `console: ${e}`);
      await page.screenshot({ path: join(shots, `${stem}-desktop.png`), fullPage: true });
      try {
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        if (!pdf || pdf.length < 1000) fail(name, 'PDF is empty');
      } catch (err) {
        fail(name, `PDF failed: ${err}`);
      }
      await context.close();
    }

    // Phone, with the page's CSP in force: no horizontal overflow, no console errors.
    {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 1,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
      page.on('pageerror', (err) => errors.push(String(err)));
      await page.goto(url, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) {
        const culprits = await page.evaluate(() => {
          const out = [];
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.right > 391 && !el.closest('.scroll, .table-scroll')) {
              out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} (${Math.round(r.right)}px)`);
            }
            if (out.length >= 5) break;
          }
          return out;
        });
        fail(name, `page is ${width}px wide at 390px (overflow): ${culprits.join(', ')}`);
      }
      const styled = await page.evaluate(() => getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)');
      if (!styled) fail(name, 'stylesheet not applied under the CSP');
      for (const e of errors) fail(name, `console (phone, CSP on): ${e}`);
      await page.screenshot({ path: join(shots, `${stem}-phone.png`), fullPage: true });
      await context.close();
    }
    if (failures.length === before) console.log(`ok   ${name}`);
  }
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`\n${failures.length} problem(s) in ${pages.length} page(s)`);
  process.exit(1);
}
console.log(`\nall ${pages.length} pages pass: no console errors, no axe violations, no overflow at 390px, A4 PDF prints`);
console.log(`screenshots in ${shots}`);
