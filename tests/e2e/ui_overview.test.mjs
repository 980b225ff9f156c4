// tests/e2e/ui_overview.test.mjs - the business case overview (issue 16): a demo and a quick size land on it with
// their headline; a result that qualifies for nothing shows the "not eligible yet" path with the gap in dollars a
// year; screenshots of the overview at 1920x1080 and 1366x768 are kept as artefacts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, clickWidget, openDemoThroughMenu, openEstimator, quickSizePaas, quickSizeTooSmall, useEstimatorSite,
         waitForFrames, waitForState, widgetRect } from './harness.mjs';

const site = useEstimatorSite();

// settings.name and horizon of assets/demo_onprem-400-vm.json.
const demoFile = 'demo_onprem-400-vm.json';
const demoName = 'On-premises estate, 400 VMs';

/** The overview's headline, four figures, badge, bridge and first next step are drawn inside the viewport. */
async function assertOverviewDrawn(page, viewport) {
  for (const name of ['overview.headline', 'overview.badge', 'overview.figure0', 'overview.figure1', 'overview.figure2',
                      'overview.figure3', 'overview.bridge', 'overview.step0']) {
    const r = await widgetRect(page, name);
    assert.ok(r.width > 10 && r.height > 5, `${name} is drawn`);
    assert.ok(r.x >= 0 && r.x + r.width <= viewport.width + 1, `${name} fits the width (${JSON.stringify(r)})`);
  }
}

test('a demo lands on the overview with its one-sentence headline (1920x1080 and 1366x768)', async () => {
  const viewport = { width: 1920, height: 1080 };
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url, { viewport });
  await openDemoThroughMenu(page, demoFile);
  const s = await waitForState(page, (x) => x.scenario.name === demoName && x.result.ok && x.panel === 'Overview',
                               'the demo on the overview');
  // "Moving N workloads to AWS ... over 5 years; AWS funds $X; payback Mon YYYY." in the buyer's words.
  assert.match(s.overview.headline, /^Moving \d+ workloads to AWS/);
  assert.match(s.overview.headline, / over 5 years; /);
  assert.match(s.overview.headline, /; (payback [A-Z][a-z]{2} \d{4}|no payback within 5 years|nothing goes live within 5 years)\.$/);
  assert.ok(!s.overview.headline.includes('ARR'), 'no "projected ARR" in the headline');
  if (s.result.verdict === 'Not eligible') assert.ok(s.overview.notEligible);
  else assert.match(s.overview.headline, /; AWS funds \$[\d.]+[KMB]?; /);
  assert.ok(s.overview.nextSteps.length > 0, 'numbered next steps');
  await waitForFrames(page, 3);
  await assertOverviewDrawn(page, viewport);
  await page.screenshot({ path: artifactPath('overview-demo-1920x1080.png') });

  const small = { width: 1366, height: 768 };
  await page.setViewportSize(small);
  await waitForFrames(page, 6);
  await assertOverviewDrawn(page, small);
  await page.screenshot({ path: artifactPath('overview-demo-1366x768.png') });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a quick size adopted lands on the overview with its headline', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url,
                                                               { viewport: { width: 1366, height: 768 } });
  await quickSizePaas(page, 120);
  await clickWidget(page, 'quick.adopt');
  const s = await waitForState(page, (x) => x.scenario.workloads === 122 && x.result.ok && x.panel === 'Overview',
                               'the adopted quick size on the overview');
  assert.notEqual(s.result.verdict, 'Not eligible', 'this quick size is funded (see ui_workflows)');
  assert.equal(s.overview.notEligible, false);
  assert.match(s.overview.headline, /^Moving \d+ workloads to AWS .* over 5 years; AWS funds \$/);
  const headline = await widgetRect(page, 'overview.headline');
  assert.ok(headline.width > 200, 'the headline is drawn');
  await page.screenshot({ path: artifactPath('overview-quick-1366x768.png') });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a result that qualifies for nothing shows the "not eligible yet" path with the gap in dollars a year', async () => {
  const viewport = { width: 1920, height: 1080 };
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url, { viewport });
  await quickSizeTooSmall(page);
  await clickWidget(page, 'quick.adopt');
  const s = await waitForState(page, (x) => x.scenario.workloads === 1 && x.result.ok && x.panel === 'Overview',
                               'the small estate on the overview');
  assert.equal(s.result.verdict, 'Not eligible');
  assert.equal(s.result.funding.totalUsd, 0);
  assert.equal(s.overview.notEligible, true);
  assert.equal(s.overview.badge, 'Not eligible yet');
  // MAP Lite starts at $100,000 of AWS spend a year (assets/defaults.json): the gap is 100,000 - this spend.
  const expectedGap = 100000 - s.result.projectedArrUsd;
  assert.ok(Math.abs(s.overview.gapUsdPerYear - expectedGap) < 1e-6, `gap ${s.overview.gapUsdPerYear} vs ${expectedGap}`);
  assert.match(s.overview.gapText, /a year short\.$/);
  assert.match(s.overview.headline, /not eligible for AWS funding yet \(\$[\d,]+ a year more AWS spend would qualify\)/);
  assert.ok(s.overview.nextSteps.some((step) => /more workload/.test(step)), JSON.stringify(s.overview.nextSteps));
  await waitForFrames(page, 3);
  for (const name of ['overview.path', 'overview.gap', 'overview.step0']) {
    const r = await widgetRect(page, name);
    assert.ok(r.width > 10, `${name} is drawn`);
  }
  await page.screenshot({ path: artifactPath('overview-not-eligible-1920x1080.png') });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
