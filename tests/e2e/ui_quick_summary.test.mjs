// tests/e2e/ui_quick_summary.test.mjs - the quick size's way out (issue 24): "Summary for your AWS partner" downloads
// the summary of the answers on the first click, leaving the workspace and the panel alone; a quick size that
// qualifies for nothing shows the gap to MAP Lite and what closes it instead of $0 funding tiles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, downloadByClicking, drawn, openEstimator, quickSizePaas, quickSizeTooSmall, readState,
         useEstimatorSite } from './harness.mjs';

const site = useEstimatorSite();

/** The text of an HTML file with the entities the summary writer uses turned back into characters. */
function htmlText(bytes) {
  return bytes.toString('utf8').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

test('the first click on "Summary for your AWS partner" downloads the quick size\'s headline, workspace untouched',
     async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url,
                                                               { viewport: { width: 1366, height: 768 } });
  const before = await readState(page);
  const answered = await quickSizePaas(page);
  assert.ok(answered.quick.headline.length > 20, `the quick size has a headline: ${answered.quick.headline}`);
  const file = await downloadByClicking(page, 'quick.summary', 'quick-summary-');
  assert.match(file.name, /executive-summary\.html$/);
  const text = htmlText(file.bytes);
  assert.ok(text.includes(answered.quick.headline), `the first file carries the headline "${answered.quick.headline}"`);
  assert.ok(!text.includes('Add your estate'), 'not the empty-workspace summary');
  const after = await readState(page);
  assert.equal(after.scenario.workloads, before.scenario.workloads, 'the workspace keeps its estate');
  assert.equal(after.scenario.name, before.scenario.name, 'the workspace keeps its scenario');
  assert.equal(after.panel, 'Quick size', 'still on the quick size');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a quick size that qualifies for nothing shows the gap and the way to close it, not $0 funding tiles', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url,
                                                               { viewport: { width: 1366, height: 768 } });
  const s = await quickSizeTooSmall(page);
  assert.equal(s.quick.verdict, 'Not eligible');
  assert.equal(s.quick.notEligible, true);
  assert.match(s.quick.gapText, /MAP funding starts at \$[\d.,]+K? a year \(MAP Lite\): .* a year short\./);
  for (const name of ['quick.path', 'quick.gapPath']) {
    const r = await drawn(page, name);
    assert.ok(r && r.width > 20, `${name} is drawn`);
  }
  for (const name of ['quick.assess', 'quick.mobilize', 'quick.credits', 'quick.total'])
    assert.equal(await drawn(page, name), null, `no $0 tile ${name}`);
  await page.screenshot({ path: artifactPath('quick-not-eligible-1366x768.png') });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
