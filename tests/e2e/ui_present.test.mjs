// tests/e2e/ui_present.test.mjs - Present mode (issue 16): entered from the Present button and from the key P, it asks
// the browser for full screen from the user's own press; the six steps turn with the keys and the on-screen buttons;
// the headline figures are at least 64 px tall; the first Esc closes the details popup, the second leaves Present and
// full screen; a result that qualifies for nothing shows the "not eligible yet" path; a refused full screen is no
// error. The slides' layout at 1366x768, 1920x1080 and 2560x1440 is ui_present_scale.test.mjs's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, clickWidget, drawn, openCountingFullscreen, openDemoThroughMenu, openEstimator, quickSizeTooSmall,
         readState, useEstimatorSite, waitForFrames, waitForState, widgetRect } from './harness.mjs';

const site = useEstimatorSite();

const demoFile = 'demo_onprem-400-vm.json';

// A page whose screen is exactly the viewport, counting requestFullscreen calls.
const openOnScreen = (viewport) => openCountingFullscreen(site.browser, site.server.url, { screen: viewport });

const fullscreenState = (page) => page.evaluate(() => ({
  element: document.fullscreenElement ? document.fullscreenElement.tagName : null,
  requests: window.fullscreenRequests,
}));

const presentStep = async (page, step, what) =>
  waitForState(page, (x) => x.present.active && x.present.step === step, what || `Present at ${step}`);

test('Present from the button: full screen, six steps by keys and buttons, Esc closes the details then leaves', async (t) => {
  const viewport = { width: 1920, height: 1080 };
  const { context, page, consoleErrors } = await openOnScreen(viewport);
  await openDemoThroughMenu(page, demoFile);
  await waitForState(page, (x) => x.result.ok && x.panel === 'Overview', 'the demo on the overview');
  assert.deepEqual(await fullscreenState(page), { element: null, requests: 0 }, 'nothing asked for full screen yet');
  const workspaceFrame = await readState(page);

  await clickWidget(page, 'menu.present');
  await presentStep(page, 'Overview', 'Present from the button');
  // Asked for from the press itself, so the browser grants it (a refusal would leave Present in the window).
  await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 5000 });
  assert.deepEqual(await fullscreenState(page), { element: 'HTML', requests: 1 }, 'the page went full screen once');

  // Slide 1 is the overview: headline, four figures at 64 px or more, the badge.
  await waitForFrames(page, 3);
  for (let i = 0; i < 4; ++i) {
    const figure = await widgetRect(page, `present.figure${i}`);
    assert.ok(figure.height >= 64, `figure ${i} is ${figure.height} px tall (at least 64)`);
    assert.ok(figure.x + figure.width <= viewport.width, `figure ${i} fits the width`);
  }
  const headline = await widgetRect(page, 'present.headline');
  assert.ok(headline.height >= 40, `the headline sentence is ${headline.height} px tall (40 px type)`);
  assert.ok((await widgetRect(page, 'present.badge')).height >= 24, 'the badge reads at 24 px');
  // Every step's layout at three screen sizes is ui_present_scale.test.mjs's; here the keys and buttons turn them.

  // Forth and back with the keys and the on-screen buttons.
  await page.keyboard.press('ArrowRight');
  await presentStep(page, 'Today');
  await page.keyboard.press('End');
  await presentStep(page, 'Tracker');
  await page.keyboard.press('ArrowLeft');
  await presentStep(page, 'Plan');
  await page.keyboard.press('ArrowLeft');
  await presentStep(page, 'Funding');
  await page.keyboard.press('PageUp');
  await presentStep(page, 'On AWS');
  await page.keyboard.press('Home');
  await presentStep(page, 'Overview');
  await page.keyboard.press('End');
  await presentStep(page, 'Tracker');
  await clickWidget(page, 'present.prev');
  await presentStep(page, 'Plan', 'Previous button');
  await clickWidget(page, 'present.step1');
  await presentStep(page, 'Today', 'the step indicator');
  await clickWidget(page, 'present.next');
  await presentStep(page, 'On AWS', 'Next button');
  const timing = await readState(page);
  t.diagnostic(`frame in Present (On AWS): ${timing.lastFrameMs.toFixed(1)} ms (UI ${timing.lastUiMs.toFixed(1)} ms); ` +
               `on the overview before: ${workspaceFrame.lastFrameMs.toFixed(1)} ms (UI ${workspaceFrame.lastUiMs.toFixed(1)} ms)`);

  // The details popup is the topmost: the first Esc closes it, the second leaves Present and full screen.
  await clickWidget(page, 'present.details');
  await waitForState(page, (x) => x.present.active && x.present.details, 'the details popup');
  await waitForFrames(page, 2);
  assert.ok(await drawn(page, 'present.detailsWindow'), 'the details are drawn');
  await page.screenshot({ path: artifactPath('present-details-1920x1080.png') });
  await page.keyboard.press('Escape');
  await waitForState(page, (x) => !x.present.details, 'the first Esc closing the details');
  await waitForFrames(page, 3);
  assert.equal((await readState(page)).present.active, true, 'the first Esc did not leave Present');
  await page.keyboard.press('Escape');
  await waitForState(page, (x) => !x.present.active, 'the second Esc leaving Present');
  await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 5000 });
  await waitForFrames(page, 3);
  assert.equal((await readState(page)).panel, 'Overview', 'back on the panel Present started from');
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});

test('Present from the key P at 1366x768, never while typing in a field', async () => {
  const viewport = { width: 1366, height: 768 };
  const { context, page, consoleErrors } = await openOnScreen(viewport);
  // P typed into a field is a letter, not a command.
  await clickWidget(page, 'quick.servers');
  await page.keyboard.press('p');
  await waitForFrames(page, 3);
  assert.equal((await readState(page)).present.active, false, 'P in a text field does not present');
  await page.keyboard.press('Escape');
  await waitForFrames(page, 2);
  await clickWidget(page, 'quick.adopt');
  await waitForState(page, (x) => x.result.ok && x.panel === 'Overview', 'the quick size on the overview');
  assert.equal((await fullscreenState(page)).requests, 0);

  await page.keyboard.press('p');
  await presentStep(page, 'Overview', 'Present from the key P');
  await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 5000 });
  await waitForFrames(page, 3);
  const figure = await widgetRect(page, 'present.figure0');
  assert.ok(figure.height >= 64, `the first figure is ${figure.height} px tall`);
  await page.keyboard.press('Escape');
  await waitForState(page, (x) => !x.present.active, 'Esc leaving Present');
  await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 5000 });
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});

test('Present of a result that qualifies for nothing shows the "not eligible yet" path, not $0 of funding (devicePixelRatio 2)', async () => {
  const viewport = { width: 1366, height: 768 };
  const { context, page, consoleErrors } = await openCountingFullscreen(site.browser, site.server.url,
                                                                        { screen: viewport, scale: 2 });
  await quickSizeTooSmall(page);
  await clickWidget(page, 'quick.adopt');
  await waitForState(page, (x) => x.scenario.workloads === 1 && x.result.verdict === 'Not eligible', 'not eligible');

  await page.evaluate(() => window.estimator.setPresent(true));
  await presentStep(page, 'Overview');
  await waitForFrames(page, 3);
  assert.ok(await drawn(page, 'present.path'), 'slide 1 shows "Not eligible yet"');
  assert.ok(await drawn(page, 'present.gap'), 'with the gap in dollars a year');
  assert.equal(await drawn(page, 'present.figure3'), null, 'no $0 funding figure');
  // Rasterised at the device's density: 64 CSS pixels are 128 device pixels here.
  const figure = await widgetRect(page, 'present.figure0');
  assert.ok(figure.height >= 64, `the first figure is ${figure.height} CSS px tall at devicePixelRatio 2`);
  await page.screenshot({ path: artifactPath('present-not-eligible-overview-1366x768-dpr2.png') });
  // End, then two quick taps of one key: each tap is its own step, even within one frame.
  await page.keyboard.press('End');
  await presentStep(page, 'Tracker');
  // Two taps of the same key before the next frame are two steps (Tracker, Plan, Funding), not one: dispatched in
  // one task, so no frame can come between them.
  await page.evaluate(() => {
    for (let tap = 0; tap < 2; ++tap)
      for (const type of ['keydown', 'keyup']) {
        const event = new KeyboardEvent(type, { key: 'ArrowLeft', code: 'ArrowLeft', bubbles: true, cancelable: true });
        Object.defineProperty(event, 'keyCode', { get: () => 37 }); // what Emscripten's GLFW reads
        window.dispatchEvent(event);
      }
  });
  await presentStep(page, 'Funding', 'two quick ArrowLeft taps: two steps back, at Funding');
  await waitForFrames(page, 3);
  assert.ok(await drawn(page, 'present.item0'), 'the funding step lists what would close the gap');
  const gapChart = await drawn(page, 'present.gapChart');
  assert.ok(gapChart && gapChart.height > 100, 'and charts the AWS spend against MAP Lite\'s minimum');
  await page.screenshot({ path: artifactPath('present-not-eligible-funding-1366x768-dpr2.png') });
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});

test('a browser that refuses full screen leaves Present inside the window, without errors', async () => {
  const viewport = { width: 1366, height: 768 };
  const context = await site.browser.newContext({ viewport, screen: viewport });
  await context.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });
  const { page, consoleErrors } = await openEstimator(site.browser, site.server.url, { context });
  await clickWidget(page, 'quick.adopt');
  await waitForState(page, (x) => x.result.ok && x.panel === 'Overview', 'the quick size on the overview');
  await clickWidget(page, 'menu.present');
  await presentStep(page, 'Overview', 'Present without full screen');
  await page.keyboard.press('ArrowRight');
  await presentStep(page, 'Today');
  assert.equal(await page.evaluate(() => document.fullscreenElement), null, 'still in the window');
  const canvas = await page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().width);
  assert.equal(canvas, viewport.width, 'Present fills the window');
  await page.keyboard.press('Escape');
  await waitForState(page, (x) => !x.present.active, 'Esc leaving Present');
  assert.deepEqual(consoleErrors, [], 'the refusal is not an error');
  await context.close();
});
