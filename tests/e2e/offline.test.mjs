// tests/e2e/offline.test.mjs - delivery promises: works offline after one visit (service worker), and the
// single-file build works from file:// with no request leaving the file.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { artifactPath, launchBrowser, openDemoThroughMenu, openEstimator, serveSite, siteDir, waitForFrames, waitForState }
  from './harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('after one visit the estimator starts with the server stopped', async () => {
  const server = await serveSite();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const first = await openEstimator(browser, server.url, { context });
    // Wait until the service worker controls the page, i.e. the release is cached.
    await first.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    server.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await openEstimator(browser, server.url, { context });
    await waitForFrames(second.page, 3);
    await second.page.screenshot({ path: artifactPath('offline-second-visit.png') });
    assert.deepEqual(second.consoleErrors, [], 'no console errors while offline');
  } finally {
    server.stop();
    await context.close();
  }
});

test('the single-file build runs from file://, opens a demo it carries and makes no request outside the file', async () => {
  const file = path.join(siteDir, 'migration-funding-estimator.html');
  const url = pathToFileURL(file).href;
  const { context, page, consoleErrors, requests } = await openEstimator(browser, url);
  await page.screenshot({ path: artifactPath('single-file.png') });
  // The wasm does not embed the demos: the single file carries them in place of the site's demos/ folder.
  await openDemoThroughMenu(page, 'demo_saas-off-paas.json');
  await waitForState(page, (s) => s.scenario.name === 'SaaS off PaaS (Heroku to AWS)' && s.result.ok,
                     'the demo scenario, opened from inside the file');
  const outside = requests.filter((request) => request !== url && !request.startsWith('data:') &&
                                               !request.startsWith('blob:'));
  assert.deepEqual(outside, [], 'only the file itself (and data:/blob: URLs) were requested');
  assert.deepEqual(consoleErrors, [], 'no console errors (CSP violations would show here)');
  await context.close();
});

test('a new release replaces the cached one as a whole (service worker version is the content hash)', async () => {
  const { readFileSync } = await import('node:fs');
  const sw = readFileSync(path.join(siteDir, 'sw.js'), 'utf8');
  const version = /const VERSION = '([0-9a-f]{16})';/.exec(sw);
  assert.ok(version, 'sw.js carries a 16-hex-digit release hash, not the development placeholder');
});
