// tests/e2e/ui_scroll.test.mjs - the mouse wheel scrolls the estate table (10,000 rows) in the right direction.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, openEstimator, readState, useEstimatorSite, waitForFrames, waitForState, widgetRect }
  from './harness.mjs';

const site = useEstimatorSite();

test('the mouse wheel over a 10,000-row estate scrolls it down and back up', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await page.evaluate(() => { window.estimator.loadSynthetic(10000, 7); window.estimator.showPanel('estate'); });
  await waitForState(page, (x) => x.scenario.workloads === 10000 && x.panel === 'Estate', 'the synthetic estate');
  const row = await widgetRect(page, 'estate.row0');
  assert.equal((await readState(page)).estate.firstVisibleRow, 0);

  // Three notches down (Chromium: 100 px each) over the table.
  await page.mouse.move(row.x + row.width / 2, row.y + row.height * 4);
  await waitForFrames(page, 2);
  for (let i = 0; i < 3; ++i) {
    await page.mouse.wheel(0, 100);
    await waitForFrames(page, 2);
  }
  const down = await waitForState(page, (x) => x.estate.firstVisibleRow > 0, 'the table scrolled down');
  // A notch scrolls a few rows (ImGui: 5 lines of text per notch), not the whole table.
  assert.ok(down.estate.firstVisibleRow < 100, `first visible row ${down.estate.firstVisibleRow}`);
  await page.screenshot({ path: artifactPath('estate-wheel-scrolled.png') });

  // One notch back up moves the top row back towards the start.
  await page.mouse.wheel(0, -100);
  const up = await waitForState(page, (x) => x.estate.firstVisibleRow < down.estate.firstVisibleRow, 'scrolled back up');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
