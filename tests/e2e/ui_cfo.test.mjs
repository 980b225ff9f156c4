// tests/e2e/ui_cfo.test.mjs - Share with your CFO: with a partner theme and a demo loaded, the menu's executive
// summary prints with Chromium to at most two pages (A4 and Letter) carrying the partner's name, and its Excel
// business case carries live formulas. The HTML and PDFs are kept as test artefacts.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { artifactPath, clickWidget, downloadByClicking, dropFile, openDemoThroughMenu, openEstimator, unzip,
         useEstimatorSite, waitForFrames, waitForState } from './harness.mjs';

const site = useEstimatorSite();

/** A 24 x 8 orange logo. */
function logoPng() {
  const png = new PNG({ width: 24, height: 8 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([255, 153, 0, 255], i);
  return PNG.sync.write(png);
}

/** Share with your CFO → the item; returns the download's bytes and suggested name, kept as an artefact. */
async function shareWithCfo(page, item) {
  await clickWidget(page, 'menu.cfo');
  return downloadByClicking(page, item, 'cfo-');
}

/** Page objects of a PDF ("/Type /Page", not "/Type /Pages"). */
function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

/** The PDF's Title from its information dictionary: a literal string or UTF-16BE hex. */
function pdfTitle(pdf) {
  const text = pdf.toString('latin1');
  const hex = text.match(/\/Title\s*<FEFF([0-9A-Fa-f]*)>/);
  if (hex) {
    const bytes = Buffer.from(hex[1], 'hex');
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
    return out;
  }
  const literal = text.match(/\/Title\s*\(((?:[^()\\]|\\.)*)\)/);
  return literal ? literal[1].replace(/\\(.)/g, '$1') : '';
}

test('the executive summary from the CFO menu prints to at most two pages with the partner on it', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  const theme = { format: 'estimator-partner-theme', partnerName: 'Acme Cloud', accentColor: '#FF9900',
                  logo: 'data:image/png;base64,' + logoPng().toString('base64') };
  await dropFile(page, 'acme-theme.json', JSON.stringify(theme), 'application/json');
  // Wait for the decoded logo: it moves the menus to the right when it appears.
  await waitForState(page, (s) => s.partner.name === 'Acme Cloud' && s.partner.logoTexture, 'the partner logo');
  await waitForFrames(page, 3);
  await openDemoThroughMenu(page, 'demo_onprem-400-vm.json');
  const loaded = await waitForState(page, (s) => s.scenario.workloads === 400 && s.result.ok, 'the 400-VM demo');

  // The summary opens ready to print: a new tab with the page, on which the app calls print once it has loaded.
  // Headless Chromium shows no dialog, so every page of this context counts its print() calls instead.
  await context.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => { window.__printCalls += 1; };
  });
  const printTab = context.waitForEvent('page', { timeout: 30000 });
  const summary = await shareWithCfo(page, 'menu.cfo.summary');
  assert.match(summary.name, /-executive-summary\.html$/);
  const tab = await printTab;
  await tab.waitForFunction(() => window.__printCalls === 1, null, { timeout: 20000 });
  assert.equal(await tab.textContent('#overview header .who'), 'Acme Cloud', 'the tab shows the summary itself');
  assert.ok(tab.url().startsWith('blob:'), `a local page, nothing uploaded: ${tab.url()}`);
  await tab.close();
  const html = summary.bytes.toString('utf8');
  assert.ok(html.includes('Prepared by Acme Cloud on '), 'prepared by the partner (no customer named: no "Prepared for")');
  assert.ok(html.includes('<img src="data:image/png;base64,'), 'the partner logo, inline');
  assert.ok(html.includes('replace with your figure'), 'the low-confidence defaults are flagged');
  assert.ok(!/projected arr/i.test(html), 'the buyer reads "your AWS spend per year", not "projected ARR"');
  const after = await waitForState(page, (s) => s.notices.some((n) => n.includes('to print or save as PDF')), 'the print hint');
  assert.ok(after.notices.some((n) => n.includes(summary.name)), JSON.stringify(after.notices));

  // Print it as a user would (Chromium's own PDF printing), on both paper sizes.
  const printer = await context.newPage();
  await printer.setContent(html, { waitUntil: 'load' });
  const pages = {};
  for (const format of ['A4', 'Letter']) {
    const pdf = await printer.pdf({ format, printBackground: true });
    writeFileSync(artifactPath(`cfo-executive-summary-${format}.pdf`), pdf);
    pages[format] = pdfPageCount(pdf);
    assert.ok(pages[format] >= 1 && pages[format] <= 2, `${format}: ${pages[format]} pages`);
    assert.match(pdfTitle(pdf), /prepared by Acme Cloud/, `${format}: the PDF's title names the partner`);
  }
  assert.equal(pages.A4, 2, 'the overview, then the assumptions');
  assert.equal(await printer.textContent('#overview header .who'), 'Acme Cloud');
  assert.equal(await printer.textContent('#assumptions header .who'), 'Acme Cloud');
  await printer.screenshot({ path: artifactPath('cfo-executive-summary.png'), fullPage: true });
  await printer.close();

  // The Excel business case from the same menu: the Summary sheet's totals are formulas.
  const xlsx = await shareWithCfo(page, 'menu.cfo.xlsx');
  assert.match(xlsx.name, /-business-case\.xlsx$/);
  const sheet = unzip(xlsx.bytes).get('xl/worksheets/sheet1.xml')?.toString('utf8') || '';
  const formulas = sheet.match(/<f>[^<]+<\/f><v>[^<]+<\/v>/g) || [];
  assert.ok(formulas.length >= 40, `${formulas.length} formula cells with cached values`);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
