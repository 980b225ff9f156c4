// tests/e2e/smoke.test.mjs - the page loads, draws the estimator with ImGui, logs no error and stays on its origin.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { artifactPath, differsFromClear, openEstimator, useEstimatorSite, widgetRect } from './harness.mjs';

const site = useEstimatorSite();

function countPixelsDifferingFromClear(png) {
  let differing = 0;
  for (let i = 0; i < png.data.length; i += 4) if (differsFromClear(png.data, i)) ++differing;
  return differing;
}

for (const scale of [1, 2]) {
  test(`the estimator draws its window on a canvas filling the page (devicePixelRatio ${scale})`, async () => {
    const { context, page, consoleErrors, requests } = await openEstimator(site.browser, site.server.url, { scale });
    const canvas = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight,
               overlayHidden: document.getElementById('overlay').classList.contains('hidden') };
    });
    assert.equal(canvas.cssWidth, 1280);
    assert.equal(canvas.cssHeight, 800);
    assert.equal(canvas.width, 1280 * scale, 'backing store follows devicePixelRatio');
    assert.equal(canvas.height, 800 * scale);
    assert.ok(canvas.overlayHidden, 'loading overlay is gone once the app runs');

    const shot = await page.screenshot({ path: artifactPath(`smoke-dpr${scale}.png`) });
    const png = PNG.sync.read(shot);
    const differing = countPixelsDifferingFromClear(png);
    assert.ok(differing > png.width * png.height * 0.01,
              `expected drawn pixels, only ${differing} of ${png.width * png.height} differ from the clear colour`);

    const title = await widgetRect(page, 'title');
    assert.ok(title.width > 50 && title.height > 8, `title widget has a size: ${JSON.stringify(title)}`);

    assert.deepEqual(consoleErrors, [], 'no console errors');
    const origin = new URL(site.server.url).origin;
    const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') &&
                                             !url.startsWith('blob:'));
    assert.deepEqual(foreign, [], 'every request went to the page\'s own origin');
    await context.close();
  });
}

test('the page follows the browser window when it is resized', async () => {
  const { context, page } = await openEstimator(site.browser, site.server.url);
  await page.setViewportSize({ width: 900, height: 600 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 900, null, { timeout: 10000 });
  const height = await page.evaluate(() => document.getElementById('canvas').height);
  assert.equal(height, 600);
  await context.close();
});
