// tests/e2e/ui_prices.test.mjs - the AWS prices in the UI: the region picker and each price table's date in the
// Assumptions panel, the sized instance type in the estate table, a region without loaded prices said so, and
// that region's catalogue file dropped on the page in place of the shipped prices.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { artifactPath, clickWidget, drawn, dropFile, openEstimator, readState, repoRoot, useEstimatorSite,
         waitForFrames, waitForState } from './harness.mjs';

const site = useEstimatorSite();

const widgetNames = (page) => page.evaluate(() => window.estimator.widgetNames());
// Names that embed what the canvas shows ("estate.row0.instance.m6i.large"): the suffix is the shown text.
const shownAfter = async (page, prefix) =>
  (await widgetNames(page)).filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length));

test('the Assumptions panel shows the region picker and table dates; the estate shows instance types', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await clickWidget(page, 'quick.adopt');
  await waitForFrames(page, 3);
  const adopted = await readState(page);
  assert.ok(adopted.result.ok, `the quick-size estate estimates: ${JSON.stringify(adopted.result.errors)}`);
  assert.equal(adopted.scenario.region, 'us-east-1');

  await clickWidget(page, 'nav.estate');
  await waitForFrames(page, 3);
  const types = await shownAfter(page, 'estate.row0.instance.');
  assert.equal(types.length, 1, 'the first row shows one instance type');
  assert.match(types[0], /^(db\.)?[a-z][a-z0-9-]*\.[a-z0-9]+$/, `an AWS instance type: ${types[0]}`);
  await page.screenshot({ path: artifactPath('prices-estate.png') });

  await clickWidget(page, 'nav.assumptions');
  await waitForFrames(page, 3);
  assert.ok(await drawn(page, 'assumptions.region'), 'the region picker is drawn');
  const dates = await shownAfter(page, 'assumptions.prices.asOf.');
  assert.equal(dates.length, 1);
  assert.match(dates[0], /^\d{4}-\d{2}-\d{2}$/, `the first table's as-of date: ${dates[0]}`);
  await page.screenshot({ path: artifactPath('prices-assumptions.png') });

  // A region whose tables this build does not carry: picked by name, then said so, and nothing is priced.
  await clickWidget(page, 'assumptions.region');
  await waitForFrames(page, 2);
  await clickWidget(page, 'assumptions.region.af-south-1');
  const unpriced = await waitForState(page, (s) => s.scenario.region === 'af-south-1', 'the region change');
  assert.equal(unpriced.result.ok, false, 'no prices, no estimate (instead of another region\'s figures)');
  await waitForFrames(page, 2);
  assert.ok(await drawn(page, 'assumptions.region.notLoaded'), 'the panel says the region is not loaded');
  await page.screenshot({ path: artifactPath('prices-region-not-loaded.png') });

  // Its catalogue file dropped on the page becomes the prices in use.
  const file = fs.readFileSync(path.join(repoRoot, 'assets/prices/af-south-1.json'));
  await dropFile(page, 'af-south-1.json', file, 'application/json');
  const priced = await waitForState(page, (s) => s.result.ok === true, 'an estimate from the dropped prices');
  assert.equal(priced.scenario.region, 'af-south-1');
  assert.ok(priced.notices.some((n) => JSON.stringify(n).includes('af-south-1.json')), 'a notice names the file');

  // Undo goes back to the shipped us-east-1 prices... and one more undo, to the region before the pick.
  await page.keyboard.press('Control+z');
  await waitForState(page, (s) => s.scenario.region === 'af-south-1' && s.result.ok === false, 'undo of the drop');
  await page.keyboard.press('Control+z');
  await waitForState(page, (s) => s.scenario.region === 'us-east-1' && s.result.ok === true, 'undo of the region');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
