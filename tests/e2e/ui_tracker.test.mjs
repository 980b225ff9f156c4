// tests/e2e/ui_tracker.test.mjs - the credit tracker in the browser: a public sample CUR and a tagged variant dropped
// on the page (streamed into wasm), the figures the Tracker step reads, the untagged-resources CSV it downloads,
// Remove and Undo, and Cancel during a large file (the tracker keeps what it had).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sampleCur, writePlannedBill, writeTaggedVariant } from './billing_samples.mjs';
import { parseCsv } from './csv_text.mjs';
import { artifactPath, clickWidget, downloadByClicking, drawn, dropFile, openDemoThroughMenu, openEstimator, readState,
         useEstimatorSite, waitForFrames, waitForState, waitForValue, widgetRect } from './harness.mjs';

const site = useEstimatorSite();

const trackerJson = (page) => page.evaluate(() => window.estimator.trackerJson());

// Waits until the tracker (summarised as its files are) satisfies `predicate`.
const waitForTracker = (page, predicate, what) =>
  waitForValue(() => trackerJson(page), (x) => x.current && predicate(x), what, 30000);

test('billing exports dropped on the page fill the Tracker step, and its CSV lists what to tag', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url, {
    viewport: { width: 1366, height: 768 } });
  await clickWidget(page, 'nav.tracker');
  assert.ok(await drawn(page, 'tracker.empty'), 'the empty Tracker says which file to export');

  // The public sample as it is: one month (2023-11), no tags, no resource IDs.
  await dropFile(page, 'legacy-cur_usage-tax_focus-converters.csv', readFileSync(sampleCur), 'text/csv');
  let t = await waitForTracker(page, (x) => x.files.length === 1 && x.loading === null, 'the sample read');
  assert.equal(t.files[0].lines, 1281, 'every data row of the sample is read (1,269 Usage + 12 Tax)');
  assert.deepEqual(t.files[0].months, ['2023-11']);
  assert.equal(t.summary.format, 'cur');
  assert.equal(t.summary.totals.taggedEligibleUsd, 0, 'nothing in the sample carries the MAP tag');
  assert.ok(t.summary.totals.eligibleUsd > 0);
  assert.equal(t.summary.totals.untaggedEligibleUsd, t.summary.totals.eligibleUsd);
  assert.equal((await readState(page)).panel, 'Tracker', 'a dropped billing file shows the Tracker step');

  // Remove it, then Undo.
  await waitForFrames(page, 3);
  await clickWidget(page, 'tracker.remove0');
  t = await waitForTracker(page, (x) => x.files.length === 0, 'the file removed');
  assert.equal(t.undoLabel, 'Remove legacy-cur_usage-tax_focus-converters.csv');
  await waitForFrames(page, 3);
  await clickWidget(page, 'tracker.undo');
  t = await waitForTracker(page, (x) => x.files.length === 1, 'the sample back');
  const sampleEligible = t.summary.totals.eligibleUsd;

  // The tagged variant (athena_summary_sql.test.mjs): the sample plus an S3 bucket tagged mig12345 (unblended 40 at
  // net 36, and 10 with no net: 46 of tagged eligible spend), an untagged Glue job (25), a MAP credit of 12.5 and a
  // refund of 3. Its report name differs from the sample's, so both count: the sample's spend adds to it.
  const dir = mkdtempSync(path.join(tmpdir(), 'est-tracker-'));
  const variant = writeTaggedVariant(path.join(dir, 'tagged-cur.csv'));
  await dropFile(page, 'tagged-cur.csv', readFileSync(variant), 'text/csv');
  t = await waitForTracker(page, (x) => x.files.length === 2 && x.loading === null, 'the tagged variant read');
  const totals = t.summary.totals;
  assert.equal(totals.taggedEligibleUsd, 46);           // 36 + 10
  assert.equal(totals.mapCreditsUsd, 12.5);
  assert.equal(totals.otherCreditsUsd, 3);
  // The variant holds the sample's lines too: its eligible spend is the sample's twice, + 46 tagged + 25 (Glue).
  assert.ok(Math.abs(totals.eligibleUsd - (2 * sampleEligible + 46 + 25)) < 0.02, `eligible ${totals.eligibleUsd}`);
  const etl = t.summary.untaggedResources.find((r) => r.resourceId === 'etl-nightly');
  assert.ok(etl, 'the untagged Glue job is listed');
  assert.equal(etl.eligibleUsd, 25);
  const mig = t.summary.tagValues.find((v) => v.value === 'mig12345');
  assert.deepEqual([mig.valid, mig.usd], [true, 46]);

  // What the step draws, and the CSV a cloud team feeds to its tagging script.
  await waitForFrames(page, 3);
  for (const widget of ['tracker.eligible', 'tracker.tagged', 'tracker.credits', 'tracker.atStake',
                        'tracker.spendChart', 'tracker.creditsChart', 'tracker.untaggedHeading'])
    assert.ok(await drawn(page, widget), `${widget} is drawn`);
  await page.screenshot({ path: artifactPath('tracker-1366x768.png') });
  // The list of resources to tag is further down the panel.
  const text = await widgetRect(page, 'tracker.reforecast');
  await page.mouse.move(text.x + text.width / 2, text.y + text.height / 2);
  await page.mouse.wheel(0, 600);
  await waitForFrames(page, 4);
  assert.ok(await drawn(page, 'tracker.untagged.row0'), 'the untagged resources are listed');
  const { name, bytes } = await downloadByClicking(page, 'tracker.downloadUntagged', 'tracker-');
  assert.equal(name, 'untagged-resources.csv');
  const [header, ...rows] = parseCsv(bytes.toString('utf8'));
  assert.deepEqual(header, ['account_id', 'resource_id', 'service', 'product_code', 'name_tag', 'eligible_usd', 'tag_key',
                            'tag_value']);
  const etlRow = rows.find((r) => r[1] === 'etl-nightly');
  assert.ok(etlRow, 'the Glue job is in the CSV');
  assert.equal(Number(etlRow[5]), 25);
  assert.equal(etlRow[6], 'map-migrated');

  // Both files in one drop (the parts of a month come together): read one after the other, the same figures.
  await page.mouse.wheel(0, -2000); // back to the top of the panel
  await waitForFrames(page, 4);
  await clickWidget(page, 'tracker.clear');
  await waitForTracker(page, (x) => x.files.length === 0, 'every file removed');
  await page.evaluate(([names, contents]) => {
    const transfer = new DataTransfer();
    names.forEach((fileName, i) => transfer.items.add(new File([contents[i]], fileName, { type: 'text/csv' })));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true,
                                                                           cancelable: true }));
  }, [['legacy-cur_usage-tax_focus-converters.csv', 'tagged-cur.csv'],
      [readFileSync(sampleCur, 'utf8'), readFileSync(variant, 'utf8')]]);
  const both = await waitForTracker(page, (x) => x.files.length === 2 && x.loading === null, 'two files from one drop');
  assert.deepEqual(both.files.map((f) => f.fileName), ['legacy-cur_usage-tax_focus-converters.csv', 'tagged-cur.csv']);
  assert.deepEqual(both.summary.totals, totals, 'the same figures as the two drops');
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});

test('a large billing file shows rows read and bytes left, and Cancel keeps what the tracker had', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await clickWidget(page, 'nav.tracker');
  await dropFile(page, 'small.csv', readFileSync(sampleCur), 'text/csv');
  await waitForTracker(page, (x) => x.files.length === 1 && x.loading === null, 'the first file read');

  // About 330 MB (3 million lines) of legacy CUR made in the page (no transfer from the test), dropped like a user's file.
  await page.evaluate(() => {
    const header = 'bill/PayerAccountId,bill/BillingPeriodStartDate,lineItem/UsageAccountId,lineItem/LineItemType,' +
      'lineItem/UsageStartDate,lineItem/ProductCode,lineItem/UsageType,lineItem/ResourceId,lineItem/UnblendedCost\n';
    const block = [];
    for (let i = 0; i < 10000; ++i)
      block.push(`111122223333,2026-01-01T00:00:00Z,111122223333,Usage,2026-01-05T00:00:00Z,AmazonEC2,BoxUsage:m5.large,i-${i},0.096\n`);
    const blockText = block.join('');
    const parts = [header];
    for (let i = 0; i < 300; ++i) parts.push(blockText);
    const transfer = new DataTransfer();
    transfer.items.add(new File(parts, 'large-cur.csv', { type: 'text/csv' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  const reading = await waitForTracker(page, (x) => x.loading !== null && x.loading.rowsRead > 0, 'reading under way');
  assert.equal(reading.loading.fileName, 'large-cur.csv');
  assert.ok(reading.loading.bytesLeft > 0, 'bytes left while reading');
  await waitForFrames(page, 2);
  const bar = await widgetRect(page, 'tracker.progress');
  assert.ok(bar.width > 100, 'the progress bar is drawn');
  await page.screenshot({ path: artifactPath('tracker-progress.png') });
  await clickWidget(page, 'tracker.cancel');
  const after = await waitForTracker(page, (x) => x.loading === null, 'the reading cancelled');
  assert.deepEqual(after.files.map((f) => f.fileName), ['small.csv'], 'only the file read before is kept');
  const notices = (await readState(page)).notices;
  assert.ok(notices.some((n) => n.startsWith('Cancelled: large-cur.csv was not read')), notices.join(' | '));
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});

test('with the plan open, the Tracker compares the bill with its forecast, by quarter and by workload', async () => {
  const viewport = { width: 1366, height: 768 };
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url, { viewport });
  await openDemoThroughMenu(page, 'demo_onprem-400-vm.json');
  await waitForState(page, (x) => x.result.ok && x.scenario.workloads === 400, 'the 400-VM demo');
  const dir = mkdtempSync(path.join(tmpdir(), 'est-tracker-'));
  const bill = writePlannedBill(path.join(dir, 'map-migrated-report-1.csv'));
  await dropFile(page, 'map-migrated-report-1.csv', readFileSync(bill), 'text/csv');
  const t = await waitForTracker(page, (x) => x.files.length === 1 && x.loading === null && x.hasForecast,
                                 'the bill read against the plan');
  const q3 = t.summary.quarters.find((q) => q.quarter === '2027-Q3');
  assert.ok(q3 && q3.forecastTaggedEligibleUsd > 0, `the plan forecasts tagged spend for 2027-Q3: ${JSON.stringify(q3)}`);
  assert.ok(q3.taggedEligibleUsd > 0);
  // Every third instance carries no tag; each is matched to its planned workload by its Name tag.
  const untaggedWorkloads = t.summary.workloads.filter((w) => w.untaggedEligibleUsd > 0);
  assert.ok(untaggedWorkloads.length > 0, 'workloads live on the bill without a tag are named');
  const malformed = t.summary.tagValues.find((v) => v.value === 'MIG-12345');
  assert.equal(malformed.valid, false, 'a malformed value earns nothing');
  await waitForFrames(page, 3);
  assert.ok(await drawn(page, 'tracker.reforecast'), 'the re-forecast against the plan is said');
  await page.screenshot({ path: artifactPath('tracker-plan-1366x768.png') });
  // Its Present slide.
  await page.evaluate(() => window.estimator.setPresent(true));
  await page.keyboard.press('End');
  await waitForState(page, (x) => x.present.active && x.present.step === 'Tracker', 'the Tracker slide');
  await waitForFrames(page, 3);
  for (const widget of ['present.headline', 'present.figure0', 'present.figure3', 'present.chart'])
    assert.ok(await drawn(page, widget), `${widget} is on the slide`);
  await page.screenshot({ path: artifactPath('present-tracker-1366x768.png') });
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});
