// tests/e2e/ui_prices.test.mjs - the AWS prices in the UI: the region picker and each price table's date in the
// Assumptions panel, the sized instance type in the estate table, another region's prices fetched from the site's
// own files; in the single-file build a region without loaded prices said so, and its file dropped on the page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { artifactPath, clickWidget, drawn, dropFile, openEstimator, readState, repoRoot, siteDir, useEstimatorSite,
         waitForFrames, waitForState, widgetRect } from './harness.mjs';

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
  assert.deepEqual(await shownAfter(page, 'assumptions.prices.asOf.'), [], 'the price tables are folded at first');
  await clickWidget(page, 'assumptions.prices.tables');
  await waitForFrames(page, 3);
  const dates = await shownAfter(page, 'assumptions.prices.asOf.');
  assert.equal(dates.length, 1);
  assert.match(dates[0], /^\d{4}-\d{2}-\d{2}$/, `the first table's as-of date: ${dates[0]}`);
  await page.screenshot({ path: artifactPath('prices-assumptions.png') });

  // A region whose tables the app does not carry: picked by name, its tables come from the site's own files.
  await clickWidget(page, 'assumptions.region');
  await waitForFrames(page, 2);
  await clickWidget(page, 'assumptions.region.af-south-1');
  const priced = await waitForState(page, (s) => s.scenario.region === 'af-south-1' && s.result.ok === true,
                                    'an estimate from the fetched af-south-1 prices');
  assert.ok(priced.notices.some((n) => n.includes('Africa (Cape Town) loaded from this site (prices/af-south-1.json)')),
            JSON.stringify(priced.notices));
  assert.notEqual(priced.result.targetMonthlyUsd, adopted.result.targetMonthlyUsd, 'priced at Cape Town rates');
  assert.equal(priced.undoLabel, 'Set AWS region to af-south-1', 'fetching prices is not an undo step');
  await page.screenshot({ path: artifactPath('prices-region-fetched.png') });
  // One undo goes back to us-east-1 and its figures.
  await page.keyboard.press('Control+z');
  const back = await waitForState(page, (s) => s.scenario.region === 'us-east-1' && s.result.ok === true, 'undo of the region');
  assert.equal(back.result.targetMonthlyUsd, adopted.result.targetMonthlyUsd);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the single-file build says it carries us-east-1 only, and a dropped region file prices that region', async () => {
  const url = pathToFileURL(path.join(siteDir, 'migration-funding-estimator.html')).href;
  const { context, page, consoleErrors } = await openEstimator(site.browser, url);
  await clickWidget(page, 'quick.adopt');
  await waitForState(page, (s) => s.result.ok === true, 'the adopted estate');
  await clickWidget(page, 'nav.assumptions');
  await waitForFrames(page, 3);
  await clickWidget(page, 'assumptions.region');
  await waitForFrames(page, 2);
  await clickWidget(page, 'assumptions.region.af-south-1');
  const unpriced = await waitForState(page, (s) => s.scenario.region === 'af-south-1', 'the region change');
  assert.equal(unpriced.result.ok, false, 'no prices, no estimate (instead of another region\'s figures)');
  await widgetRect(page, 'assumptions.region.notLoaded');
  await page.screenshot({ path: artifactPath('prices-region-not-loaded.png') });

  // Its catalogue file dropped on the page adds that region's prices.
  const file = fs.readFileSync(path.join(repoRoot, 'assets/prices/af-south-1.json'));
  await dropFile(page, 'af-south-1.json', file, 'application/json');
  const priced = await waitForState(page, (s) => s.result.ok === true, 'an estimate from the dropped prices');
  assert.equal(priced.scenario.region, 'af-south-1');
  assert.ok(priced.notices.some((n) => JSON.stringify(n).includes('af-south-1.json')), 'a notice names the file');

  // Undo takes the dropped prices back... and one more undo, the region.
  await page.keyboard.press('Control+z');
  await waitForState(page, (s) => s.scenario.region === 'af-south-1' && s.result.ok === false, 'undo of the drop');
  await page.keyboard.press('Control+z');
  await waitForState(page, (s) => s.scenario.region === 'us-east-1' && s.result.ok === true, 'undo of the region');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
