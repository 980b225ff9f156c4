// tests/e2e/ui_workflows.test.mjs - the user journeys in headless Chromium, driven through real widgets:
// quick size, drag-and-drop import, disposition -> funding -> undo, autosave across reload, share link.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, clickWidget, drawn, dropFile, openEstimator, quickSizePaas, readState, typeInto, useEstimatorSite,
         waitForFrames, waitForState, widgetRect } from './harness.mjs';

const site = useEstimatorSite();


test('quick size answers at once for known inputs (PaaS, 10 servers, 2 databases, $9,000 a month)', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  const s = await quickSizePaas(page);
  // The partner's rate card starts at the defaults: $200 per server moved as is, $16,500 per application replatformed.
  assert.deepEqual(s.quick.inputs, { servers: 10, databases: 2, applications: 3, monthlySpendUsd: 9000,
                                     committedMonthlyUsd: 0, rehostUsdPerServer: 200, replatformUsdPerApplication: 16500,
                                     source: 2 });
  const rateCard = await widgetRect(page, 'quick.rateCard');
  assert.ok(rateCard.width > 20 && rateCard.height > 10, 'the rate card is offered (folded)');
  const q = s.quick;
  // Today's cost of a PaaS estate is its bill: $9,000 a month, spread over the 12 workloads.
  assert.ok(Math.abs(q.todayMonthlyUsd - 9000) < 1e-6, `today ${q.todayMonthlyUsd}`);
  assert.ok(q.projectedArrUsd > 0, 'a projected ARR');
  // Verdict against the default ARR floors: MAP Lite from $100,000, MAP from $500,000, borderline from the
  // $5,000-a-month practical floor (assets/defaults.json).
  const expectedVerdict = q.projectedArrUsd >= 500000 ? 'MAP' : q.projectedArrUsd >= 100000 ? 'MAP Lite'
    : q.projectedArrUsd >= 60000 ? 'Borderline' : 'Not eligible';
  assert.equal(q.verdict, expectedVerdict);
  if (q.verdict !== 'Not eligible') {
    // Program mechanics (the headline): Mobilize is at most 20 % of projected ARR; something is funded.
    assert.ok(q.funding.profile.startsWith('program mechanics'), q.funding.profile);
    assert.ok(q.funding.mobilizeUsd <= 0.20 * q.projectedArrUsd + 0.01, 'Mobilize is at most 20 % of ARR');
    assert.ok(q.funding.totalUsd > 0, 'funding under the headline profile');
  } else {
    assert.equal(q.funding.totalUsd, 0, 'nothing is funded when not eligible');
    const gap = await widgetRect(page, 'quick.gap');
    assert.ok(gap.width > 50, 'the gap to the next threshold is shown');
  }
  // Funding tiles only when something is funded; otherwise the "Not eligible yet" path stands in their place.
  const fundingWidgets = q.verdict === 'Not eligible' ? ['quick.path', 'quick.gapPath']
    : ['quick.assess', 'quick.mobilize', 'quick.credits'];
  for (const tile of ['quick.runrate', 'quick.arr', 'quick.verdict', ...fundingWidgets, 'quick.tco']) {
    const rect = await widgetRect(page, tile);
    assert.ok(rect.width > 20 && rect.height > 10, `${tile} is drawn`);
  }
  // More spend today -> the same AWS run-rate (sizing is from the estate), larger savings: answers follow typing.
  await typeInto(page, 'quick.servers', 60);
  const bigger = await waitForState(page, (x) => x.quick.inputs.servers === 60 && x.quick.projectedArrUsd > q.projectedArrUsd,
                                    'the answers to follow the server count');
  assert.ok(bigger.quick.targetMonthlyUsd > q.targetMonthlyUsd);
  await page.screenshot({ path: artifactPath('workflow-quick-size.png') });
  // One click carries the answers into the workspace.
  await clickWidget(page, 'quick.adopt');
  const adopted = await waitForState(page, (x) => x.scenario.workloads === 62 && x.result.ok, 'the adopted scenario');
  assert.equal(adopted.result.projectedArrUsd, bigger.quick.projectedArrUsd);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

const vinfoCsv = [
  'VM,Powerstate,Template,SRM Placeholder,Config status,DNS Name,Connection state,Guest state,Heartbeat,CPUs,Memory,' +
    'NICs,Disks,Provisioned MiB,In Use MiB,Unshared MiB,Annotation,Datacenter,Cluster,Host,' +
    'OS according to the configuration file,OS according to the VMware Tools,VM ID,VM UUID',
  'app-web-01,poweredOn,False,False,green,web01.corp,connected,running,green,4,"16,384",1,2,"204,800","102,400","102,400",' +
    'Web tier,DC1,Prod,esx01.corp,Microsoft Windows Server 2019 (64-bit),Microsoft Windows Server 2019 (64-bit),vm-101,4201a',
  'app-db-01,poweredOn,False,False,green,db01.corp,connected,running,green,8,"65,536",1,3,"1,048,576","524,288","524,288",' +
    '"SQL, primary",DC1,Prod,esx02.corp,Microsoft Windows Server 2016 (64-bit),Microsoft Windows Server 2016 (64-bit),vm-102,4201b',
  'legacy-ftp,poweredOff,False,False,green,ftp.corp,connected,notRunning,gray,1,"2,048",1,1,"40,960","10,240","10,240",' +
    ',DC1,Prod,esx02.corp,CentOS 6 (64-bit),,vm-103,4201c',
  'tmpl-rhel8,poweredOff,True,False,green,,connected,notRunning,gray,2,"4,096",1,1,"20,480","0","0",,DC1,Prod,esx01.corp,' +
    'Red Hat Enterprise Linux 8 (64-bit),,vm-104,4201d',
].join('\r\n') + '\r\n';

test('dropping an RVTools vInfo CSV on the page fills the estate', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await dropFile(page, 'RVTools_export_vInfo.csv', vinfoCsv, 'text/csv');
  // Three VMs; the template row is not a workload.
  const s = await waitForState(page, (x) => x.scenario.workloads === 3, 'the dropped inventory in the estate');
  assert.equal(s.panel, 'Overview', 'an import lands on the business case overview');
  // Two VMs move; the powered-off one is proposed for retirement.
  assert.match(s.overview.headline, /^Moving 2 workloads to AWS and retiring 1 /);
  // The import card: 3 rows in, the template left out with its reason, legacy-ftp (powered off) proposed for retirement.
  assert.equal(s.scenario.name, 'RVTools export vInfo', 'a first import names the scenario after its file, underscores as spaces');
  assert.deepEqual(s.lastImport, { fileName: 'RVTools_export_vInfo.csv', imported: 3, skipped: 1,
                                   skippedReasons: ['1 VM template (not a workload)'], notes: s.lastImport.notes,
                                   proposedRetirements: 1 });
  for (const widget of ['importCard', 'importCard.imported', 'importCard.skipped', 'importCard.retirements'])
    await widgetRect(page, widget);
  await page.screenshot({ path: artifactPath('import-card.png') });
  // The import is said once: the card says it, so the status line leaves out the notice that says the same (it
  // stays in the app's notices, and shows again where the card is not drawn).
  const importNotice = s.notices.findIndex((n) => n.startsWith('Imported RVTools_export_vInfo.csv'));
  assert.ok(importNotice >= 0, JSON.stringify(s.notices));
  assert.ok(s.notices.length <= 3, `few enough notices that every one would be drawn: ${JSON.stringify(s.notices)}`);
  const drawnNotices = async () => {
    let count = 0;
    for (let k = 0; k < 3; ++k) if (await drawn(page, `notice.${k}`)) ++count;
    return count;
  };
  await waitForFrames(page, 3);
  assert.equal(await drawnNotices(), (await readState(page)).notices.length - 1,
               'on the overview, every notice but the import\'s');
  await clickWidget(page, 'importCard.review');
  await waitForState(page, (x) => x.panel === 'Dispositions', 'the proposed retirement under review');
  await waitForFrames(page, 3);
  assert.equal(await drawnNotices(), (await readState(page)).notices.length,
               'away from the card, the import\'s notice is back');
  await clickWidget(page, 'nav.estate');
  assert.ok(s.notices.some((n) => n.includes('RVTools_export_vInfo.csv') && n.includes('imported 3')), JSON.stringify(s.notices));
  assert.equal(s.undoLabel, 'Import RVTools_export_vInfo.csv');
  const row = await widgetRect(page, 'estate.row0');
  assert.ok(row.width > 50, 'the first estate row is drawn');
  await page.screenshot({ path: artifactPath('workflow-drop-import.png') });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('changing a disposition changes the funding ladder, and Ctrl+Z restores it', async () => {
  // Wide enough that the estate table's Disposition column is on screen beside the instance column.
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url,
                                                               { viewport: { width: 1600, height: 900 } });
  await quickSizePaas(page);
  await typeInto(page, 'quick.servers', 120);
  await clickWidget(page, 'quick.adopt');
  const before = await waitForState(page, (x) => x.scenario.workloads === 122 && x.result.ok, 'the adopted scenario');
  assert.notEqual(before.result.verdict, 'Not eligible', 'a funded scenario to start from');
  await clickWidget(page, 'nav.estate');
  // Row 0 sorts first by name: database-1. Retiring it removes its AWS spend from the projected ARR.
  await clickWidget(page, 'estate.row0.disposition');
  await clickWidget(page, 'estate.row0.disposition.Retire');
  const changed = await waitForState(page, (x) => x.revision > before.revision && x.result.ok, 'the edit');
  assert.equal(changed.dispositionCounts.Retire, before.dispositionCounts.Retire + 1, 'database-1 is retired');
  assert.equal(changed.undoLabel, 'Set disposition of database-1');
  assert.ok(changed.result.projectedArrUsd < before.result.projectedArrUsd, 'less AWS spend, less projected ARR');
  assert.ok(changed.result.funding.totalUsd < before.result.funding.totalUsd, 'the ladder went down');
  // Assess is a tiered amount under program mechanics (the headline profile): the same tier pays the same.
  assert.ok(changed.result.funding.assessUsd <= before.result.funding.assessUsd, 'Assess did not go up');
  await clickWidget(page, 'nav.funding');
  await page.screenshot({ path: artifactPath('workflow-after-retire.png') });
  // Ctrl+Z with no text field active undoes the edit.
  await page.keyboard.press('Control+z');
  const undone = await waitForState(page, (x) => x.revision > changed.revision, 'the undo');
  assert.equal(undone.result.funding.totalUsd, before.result.funding.totalUsd);
  assert.equal(undone.result.funding.assessUsd, before.result.funding.assessUsd);
  assert.equal(undone.result.projectedArrUsd, before.result.projectedArrUsd);
  // Ctrl+Y brings it back.
  await page.keyboard.press('Control+y');
  const redone = await waitForState(page, (x) => x.revision > undone.revision, 'the redo');
  assert.equal(redone.result.funding.totalUsd, changed.result.funding.totalUsd);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a reload restores the autosaved work', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await quickSizePaas(page);
  await clickWidget(page, 'quick.adopt');
  const s = await waitForState(page, (x) => x.scenario.workloads === 12 && x.autosavedRevision === x.revision,
                               'the autosave after a pause');
  await page.reload();
  await page.waitForFunction(() => window.estimator && window.Module && window.Module.calledRun, null, { timeout: 30000 });
  await page.evaluate(() => window.estimator.enableLocator());
  const restored = await waitForState(page, (x) => x.scenario.workloads === 12, 'the restored scenario');
  assert.equal(restored.scenario.name, s.scenario.name);
  assert.equal(restored.result.projectedArrUsd, s.result.projectedArrUsd);
  assert.ok(restored.notices.some((n) => n.startsWith('Restored your autosaved work')), JSON.stringify(restored.notices));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a damaged autosave is reported and kept aside, not discarded', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('estimator.autosave', '{"format":"estimator-autosave","version":1,"scenario":"{\\"workl');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const { page, consoleErrors } = await openEstimator(site.browser, site.server.url, { context });
  const s = await waitForState(page, (x) => x.notices.length > 0, 'the report about the damaged autosave');
  assert.ok(s.notices.some((n) => n.includes('could not be restored') && n.includes('estimator.autosave.kept')),
            JSON.stringify(s.notices));
  const kept = await page.evaluate(() => localStorage.getItem('estimator.autosave.kept'));
  assert.equal(kept, '{"format":"estimator-autosave","version":1,"scenario":"{\\"workl');
  assert.equal(s.scenario.workloads, 0, 'the app starts clean instead');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the share link reopens the same scenario in a fresh browser context', async () => {
  const first = await openEstimator(site.browser, site.server.url);
  await quickSizePaas(first.page);
  await clickWidget(first.page, 'quick.adopt');
  const s = await waitForState(first.page, (x) => x.scenario.workloads === 12 && x.result.ok, 'the scenario to share');
  await clickWidget(first.page, 'menu.file');
  await clickWidget(first.page, 'menu.share');
  const link = await first.page.waitForFunction(() => window.estimator.shareLink(), null, { timeout: 10000 })
    .then((h) => h.jsonValue());
  assert.ok(link.startsWith(site.server.url) && link.includes('#s='), link);
  await first.context.close();

  // A new context has no storage of the first: the scenario can only come from the link.
  const second = await openEstimator(site.browser, link);
  const opened = await waitForState(second.page, (x) => x.scenario.workloads === 12, 'the shared scenario');
  assert.equal(opened.scenario.name, s.scenario.name);
  assert.equal(opened.result.projectedArrUsd, s.result.projectedArrUsd);
  assert.equal(opened.result.funding.totalUsd, s.result.funding.totalUsd);
  const origin = new URL(site.server.url).origin;
  assert.deepEqual(second.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')), []);
  assert.deepEqual(second.consoleErrors, []);
  await second.context.close();
});
