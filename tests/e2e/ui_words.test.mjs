// tests/e2e/ui_words.test.mjs - words for the buyer (issue 16): an empty panel offers the three ways in instead of
// zeros, Help > Glossary defines the program's terms, the overview is in the page's DOM for screen readers and the
// browser's find, and the page allows zoom.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clickWidget, drawn, openDemoThroughMenu, openEstimator, readState, useEstimatorSite, waitForFrames,
         waitForState } from './harness.mjs';

const site = useEstimatorSite();

test('an empty estate offers the three ways in, and Quick size is one click away', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url,
                                                               { viewport: { width: 1366, height: 768 } });
  // First open: no verdict for an empty workspace, neither in the side bar nor as a badge on the empty overview;
  // the status line keeps no keyboard hints (they are in Help and on hover).
  await waitForFrames(page, 3);
  assert.equal(await drawn(page, 'sidebar.verdict'), null, 'no side-bar verdict on the quick size');
  await clickWidget(page, 'nav.overview');
  await waitForState(page, (x) => x.panel === 'Overview', 'the empty overview');
  await waitForFrames(page, 3);
  assert.equal(await drawn(page, 'overview.badge'), null, 'no "Not eligible yet" badge before anything is loaded');
  assert.equal(await drawn(page, 'sidebar.verdict'), null, 'no side-bar verdict for an empty workspace');
  const status = await drawn(page, 'status.line');
  assert.ok(status && status.width < 700, `the status line is short: ${JSON.stringify(status)}`);
  await clickWidget(page, 'nav.funding');
  await waitForFrames(page, 3);
  for (const name of ['waysin.import', 'waysin.demo', 'waysin.quick'])
    assert.ok(await drawn(page, name), `${name} is offered on the empty Funding panel`);
  assert.equal(await drawn(page, 'funding.assess'), null, 'no $0 funding tiles without an estate');
  await clickWidget(page, 'waysin.quick');
  await waitForState(page, (s) => s.panel === 'Quick size', 'Quick size after its button');
  // It opens on labelled example answers that qualify, the answer first as a sentence, and its calls to action
  // for the customer's AWS partner.
  await waitForFrames(page, 3);
  for (const name of ['quick.example', 'quick.headline', 'quick.summary', 'quick.share'])
    assert.ok(await drawn(page, name), `${name} is on the quick-size screen`);

  await clickWidget(page, 'nav.tco');
  await waitForFrames(page, 3);
  await clickWidget(page, 'waysin.demo');
  const s = await waitForState(page, (x) => x.scenario.workloads > 0 && x.result.ok && x.panel === 'Overview',
                               'the demo from the empty panel, on the overview');
  assert.ok(s.scenario.workloads > 0);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the overview is in the page for screen readers and find; the page allows zoom; Help has a glossary', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url,
                                                               { viewport: { width: 1366, height: 768 } });
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  assert.ok(!/user-scalable\s*=\s*no/.test(viewport) && !/maximum-scale\s*=\s*1(\D|$)/.test(viewport),
            `the page can be zoomed (${viewport})`);

  await openDemoThroughMenu(page, 'demo_onprem-400-vm.json');
  const s = await waitForState(page, (x) => x.result.ok && x.panel === 'Overview', 'the demo on the overview');
  await waitForFrames(page, 3);
  const region = page.locator('#business-case');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  assert.equal(await region.locator('h2').textContent(), s.overview.headline, 'the headline, word for word');
  assert.equal(await region.locator('ul li').count(), 5, 'four figures and the MAP badge');
  assert.equal(await region.locator('ol li').count(), s.overview.nextSteps.length, 'every next step, numbered');
  assert.match(await region.locator('ul li').first().textContent(), /\$[\d.,]+[KMB]?/);

  await clickWidget(page, 'menu.help');
  await clickWidget(page, 'menu.glossary');
  await waitForFrames(page, 3);
  for (const term of ['MAP Lite', 'Assess', 'Mobilize', 'credits', 'map-migrated', 'p95', 'P10 / P50 / P90'])
    assert.ok(await drawn(page, `glossary.${term}`), `the glossary defines ${term}`);
  // At least half the screen wide (its filter spans the window, less the padding), so definitions read as lines.
  const filter = await drawn(page, 'glossary.filter');
  const viewportWidth = page.viewportSize().width;
  assert.ok(filter && filter.width > viewportWidth * 0.45, `the glossary is ${filter && filter.width} px of ${viewportWidth}`);
  assert.equal((await readState(page)).result.ok, true);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
