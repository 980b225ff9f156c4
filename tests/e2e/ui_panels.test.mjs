// tests/e2e/ui_panels.test.mjs - every panel draws with data, and a screenshot of each is saved as an artefact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, clickWidget, openEstimator, readState, useEstimatorSite, waitForFrames } from './harness.mjs';

const site = useEstimatorSite();

const panels = ['overview', 'estate', 'dispositions', 'assumptions', 'tco', 'funding', 'eligibility', 'compare', 'uncertainty'];

for (const presenter of [false, true]) {
  test(`each panel draws a screenful from the quick-size estate${presenter ? ' in presenter mode' : ''}`, async () => {
    const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
    if (presenter) {
      await page.evaluate(() => window.estimator.setPresenter(true));
      await waitForFrames(page, 3);
    }
    await page.screenshot({ path: artifactPath(`panel-quick${presenter ? '-presenter' : ''}.png`) });
    await clickWidget(page, 'quick.adopt');
    await waitForFrames(page, 3);
    const s = await readState(page);
    assert.ok(s.scenario.workloads > 0, 'the quick-size estate is in the workspace');
    assert.ok(s.result.ok, `the workspace result is valid: ${JSON.stringify(s.result.errors)}`);
    for (const panel of panels) {
      await clickWidget(page, `nav.${panel}`);
      if (panel === 'compare') {
        if (!presenter) {
          await clickWidget(page, 'compare.pin');
          await clickWidget(page, 'compare.variants');
        }
      }
      await waitForFrames(page, 4);
      const now = await readState(page);
      assert.equal(now.panel.toLowerCase().replace(/ /g, ''), panel === 'tco' ? 'tco' : panel);
      await page.screenshot({ path: artifactPath(`panel-${panel}${presenter ? '-presenter' : ''}.png`) });
    }
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
}
