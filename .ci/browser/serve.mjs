// `tjm serve` in headless Chromium, with Debian's Chromium (never a downloaded one):
//
//   node .ci/browser/serve.mjs target/debug/tjm journeys
//
// Copies the journeys into a temporary folder, starts `tjm serve` on it (port chosen by the
// system), opens a journey page, changes a touchpoint title on disk and waits for the page to
// reload by itself with the new title; then breaks the file and waits for the problems page
// with its link to the last good report, follows that link, and finally stops the server
// with SIGINT and checks that it exits 0. Console errors (a Content-Security-Policy
// violation among them) fail the check. Exits 1 on any failure.

import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const tjm = resolve(process.argv[2] || 'target/debug/tjm');
const source = resolve(process.argv[3] || 'journeys');
// generous: a slow CI machine, never a timing assertion
const WAIT = 60_000;

const work = mkdtempSync(join(tmpdir(), 'tjm-serve-'));
const journeys = join(work, 'journeys');
cpSync(source, journeys, { recursive: true });
const file = readdirSync(journeys).filter((f) => f.endsWith('.json')).sort()[0];
const path = join(journeys, file);
const journey = JSON.parse(readFileSync(path, 'utf8'));
const oldTitle = journey.touchpoints[0].title;
const newTitle = `${oldTitle} (changed in the browser check)`;

const server = spawn(tjm, ['serve', journeys, '--lang', 'en'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, NO_COLOR: '1' },
});
const lines = [];
const exited = new Promise((done) => server.on('exit', (code, signal) => done({ code, signal })));
const url = await new Promise((done, fail) => {
  const timer = setTimeout(() => fail(new Error('tjm serve printed no address')), WAIT);
  createInterface({ input: server.stdout }).on('line', (line) => {
    lines.push(line);
    const match = line.match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (match) {
      clearTimeout(timer);
      done(match[0]);
    }
  });
  server.on('exit', () => fail(new Error(`tjm serve exited early: ${lines.join('\n')}`)));
});

const failures = [];
const fail = (message) => {
  failures.push(message);
  console.error(`FAIL ${message}`);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') fail(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => fail(`page error: ${error.message}`));
  const name = `${journey.id}.html`;
  const stream = page.waitForRequest((r) => r.url().endsWith('/_tjm/events'), { timeout: WAIT });
  await page.goto(url + name);
  if (!(await page.textContent('body')).includes(oldTitle)) fail(`${name} does not show "${oldTitle}"`);
  // a mark that only the old document carries: gone after a reload
  await page.evaluate(() => {
    window.tjmBeforeSave = true;
  });
  // The page's own event stream asks first: the reload below comes through it.
  await stream;

  journey.touchpoints[0].title = newTitle;
  writeFileSync(path, JSON.stringify(journey, null, 2));
  await page.waitForFunction((title) => document.body.innerText.includes(title), newTitle, { timeout: WAIT });
  if (await page.evaluate(() => window.tjmBeforeSave === true)) fail('the new title appeared without a reload');
  console.log(`ok: ${name} reloaded with the new title after the save`);

  writeFileSync(path, JSON.stringify(journey, null, 2).replace('{', '{,'));
  await page.waitForFunction(() => document.body.innerText.includes('Not every journey file loads'), null, { timeout: WAIT });
  if (!(await page.textContent('body')).includes(file)) fail(`the problems page does not name ${file}`);
  await page.click(`a[href="last-good/${name}"]`);
  await page.waitForURL(`${url}last-good/${name}`, { timeout: WAIT });
  if (!(await page.textContent('body')).includes(newTitle)) fail('the last good version does not show the last good title');
  console.log('ok: a broken file shows its problems, and the last good report is one click away');
} catch (error) {
  fail(error.message);
} finally {
  await browser.close();
}

server.kill('SIGINT');
const { code, signal } = await exited;
if (code !== 0) fail(`tjm serve exited with ${code ?? signal} on SIGINT, not 0`);
else if (!lines.at(-1)?.startsWith('stopped')) fail(`tjm serve's last line was ${JSON.stringify(lines.at(-1))}`);
else console.log('ok: SIGINT stopped tjm serve with exit code 0');
const left = readdirSync(work);
if (left.length !== 1) fail(`tjm serve left files beside the journeys: ${left.join(', ')}`);
rmSync(work, { recursive: true, force: true });

if (failures.length > 0) {
  console.error(`${failures.length} failed`);
  process.exit(1);
}
console.log('serve check passed');
