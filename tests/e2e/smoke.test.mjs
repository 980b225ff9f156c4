// tests/e2e/smoke.test.mjs - the page loads, draws the estimator with ImGui, logs no error and stays on its origin.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { artifactPath, differsFromClear, openEstimator, useEstimatorSite, waitForFrames, widgetRect } from './harness.mjs';

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

test('a frame asks WebGL for none of the state the app set itself (each such query waited for the GPU)', async () => {
  // ImGui's backend reads back the scissor box and the blend state on every draw; the platform answers from what was
  // set (gl_state_shadow.cpp). In Chromium each of these WebGL queries is a round trip to the GPU process, and the
  // first waited for it to finish the last frame. Counted from the fourth frame on (the first draws set them).
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const setByTheApp = new Set([0x0c10, 0x80c8, 0x80c9, 0x80ca, 0x80cb, 0x8009, 0x883d]); // SCISSOR_BOX, BLEND_*
    const getParameter = WebGL2RenderingContext.prototype.getParameter;
    window.stateQueries = [];
    WebGL2RenderingContext.prototype.getParameter = function countedGetParameter(name) {
      if (setByTheApp.has(name)) window.stateQueries.push(name);
      return getParameter.call(this, name);
    };
  });
  const { page, consoleErrors } = await openEstimator(site.browser, site.server.url, { context });
  const asked = await page.evaluate(() => window.stateQueries.length);
  assert.ok(asked > 0, 'the counter sees the queries of the first frames');
  await page.evaluate(() => { window.stateQueries = []; });
  await waitForFrames(page, 10);
  assert.deepEqual(await page.evaluate(() => window.stateQueries), [], 'no scissor or blend query after the first frames');
  const shot = PNG.sync.read(await page.screenshot());
  assert.ok(countPixelsDifferingFromClear(shot) > shot.width * shot.height * 0.01, 'the frames still draw');
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});
