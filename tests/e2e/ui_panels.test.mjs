// tests/e2e/ui_panels.test.mjs - every panel draws with data, and a screenshot of each is saved as an artefact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, clickWidget, openEstimator, readState, useEstimatorSite, waitForFrames } from './harness.mjs';

const site = useEstimatorSite();

// Side-bar key -> the panel's name: the story (1 Overview ... 5 Plan), then Data and Tools.
const panels = {
  overview: 'Overview', today: 'Today', tco: 'On AWS', funding: 'Funding', eligibility: 'Eligibility', waves: 'Plan',
  estate: 'Estate', dispositions: 'Dispositions', assumptions: 'Assumptions', compare: 'Compare', uncertainty: 'Uncertainty',
};

test('each panel draws a screenful from the quick-size estate', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await page.screenshot({ path: artifactPath('panel-quick.png') });
  await clickWidget(page, 'quick.adopt');
  await waitForFrames(page, 3);
  const s = await readState(page);
  assert.ok(s.scenario.workloads > 0, 'the quick-size estate is in the workspace');
  assert.ok(s.result.ok, `the workspace result is valid: ${JSON.stringify(s.result.errors)}`);
  for (const [panel, name] of Object.entries(panels)) {
    await clickWidget(page, `nav.${panel}`);
    if (panel === 'compare') {
      await clickWidget(page, 'compare.pin');
      await clickWidget(page, 'compare.variants');
    }
    await waitForFrames(page, 4);
    const now = await readState(page);
    assert.equal(now.panel, name);
    await page.screenshot({ path: artifactPath(`panel-${panel}.png`) });
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
