// tests/e2e/ui_overview.test.mjs - the business case overview (issue 16): a demo and a quick size land on it with
// their headline; a result that qualifies for nothing shows the "not eligible yet" path with the gap in dollars a
// year; screenshots of the overview at 1920x1080 and 1366x768 are kept as artefacts; every tile's caption and note
// read whole (wrapped inside the tile, never cut with "...") at 1366x768 and 1920x1080.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, clickWidget, drawn, openDemoThroughMenu, openEstimator, quickSizePaas, quickSizeTooSmall,
         resizeViewport, useEstimatorSite, waitForFrames, waitForState, widgetRect } from './harness.mjs';

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
  await resizeViewport(page, small);
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

/**
 * Every tile on screen: its caption and note (named <tile>.caption / <tile>.note, the text as drawn, wrapped) lie
 * inside the tile (<tile>.box) less its 1 px border, so no word is cut or clipped, in body-size type (a line at
 * least 15 px), on two lines at most. Returns the names of the tiles checked.
 */
async function assertTileTextWhole(page, where) {
  await waitForFrames(page, 3);
  const names = await page.evaluate(() => window.estimator.widgetNames());
  const tiles = new Set();
  const heights = [];
  for (const name of names) {
    const part = /^(.*)\.(caption|note)$/.exec(name);
    if (!part) continue;
    const [text, box] = [await drawn(page, name), await drawn(page, `${part[1]}.box`)];
    if (!text || !box) continue; // not on this screen
    const what = `${where}: ${name} ${JSON.stringify(text)} in its tile ${JSON.stringify(box)}`;
    assert.ok(text.x >= box.x + 1 && text.x + text.width <= box.x + box.width - 1, `${what}: within the width`);
    assert.ok(text.y >= box.y + 1 && text.y + text.height <= box.y + box.height - 1, `${what}: within the height`);
    assert.ok(text.height >= 15, `${what}: body-size type`);
    heights.push([name, text.height]);
    tiles.add(part[1]);
  }
  // The shortest text is one line (every screen with tiles has a one-line caption).
  const oneLine = Math.min(...heights.map(([, height]) => height));
  for (const [name, height] of heights)
    assert.ok(height < oneLine * 2.5, `${where}: ${name} is ${height} px, more than two lines of ${oneLine} px`);
  return [...tiles];
}

test('every tile caption and note reads whole at 1366x768 and 1920x1080 (wrapped, never cut)', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url,
                                                               { viewport: { width: 1366, height: 768 } });
  // The quick size opens on its example answers: three answer tiles and the four funding tiles, a quarter of a
  // narrow column each ("Assess complete with the customer's sign-off (paid to the partner)" was cut there).
  await waitForState(page, (x) => x.panel === 'Quick size', 'the quick size');
  const quick = await assertTileTextWhole(page, 'quick size 1366');
  for (const tile of ['quick.runrate', 'quick.arr', 'quick.verdict', 'quick.assess', 'quick.mobilize', 'quick.credits'])
    assert.ok(quick.includes(tile), `${tile} checked on the quick size: ${quick.join(', ')}`);
  await page.screenshot({ path: artifactPath('tiles-quick-1366x768.png') });

  await openDemoThroughMenu(page, demoFile);
  await waitForState(page, (x) => x.scenario.name === demoName && x.result.ok && x.panel === 'Overview',
                     'the demo on the overview');
  for (const viewport of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await resizeViewport(page, viewport);
    const size = `${viewport.width}x${viewport.height}`;
    await clickWidget(page, 'nav.overview');
    const overview = await assertTileTextWhole(page, `overview ${size}`);
    for (let i = 0; i < 4; ++i) assert.ok(overview.includes(`overview.figure${i}`), `figure ${i} checked at ${size}`);
    await page.screenshot({ path: artifactPath(`tiles-overview-${size}.png`) });
    for (const [panel, tile] of [['today', 'today.perYear'], ['tco', 'tco.payback'], ['funding', 'funding.assess']]) {
      await clickWidget(page, `nav.${panel}`);
      const checked = await assertTileTextWhole(page, `${panel} ${size}`);
      assert.ok(checked.includes(tile), `${tile} checked at ${size}: ${checked.join(', ')}`);
    }
    await page.screenshot({ path: artifactPath(`tiles-funding-${size}.png`) });
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
