// tests/e2e/ui_mapping.test.mjs - a CSV in no known format opens the column-mapping dialog: remap, import, cancel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, clickWidget, dropFile, oddCsv, openEstimator, readState, useEstimatorSite, waitForFrames,
         waitForState, widgetRect } from './harness.mjs';

const site = useEstimatorSite();

test('dropping a CSV with unknown headers opens the mapping dialog; a remapped column imports as shown', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await dropFile(page, 'servers.csv', oddCsv, 'text/csv');
  let s = await waitForState(page, (x) => x.pendingImport !== null, 'the pending import');
  assert.equal(s.scenario.workloads, 0, 'nothing is imported before the user confirms');
  assert.equal(s.pendingImport.rows, 3);
  assert.equal(s.pendingImport.importable, 3);
  assert.equal(s.pendingImport.mapping.name, 'Server', 'the name column is guessed');
  for (const name of ['mapping.title', 'mapping.field.vcpu', 'mapping.unit.ram', 'mapping.preview', 'mapping.count',
                      'mapping.import', 'mapping.cancel']) {
    const rect = await widgetRect(page, name);
    assert.ok(rect.width > 0 && rect.height > 0, `${name} is drawn`);
  }

  // vCPU from "Sockets" instead of the guess: open the combo and pick the third header.
  await clickWidget(page, 'mapping.field.vcpu');
  await clickWidget(page, 'mapping.option.2');
  s = await waitForState(page, (x) => x.pendingImport && x.pendingImport.mapping.vcpu === 'Sockets', 'the remapped vCPU');
  await waitForFrames(page, 2);
  await page.screenshot({ path: artifactPath('mapping-dialog.png') });

  await clickWidget(page, 'mapping.import');
  s = await waitForState(page, (x) => x.pendingImport === null && x.scenario.workloads === 3, 'the import');
  const db = s.scenario.sample.find((w) => w.name === 'db-01');
  assert.ok(db, JSON.stringify(s.scenario.sample));
  assert.equal(db.vcpu, 4, 'vCPU came from the Sockets column');
  assert.equal(db.ramGb, 128, 'RAM in GB as the header says');
  assert.equal(s.importMappings, 1, 'the mapping is remembered in the scenario');
  assert.equal(s.undoLabel, 'Import servers.csv');
  assert.equal(s.panel, 'Overview', 'the mapped import lands on the business case overview');
  await page.screenshot({ path: artifactPath('mapping-imported.png') });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the mapping dialog refuses to import without a name or id column, and Cancel changes nothing', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  const before = await readState(page);
  await dropFile(page, 'servers.csv', oddCsv, 'text/csv');
  await waitForState(page, (x) => x.pendingImport !== null, 'the pending import');
  await clickWidget(page, 'mapping.field.name');
  await clickWidget(page, 'mapping.option.none');
  const s = await waitForState(page, (x) => x.pendingImport && x.pendingImport.mapping.name === '', 'name unmapped');
  assert.equal(s.pendingImport.canImport, false);
  const blocker = await widgetRect(page, 'mapping.blocker');
  assert.ok(blocker.width > 0, 'the reason is shown');
  await clickWidget(page, 'mapping.import'); // disabled: nothing happens
  await waitForFrames(page, 3);
  assert.equal((await readState(page)).scenario.workloads, 0);
  await page.screenshot({ path: artifactPath('mapping-blocked.png') });

  await clickWidget(page, 'mapping.cancel');
  const after = await waitForState(page, (x) => x.pendingImport === null, 'the dialog closed');
  assert.equal(after.scenario.workloads, 0);
  assert.equal(after.revision, before.revision, 'cancel leaves the scenario untouched');
  assert.equal(after.undoDepth, before.undoDepth);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
