// tests/e2e/exec_summary_pages.test.mjs - the executive summary as Chromium prints it: the native CLI writes the
// 400-VM demo's summary for a named partner and customer, and Chromium lays it out for print on A4 and Letter:
// two pages, no table wider than its page, nothing cut at the page edge. Each page is screenshotted (artefacts;
// with EST_DOCS_IMAGES=1 also docs/images/executive-summary-page-N.png, the README's pictures).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifactPath, launchBrowser, repoRoot } from './harness.mjs';

const cli = process.env.EST_CLI || path.join(repoRoot, 'build/native/estimator');
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The demo with a partner and a customer, through the CLI, as HTML text. */
function summaryHtml() {
  const dir = mkdtempSync(path.join(tmpdir(), 'est-summary-'));
  const scenario = JSON.parse(readFileSync(path.join(repoRoot, 'assets/demo_onprem-400-vm.json'), 'utf8'));
  scenario.settings = { ...scenario.settings, customerName: 'Acme Retail' };
  scenario.partner = { partnerName: 'Northwind Cloud', accentColor: '#2563EB' };
  const input = path.join(dir, 'scenario.json');
  writeFileSync(input, JSON.stringify(scenario));
  const out = path.join(dir, 'summary.html');
  execFileSync(cli, ['estimate', input, '--format', 'exec-summary', '--date', '2026-12-06', '--out', out]);
  return readFileSync(out, 'utf8');
}

function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

test('the executive summary prints to two pages with no table cut, and its pages are screenshotted', { skip: !existsSync(cli) && 'build the native CLI first' }, async () => {
  const html = summaryHtml();
  writeFileSync(artifactPath('exec-summary-pages.html'), html);
  assert.ok(html.includes('Prepared for Acme Retail'), 'the customer named');
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1.5 });
  await page.setContent(html, { waitUntil: 'load' });
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(artifactPath(`exec-summary-pages-${format}.pdf`), pdf);
    assert.equal(pdfPageCount(pdf), 2, `${format}: two printed pages`);
  }
  // In print layout every table fits its page's width (a wider one is clipped on paper).
  await page.emulateMedia({ media: 'print' });
  const overflowing = await page.evaluate(() => [...document.querySelectorAll('table')]
    .filter((t) => t.scrollWidth > t.closest('.page').clientWidth + 1)
    .map((t) => `${t.className || 'table'}: ${t.scrollWidth} > ${t.closest('.page').clientWidth}`));
  assert.deepEqual(overflowing, [], 'no table wider than its page');
  // The sources are numbered 1..n and the first is the AWS Price List.
  const numbers = await page.$$eval('table.sources tr td:first-child', (cells) => cells.map((c) => c.textContent));
  assert.deepEqual(numbers, numbers.map((_, i) => `[${i + 1}]`));
  assert.match(await page.textContent('table.sources tr:nth-child(1) td:nth-child(2)'), /^AWS Price List, us-east-1, on-demand, as of /);

  await page.emulateMedia({ media: 'screen' });
  const sections = await page.$$('section.page');
  assert.equal(sections.length, 2);
  for (let i = 0; i < sections.length; ++i) {
    const file = artifactPath(`executive-summary-page-${i + 1}.png`);
    await sections[i].screenshot({ path: file });
    if (process.env.EST_DOCS_IMAGES === '1') copyFileSync(file, path.join(repoRoot, `docs/images/executive-summary-page-${i + 1}.png`));
  }
  await page.close();
});
