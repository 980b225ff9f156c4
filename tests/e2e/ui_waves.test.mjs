// tests/e2e/ui_waves.test.mjs - wave planning as a user does it: drop an inventory, drop a dependency export,
// plan the waves, see them on the timeline, undo the plan.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { artifactPath, clickWidget, dropFile, openEstimator, repoRoot, useEstimatorSite, waitForFrames, waitForState,
         widgetRect } from './harness.mjs';

const site = useEstimatorSite();

// An AWS Migration Hub import file: the Ordering application (two web servers), its SQL Server database, a DNS
// server and a non-production test server, with the IP addresses the dependency export names.
const header = 'ExternalId,IPAddress,HostName,CPU.NumberOfProcessors,RAM.TotalSizeInMB,OS.Name,OS.Version,Applications,Tags';
const inventoryCsv = [
  header,
  'ord-web01,10.20.1.11,ord-web01,2,8192,Windows Server,2019,Ordering,env:prod',
  'ord-web02,10.20.1.12,ord-web02,2,8192,Windows Server,2019,Ordering,env:prod',
  'ord-sql01,10.20.2.21,ord-sql01,4,32768,Windows Server,2019,,env:prod',
  'dns01,10.20.0.5,dns01,2,4096,Windows Server,2019,,env:prod',
  'test-web01,10.20.5.5,test-web01,2,8192,Ubuntu,22.04,Ordering test,env:dev',
].join('\n') + '\n';

// Azure Migrate agentless dependency export (classic headers): ord-web01 and ord-web02 call ord-sql01 on 1433
// (a hard dependency), ord-web01 asks dns01 on 53 (infrastructure, set aside).
const dependencyCsv = readFileSync(path.join(repoRoot, 'tests/io/data/dependencies/azure_agentless_classic.csv'));

// Opens the page, drops the inventory and the dependency export, and shows the Waves panel.
async function openWithDependencies(options = {}) {
  const opened = await openEstimator(site.browser, site.server.url, options);
  const { page } = opened;
  await dropFile(page, 'migration-hub-import.csv', inventoryCsv, 'text/csv');
  const imported = await waitForState(page, (x) => x.scenario.workloads === 5, 'the dropped inventory');
  await dropFile(page, 'azure-dependencies.csv', dependencyCsv, 'text/csv');
  const withEdges = await waitForState(page, (x) => x.scenario.dependencies > 0, 'the dropped dependencies');
  assert.ok(withEdges.revision > imported.revision);
  assert.ok(withEdges.notices.some((n) => n.includes('azure-dependencies.csv')), JSON.stringify(withEdges.notices));
  await page.evaluate(() => window.estimator.showPanel('waves'));
  await waitForFrames(page, 2);
  const before = await waitForState(page, (x) => x.panel === 'Plan', 'the Plan (waves) panel');
  return { ...opened, withEdges, before };
}

test('an inventory and a dependency export dropped on the page plan into waves, and undo takes the plan back', async () => {
  const { context, page, consoleErrors, withEdges, before } = await openWithDependencies();
  await clickWidget(page, 'waves.plan');
  const planned = await waitForState(page, (x) => x.undoLabel === 'Plan waves', 'the planned waves');
  // The default ramp puts the non-production test server in the pilot wave, ahead of Ordering and its database.
  assert.ok(planned.scenario.waves.length >= 2, JSON.stringify(planned.scenario.waves));
  assert.ok(planned.result.ok);
  assert.ok(planned.notices.some((n) => n.startsWith('Planned ')), JSON.stringify(planned.notices));
  await waitForFrames(page, 2);
  const timeline = await widgetRect(page, 'waves.timeline');
  assert.ok(timeline.width > 200 && timeline.height > 20, `the timeline is drawn: ${JSON.stringify(timeline)}`);
  // Each wave's bar carries its groups, inside the timeline (the axis fitted to the plan, not a sliver of 5 years).
  for (let w = 0; w < planned.scenario.waves.length; ++w) {
    const bar = await widgetRect(page, `waves.timeline.bar${w}`);
    assert.ok(bar.width > 10 && bar.x >= timeline.x && bar.x + bar.width <= timeline.x + timeline.width + 1,
              `wave ${w + 1}'s groups on the timeline: ${JSON.stringify(bar)} in ${JSON.stringify(timeline)}`);
  }
  // The move groups are listed as the plan runs: the pilot's (wave 1) at the top.
  const [row0, row1] = [await widgetRect(page, 'waves.groupRow0'), await widgetRect(page, 'waves.groupRow1')];
  const pilotRow = await widgetRect(page, 'waves.group.Ordering test');
  assert.equal(pilotRow.y, row0.y, 'the non-production pilot group is listed first');
  assert.ok(row1.y > row0.y);
  await page.screenshot({ path: artifactPath('waves-planned.png') });

  // One Ctrl+Z takes the whole plan back.
  await page.keyboard.press('Control+z');
  const undone = await waitForState(page, (x) => x.revision > planned.revision, 'the undo');
  assert.deepEqual(undone.scenario.waves, before.scenario.waves);
  assert.equal(undone.scenario.dependencies, withEdges.scenario.dependencies, 'the dependencies stay');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('marking the web servers\' database dependencies soft splits Ordering from its database on the next plan', async () => {
  // Tall enough that a selected group's dependencies show below the move groups without scrolling.
  const { context, page, consoleErrors } = await openWithDependencies({ viewport: { width: 1280, height: 1400 } });
  await clickWidget(page, 'waves.plan');
  // Move groups: Ordering with ord-sql01 (hard, SQL Server port 1433), dns01, test-web01.
  const planned = await waitForState(page, (x) => x.undoLabel === 'Plan waves', 'the planned waves');
  assert.ok(planned.notices.some((n) => n.includes('for 3 move groups')), JSON.stringify(planned.notices));

  await clickWidget(page, 'waves.group.Ordering (+1 linked)'); // ord-sql01 joins by its hard edges
  const edgeIndex = (source) => planned.scenario.edges.findIndex((e) => e.source === source && e.target === 'ord-sql01');
  const web01 = edgeIndex('ord-web01');
  const web02 = edgeIndex('ord-web02'); // the export names it by IP only (10.20.1.12)
  assert.ok(web01 >= 0 && web02 >= 0, JSON.stringify(planned.scenario.edges));
  assert.equal(planned.scenario.edges[web01].kind, 'hard');
  await clickWidget(page, `waves.edge.${web01}.soft`);
  await waitForState(page, (x) => x.scenario.edges[web01].kind === 'soft' && x.undoLabel === 'Mark ord-web01 -> ord-sql01 soft',
                     'ord-web01 -> ord-sql01 marked soft');
  await clickWidget(page, `waves.edge.${web02}.soft`);
  const marked = await waitForState(page, (x) => x.scenario.edges[web02].kind === 'soft', 'ord-web02 -> ord-sql01 marked soft');
  assert.deepEqual(marked.scenario.waves, planned.scenario.waves, 'marking an edge does not re-plan by itself');
  await waitForFrames(page, 2);
  await page.screenshot({ path: artifactPath('waves-edge-soft.png') });

  // The next plan re-groups: ord-sql01 becomes a move group of its own.
  await clickWidget(page, 'waves.plan');
  const replanned = await waitForState(page, (x) => x.undoLabel === 'Plan waves' && x.revision > marked.revision, 'the new plan');
  assert.ok(replanned.notices.some((n) => n.includes('for 4 move groups')), JSON.stringify(replanned.notices));

  // Undo takes back the plan, then the second mark; the first stays.
  await page.keyboard.press('Control+z');
  await waitForState(page, (x) => x.revision > replanned.revision && x.undoLabel.startsWith('Mark ord-web02'), 'the plan undone');
  await page.keyboard.press('Control+z');
  const undone = await waitForState(page, (x) => x.scenario.edges[web02].kind === 'hard', 'the second mark undone');
  assert.equal(undone.scenario.edges[web01].kind, 'soft');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
