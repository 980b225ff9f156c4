// tests/e2e/ui_funding.test.mjs - the seeds' Heroku case in quick size: about $9K a month on Heroku, a partner's
// committed AWS spend of $11K a month. It must show MAP funding under at least one profile and say which; and the
// Funding panel lists the tagging plan.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, clickWidget, drawn, openEstimator, quickSizePaas, typeInto, useEstimatorSite, waitForFrames, waitForState,
         widgetRect } from './harness.mjs';

const site = useEstimatorSite();

test('quick size of the Heroku case shows funding and names its profile', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await clickWidget(page, 'quick.source.paas');
  await typeInto(page, 'quick.servers', 3);        // a monolith: web, worker, scheduler
  await typeInto(page, 'quick.databases', 1);      // Heroku Postgres
  await typeInto(page, 'quick.applications', 1);
  await typeInto(page, 'quick.spend', 9000);
  await typeInto(page, 'quick.committed', 11000);
  const s = await waitForState(page, (x) => x.quick.inputs.committedMonthlyUsd === 11000 && x.quick.ok && x.quick.months > 0,
                               'the quick-size answers with a committed spend');
  const q = s.quick;
  // 12 x $11,000 = $132,000: MAP Lite (not "Not eligible, $0" because of a server count).
  assert.ok(Math.abs(q.projectedArrUsd - 132000) < 0.01, `projected ARR ${q.projectedArrUsd}`);
  assert.equal(q.verdict, 'MAP Lite');
  assert.ok(q.funding.totalUsd > 0, 'funding under the headline profile');
  assert.ok(q.funding.profile.startsWith('program mechanics'), `the headline names its profile: ${q.funding.profile}`);
  assert.ok(q.fundingProfiles.publishedRules.totalUsd > 0, 'the rules of thumb fund it too');
  // Mobilize: 20 % x $132,000 = $26,400 at most (MAP Lite: one payment at Mobilize completion).
  assert.ok(q.funding.mobilizeUsd > 0 && q.funding.mobilizeUsd <= 26400 + 0.01, `Mobilize ${q.funding.mobilizeUsd}`);
  const line = await drawn(page, 'quick.profiles');
  assert.ok(line && line.width > 50, 'the line with both profiles is drawn');
  await page.screenshot({ path: artifactPath('funding-quick-heroku.png') });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the Funding panel lists the MAP tagging plan, most expensive workload first', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await quickSizePaas(page, 120);
  await clickWidget(page, 'quick.adopt');
  await waitForState(page, (x) => x.scenario.workloads === 122 && x.result.ok, 'the adopted estate');
  await page.evaluate(() => window.estimator.showPanel('funding'));
  await waitForFrames(page, 2);
  assert.equal(await drawn(page, 'funding.tagging.row0'), null, 'the plan starts folded');
  await clickWidget(page, 'funding.tagging');
  const row = await widgetRect(page, 'funding.tagging.row0');
  assert.ok(row.width > 0, 'the first row of the plan is drawn');
  await page.screenshot({ path: artifactPath('funding-tagging-plan.png') });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
