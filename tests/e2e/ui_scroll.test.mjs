// tests/e2e/ui_scroll.test.mjs - the mouse wheel scrolls the estate table (10,000 rows) in the right direction.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { artifactPath, launchBrowser, openEstimator, serveSite, waitForFrames, widgetRect } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serveSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const state = (page) => page.evaluate(() => JSON.parse(window.estimator.stateJson()));

async function waitForState(page, predicate, what, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await state(page);
    if (predicate(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out waiting for ${what}; last state: ${JSON.stringify(last).slice(0, 600)}`);
}

test('the mouse wheel over a 10,000-row estate scrolls it down and back up', async () => {
  const { context, page, consoleErrors } = await openEstimator(browser, server.url);
  await page.evaluate(() => { window.estimator.loadSynthetic(10000, 7); window.estimator.showPanel('estate'); });
  await waitForState(page, (x) => x.scenario.workloads === 10000 && x.panel === 'Estate', 'the synthetic estate');
  const row = await widgetRect(page, 'estate.row0');
  assert.equal((await state(page)).estate.firstVisibleRow, 0);

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
  assert.ok(up.estate.firstVisibleRow >= 0);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
