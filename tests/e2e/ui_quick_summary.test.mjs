// tests/e2e/ui_quick_summary.test.mjs - the quick size's way out (issue 24): "Summary for your AWS partner" downloads
// the summary of the answers on the first click, leaving the workspace and the panel alone; a quick size that
// qualifies for nothing shows the gap to MAP Lite and what closes it instead of $0 funding tiles, and so does the
// workspace's Funding panel once adopted; the buttons' labels fit the column at 1366x768; "Copy a link" shares the
// answers without replacing the workspace.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, clickWidget, downloadByClicking, drawn, openEstimator, quickSizePaas, quickSizeTooSmall,
         readState, useEstimatorSite, waitForState, widgetRect } from './harness.mjs';

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

  // Each button's label lies inside its button: nothing reads "(print to PDF" cut off at 1366x768.
  for (const name of ['quick.summary', 'quick.share', 'quick.adopt']) {
    const button = await widgetRect(page, name);
    const label = await widgetRect(page, `${name}.label`);
    assert.ok(label.x >= button.x && label.x + label.width <= button.x + button.width,
              `${name}: label ${JSON.stringify(label)} inside the button ${JSON.stringify(button)}`);
  }

  // The link carries the answers; the workspace and the panel stay.
  await clickWidget(page, 'quick.share');
  const link = await page.waitForFunction(() => window.estimator.shareLink(), null, { timeout: 10000 })
    .then((h) => h.jsonValue());
  assert.ok(link.includes('#s='), link);
  const shared = await readState(page);
  assert.equal(shared.scenario.workloads, before.scenario.workloads, 'the link did not adopt the quick size');
  assert.equal(shared.undoDepth, before.undoDepth, 'nothing to undo: the workspace was not replaced');
  assert.equal(shared.panel, 'Quick size', 'still on the quick size after the link');
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

  // Adopted, the workspace's Funding panel tells the same: the gap and its routes, no $0 ladder, nothing "left on
  // the table" of money never on offer.
  await clickWidget(page, 'quick.adopt');
  await waitForState(page, (x) => x.result.ok && x.result.verdict === 'Not eligible', 'the adopted quick size');
  await page.evaluate(() => window.estimator.showPanel('funding'));
  await waitForState(page, (x) => x.panel === 'Funding', 'the Funding panel');
  await page.waitForFunction(() => window.estimator.widgetRect('funding.path') !== null, null, { timeout: 5000 });
  for (const name of ['funding.path', 'funding.gapPath', 'funding.route0', 'funding.arr', 'funding.gapChart'])
    assert.ok(await drawn(page, name), `${name} is drawn`);
  for (const name of ['funding.assess', 'funding.total', 'funding.leftOnTable', 'funding.quarters'])
    assert.equal(await drawn(page, name), null, `no ${name} for a case that qualifies for nothing`);
  await page.screenshot({ path: artifactPath('funding-not-eligible-1366x768.png') });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
