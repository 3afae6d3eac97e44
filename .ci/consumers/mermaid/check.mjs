// CI consumer check: every ```mermaid block in the given Markdown files (as `tjm export --to
// mermaid` writes them) must parse with the real `mermaid` package, in headless Chromium, and
// render to SVG, with no block, directive or `click` line beyond what tjm writes. Exits 1 on the first file with a failing diagram, listing every failure.
//
//   node .ci/consumers/mermaid/check.mjs exported.md [more.md …]

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check.mjs FILE.md [FILE.md …]');
  process.exit(2);
}

const diagrams = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const blocks = [...text.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  if (blocks.length === 0) {
    console.error(`${file}: no mermaid blocks`);
    process.exit(1);
  }
  // tjm writes exactly two blocks per `## ` journey heading and never a directive or `click`:
  // more blocks, or either of those, means journey text broke out of its place.
  const headings = text.split('\n').filter((l) => l.startsWith('## ')).length;
  const fences = text.split('\n').filter((l) => /^\s*(```|~~~)/.test(l)).length;
  const injected = text.split('\n').filter((l) => /^\s*(%%\{|click\b)/i.test(l));
  if (blocks.length !== 2 * headings || fences !== 2 * blocks.length || injected.length > 0) {
    console.error(
      `${file}: ${blocks.length} blocks and ${fences} fence lines for ${headings} journeys` +
        (injected.length ? `; injected lines: ${injected.join(' | ')}` : ''),
    );
    process.exit(1);
  }
  blocks.forEach((code, i) => diagrams.push({ file, index: i + 1, code }));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
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
let failed = 0;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: join(here, 'node_modules/mermaid/dist/mermaid.min.js') });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
  for (const { file, index, code } of diagrams) {
    const result = await page.evaluate(async (code) => {
      try {
        const parsed = await window.mermaid.parse(code);
        const id = 'd' + Math.random().toString(36).slice(2);
        const { svg } = await window.mermaid.render(id, code);
        return { ok: true, type: parsed && parsed.diagramType, svgLength: svg.length };
      } catch (error) {
        return { ok: false, message: String((error && error.message) || error) };
      }
    }, code);
    if (result.ok) {
      console.log(`ok   ${file} diagram ${index} (${result.type}, ${result.svgLength} bytes of SVG)`);
    } else {
      failed += 1;
      console.error(`FAIL ${file} diagram ${index}: ${result.message}\n${code}`);
    }
  }
} finally {
  await browser.close();
}
console.log(`mermaid: ${diagrams.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
