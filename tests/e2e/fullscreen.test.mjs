// tests/e2e/fullscreen.test.mjs - a page exactly the screen's size (F11, kiosk, a presentation display): the canvas
// fills it at full density, ImGui draws all of it, nothing is logged, the app never asks for full screen by itself
// and the DOM stays the same size however many frames pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { artifactPath, differsFromClear, openCountingFullscreen, useEstimatorSite, waitForFrames,
         widgetRect } from './harness.mjs';

const site = useEstimatorSite();

// How long to watch: at least 5 s and 10 frames (the defect added one <div> per frame; SwiftShader at
// devicePixelRatio 2 on a busy machine draws only a few frames a second).
const watchMs = 5000;
const watchFrames = 10;

const cases = [
  { name: 'a 1920x1080 screen at devicePixelRatio 1', screen: { width: 1920, height: 1080 }, scale: 1 },
  { name: 'a 1280x800 screen at devicePixelRatio 2', screen: { width: 1280, height: 800 }, scale: 2 },
  // Not screen-sized, but its backing store (960x540 x 2) equals the screen's CSS size: the size Emscripten's
  // GLFW took as a full-screen request.
  { name: 'a half-screen window at devicePixelRatio 2', screen: { width: 1920, height: 1080 }, scale: 2,
    viewport: { width: 960, height: 540 } },
];

// What the page looks like now: the window, the canvas element and its backing store, and the DOM's size.
const pageGeometry = (page) => page.evaluate(() => {
  const canvas = document.getElementById('canvas');
  const rect = canvas.getBoundingClientRect();
  return {
    innerWidth: window.innerWidth, innerHeight: window.innerHeight,
    screenWidth: window.screen.width, screenHeight: window.screen.height,
    rect: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
    backing: { width: canvas.width, height: canvas.height },
    display: window.estimator.displaySize(),
    parentIsBody: canvas.parentElement === document.body,
    fullscreenElement: document.fullscreenElement ? document.fullscreenElement.tagName : null,
    elements: document.getElementsByTagName('*').length,
    fullscreenRequests: window.fullscreenRequests,
  };
});

// A new page in a context with this screen, viewport and devicePixelRatio, counting full-screen requests.
const openOnScreen = ({ screen, viewport, scale }) =>
  openCountingFullscreen(site.browser, site.server.url, { screen, viewport, scale });

function assertFillsPage(g, viewport, scale, when) {
  assert.deepEqual(g.rect, { left: 0, top: 0, width: viewport.width, height: viewport.height },
                   `${when}: the canvas fills the page`);
  assert.deepEqual(g.backing, { width: viewport.width * scale, height: viewport.height * scale },
                   `${when}: backing store = CSS size x devicePixelRatio ${scale} (not stretched)`);
  assert.deepEqual(g.display, g.backing, `${when}: ImGui lays out and draws the whole backing store`);
  assert.ok(g.parentIsBody, `${when}: the canvas is not wrapped in another element`);
  assert.equal(g.fullscreenElement, null, `${when}: nothing went full screen`);
  assert.equal(g.fullscreenRequests, 0, `${when}: the app requested full screen ${g.fullscreenRequests} times`);
}

for (const c of cases) {
  test(`full screen: ${c.name} gets a sharp canvas filling the page, no errors and a constant DOM`, async (t) => {
    const viewport = c.viewport || c.screen;
    const { context, page, consoleErrors } = await openOnScreen({ ...c, viewport });

    const first = await pageGeometry(page);
    if (!c.viewport) {
      assert.equal(first.innerWidth, first.screenWidth, 'the page is exactly as wide as the screen');
      assert.equal(first.innerHeight, first.screenHeight, 'the page is exactly as tall as the screen');
    }
    const watchStart = Date.now();
    const framesBefore = await page.evaluate(() => window.estimator.frameCount());
    await waitForFrames(page, watchFrames);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, watchMs - (Date.now() - watchStart))));
    const last = await pageGeometry(page);
    const watched = `${(await page.evaluate(() => window.estimator.frameCount())) - framesBefore} frames`;
    t.diagnostic(`${watched} in ${Date.now() - watchStart} ms; DOM ${first.elements} -> ${last.elements} elements`);

    assertFillsPage(first, viewport, c.scale, 'after loading');
    assertFillsPage(last, viewport, c.scale, `after ${watched} more`);
    assert.equal(last.elements, first.elements, `the DOM stays at ${first.elements} elements over ${watched}`);

    // Laid out to the right and bottom edges: no band where the app drew nothing. The canvas is cleared to the
    // window colour, so the probes are what a smaller layout would stop short of: the menu bar's background at the
    // right edge, and the status line on the bottom edge.
    const shot = PNG.sync.read(await page.screenshot({
      path: artifactPath(`fullscreen-${viewport.width}x${viewport.height}-dpr${c.scale}.png`) }));
    assert.equal(shot.width, viewport.width * c.scale, 'the screenshot is taken at device pixels');
    const menuBar = await widgetRect(page, 'title');
    const menuRow = Math.round((menuBar.y + menuBar.height / 2) * c.scale);
    assert.ok(differsFromClear(shot.data, (menuRow * shot.width + shot.width - 2) * 4),
              'the menu bar runs to the right edge');
    const status = await widgetRect(page, 'status.line');
    const gap = viewport.height - (status.y + status.height);
    assert.ok(gap >= 0 && gap < status.height * 2,
              `the status line sits on the bottom edge (${gap.toFixed(0)} CSS px above it)`);

    assert.deepEqual(consoleErrors, [], 'no console errors');
    await context.close();
  });
}

// What F11 does to a maximised window: the page grows to the screen's size, later shrinks back.
test('full screen: a window that grows to the screen\'s size and back keeps a sharp canvas', async () => {
  const screen = { width: 1920, height: 1080 };
  const windowed = { width: 1920, height: 960 };
  const { context, page, consoleErrors } = await openOnScreen({ screen, viewport: windowed, scale: 1 });
  const elements = (await pageGeometry(page)).elements;
  for (const [viewport, when] of [[screen, 'in full screen'], [windowed, 'back in the window']]) {
    await page.setViewportSize(viewport);
    await page.waitForFunction((height) => document.getElementById('canvas').height === height, viewport.height,
                               { timeout: 10000 });
    await waitForFrames(page, watchFrames);
    const g = await pageGeometry(page);
    assertFillsPage(g, viewport, 1, when);
    assert.equal(g.elements, elements, `${when}: the DOM stays at ${elements} elements`);
  }
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});
