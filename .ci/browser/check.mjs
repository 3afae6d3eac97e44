// Headless-browser checks of a tjm HTML report, with Debian's Chromium (never a downloaded one).
//
//   node .ci/browser/check.mjs target/report
//
// For every *.html in the report folder: no console errors or page errors, no axe-core
// violations; at 1280 and 390 px no element wider than the viewport and no scroll container
// hiding content sideways; an A4 PDF prints, nothing wider than the paper, a journey page on at
// most 4 pages with no text under 8 pt, and the index's board summary (#board-summary) fits one A4 page. Full-page
// screenshots at 1280 and 390 px go to target/browser-screenshots/. Exits 1 on any failure.

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

// A4 at 96 dpi inside the report's @page margins (12 mm left and right, 14 + 16 mm top and
// bottom): what one printed page holds.
const A4_CONTENT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);
const A4_CONTENT_HEIGHT = Math.floor(((297 - 30) / 25.4) * 96);
const JOURNEY_MAX_PAGES = 4;
// 8 pt in CSS pixels
const MIN_PRINT_PX = (8 * 96) / 72 - 0.01;

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(buffer) {
  const text = buffer.toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

/**
 * Elements wider than the viewport, and scroll containers whose content is wider than they
 * are (content hidden sideways): at most five of each, described for the log.
 */
async function overflow(page, width) {
  return await page.evaluate((viewport) => {
    const describe = (el) => {
      const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
      return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls}`;
    };
    const wide = [];
    const hiding = [];
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      // visually hidden text (1 px, clipped) is there for screen readers, not a layout box
      if (r.width <= 1 && r.height <= 1) continue;
      if (r.right > viewport + 1 || r.left < -1) {
        if (wide.length < 5) wide.push(`${describe(el)} (${Math.round(r.left)}–${Math.round(r.right)}px)`);
      }
      const sideways = style.overflowX;
      if ((sideways === 'auto' || sideways === 'scroll' || sideways === 'hidden' || sideways === 'clip')
        && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1) {
        if (hiding.length < 5) hiding.push(`${describe(el)} (${el.scrollWidth}px of content in ${el.clientWidth}px)`);
      }
    }
    return { page: document.documentElement.scrollWidth, wide, hiding };
  }, width);
}

function reportOverflow(name, width, found) {
  if (found.page > width) fail(name, `page is ${found.page}px wide at ${width}px`);
  if (found.wide.length) fail(name, `wider than the ${width}px viewport: ${found.wide.join(', ')}`);
  if (found.hiding.length) fail(name, `content hidden sideways at ${width}px: ${found.hiding.join(', ')}`);
}

/** Visible text in print smaller than 8 pt (at most five, described). */
async function smallPrintText(page) {
  return await page.evaluate((min) => {
    const out = [];
    const walker = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.textContent.trim()) continue;
      const el = node.parentElement;
      if (!el || seen.has(el)) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue;
      if (el.closest('[aria-hidden="true"]') && !el.closest('svg')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      let size = parseFloat(style.fontSize);
      // text inside an SVG is scaled with the drawing
      const svg = el.closest('svg');
      if (svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width) {
        size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      }
      if (size < min && out.length < 5) out.push(`${el.tagName.toLowerCase()} "${node.textContent.trim().slice(0, 30)}" ${size.toFixed(1)}px`);
    }
    return out;
  }, MIN_PRINT_PX);
}

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
      reportOverflow(name, 1280, await overflow(page, 1280));
      await page.screenshot({ path: join(shots, `${stem}-desktop.png`), fullPage: true });
      try {
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        if (!pdf || pdf.length < 1000) fail(name, 'PDF is empty');
        const pages = pdfPages(pdf);
        const journey = await page.evaluate(() => document.body.classList.contains('page-journey'));
        if (journey && pages > JOURNEY_MAX_PAGES) {
          fail(name, `prints on ${pages} A4 pages (at most ${JOURNEY_MAX_PAGES})`);
        }
        console.log(`     ${name}: ${pages} A4 page(s)`);
      } catch (err) {
        fail(name, `PDF failed: ${err}`);
      }
      await context.close();
    }

    // Print media at the width of an A4 page: no text under 8 pt; the board summary on one page.
    {
      const context = await browser.newContext({ viewport: { width: A4_CONTENT_WIDTH, height: A4_CONTENT_HEIGHT } });
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(url, { waitUntil: 'load' });
      // nothing cut off at the edge of the paper (a table's last column, a chart)
      const cut = await overflow(page, A4_CONTENT_WIDTH);
      if (cut.wide.length) fail(name, `wider than an A4 page in print: ${cut.wide.join(', ')}`);
      if (cut.hiding.length) fail(name, `cut off at the edge of an A4 page in print: ${cut.hiding.join(', ')}`);
      const small = await smallPrintText(page);
      if (small.length) fail(name, `text under 8 pt in print: ${small.join(', ')}`);
      if (name === 'index.html') {
        const summary = await page.evaluate(() => {
          const el = document.getElementById('board-summary');
          return el ? el.getBoundingClientRect().height : null;
        });
        if (summary === null) {
          console.log('     index.html: no #board-summary on the page yet: its one-page print check is skipped');
        } else if (summary > A4_CONTENT_HEIGHT) {
          fail(name, `the board summary is ${Math.round(summary)}px high in print, more than one A4 page (${A4_CONTENT_HEIGHT}px)`);
        }
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
      reportOverflow(name, 390, await overflow(page, 390));
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
console.log(`\nall ${pages.length} pages pass: no console errors, no axe violations, nothing wider than 1280 or 390 px and nothing hidden sideways, journeys print on at most ${JOURNEY_MAX_PAGES} A4 pages with text of 8 pt or more`);
console.log(`screenshots in ${shots}`);
