// tests/e2e/ui_panels.test.mjs - every panel draws with data, and a screenshot of each is saved as an artefact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, clickWidget, openEstimator, readState, useEstimatorSite, waitForFrames, widgetRect } from './harness.mjs';

const site = useEstimatorSite();

// Side-bar key -> the panel's name and one widget only that panel draws from data: the story (1 Overview ... 6 Tracker,
// empty until a billing file is dropped),
// then Data and Tools.
const panels = {
  overview: ['Overview', 'overview.bridge'], today: ['Today', 'today.chart'], tco: ['On AWS', 'tco.yearly'],
  funding: ['Funding', 'funding.quarters'], eligibility: ['Eligibility', 'eligibility.verdict'], waves: ['Plan', 'waves.plan'],
  tracker: ['Tracker', 'tracker.empty'],
  estate: ['Estate', 'estate.row0'], dispositions: ['Dispositions', 'dispositions.rehost.count'],
  assumptions: ['Assumptions', 'assumptions.filter'], compare: ['Compare', 'compare.variants'],
  uncertainty: ['Uncertainty', 'uncertainty.band'],
};

test('each panel draws a screenful from the quick-size estate', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await page.screenshot({ path: artifactPath('panel-quick.png') });
  await clickWidget(page, 'quick.adopt');
  await waitForFrames(page, 3);
  const s = await readState(page);
  assert.ok(s.scenario.workloads > 0, 'the quick-size estate is in the workspace');
  assert.ok(s.result.ok, `the workspace result is valid: ${JSON.stringify(s.result.errors)}`);
  for (const [panel, [name, marker]] of Object.entries(panels)) {
    await clickWidget(page, `nav.${panel}`);
    if (panel === 'compare') {
      await clickWidget(page, 'compare.pin');
      await clickWidget(page, 'compare.variants');
    }
    await waitForFrames(page, 4);
    const now = await readState(page);
    assert.equal(now.panel, name);
    // Drawn in this frame (the locator forgets what is no longer on screen), with an area, inside the window.
    const rect = await widgetRect(page, marker);
    assert.ok(rect.width > 0 && rect.height > 0 && rect.y < 800, `${name} draws ${marker}: ${JSON.stringify(rect)}`);
    if (panel === 'compare') { // the variants against the pinned scenario, and the better one named
      await page.waitForFunction(() => window.estimator.widgetRect('compare.better') !== null, null, { timeout: 10000 });
      assert.ok(await widgetRect(page, 'compare.delta1'), 'the first variant\'s savings against the pinned scenario');
    }
    await page.screenshot({ path: artifactPath(`panel-${panel}.png`) });
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
