// tests/e2e/ui_persist.test.mjs - nothing the user made is lost on reload: a named snapshot and a partner theme
// (with its logo) come back from the autosave, and a CSV waiting for its column mapping is still waiting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { clickWidget, dropFile, oddCsv, openEstimator, quickSizePaas, reloadEstimator, typeText, useEstimatorSite,
         waitForFrames, waitForState, widgetRect } from './harness.mjs';

const site = useEstimatorSite();

/** A 32 x 16 opaque blue logo. */
function logoPng() {
  const png = new PNG({ width: 32, height: 16 });
  for (let i = 0; i < 32 * 16; ++i) png.data.set([0, 115, 187, 255], i * 4);
  return PNG.sync.write(png);
}

test('a snapshot and a partner theme made before a reload are still there after it', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await quickSizePaas(page);
  await clickWidget(page, 'quick.adopt');
  await waitForState(page, (x) => x.scenario.workloads === 12 && x.result.ok, 'the adopted estate');
  await page.evaluate(() => window.estimator.showPanel('snapshots'));
  await clickWidget(page, 'snapshots.name');
  await typeText(page, 'Baseline');
  await page.keyboard.press('Enter');
  await waitForState(page, (x) => x.snapshots.includes('Baseline'), 'the saved snapshot');
  const theme = { partnerName: 'Acme Cloud', accentColor: '#0073BB',
                  logo: 'data:image/png;base64,' + logoPng().toString('base64') };
  await dropFile(page, 'acme-theme.json', JSON.stringify(theme), 'application/json');
  const before = await waitForState(page, (x) => x.partner.logoTexture && x.autosaveCurrent, 'the theme, autosaved');
  assert.equal(before.undoLabel, 'Use quick-size answers', 'neither the snapshot nor the theme is an undo step');

  await reloadEstimator(page);
  const after = await waitForState(page, (x) => x.snapshots.length > 0 && x.partner.logoTexture, 'the restored work');
  assert.deepEqual(after.snapshots, ['Baseline']);
  assert.equal(after.partner.name, 'Acme Cloud');
  assert.equal(after.partner.logoWidth, 32);
  assert.equal(after.partner.logoHeight, 16);
  assert.equal(after.scenario.workloads, 12);
  assert.ok(after.notices.some((n) => n.startsWith('Restored your autosaved work') &&
                                     n.includes('1 snapshot, partner theme "Acme Cloud"')), JSON.stringify(after.notices));
  await waitForFrames(page, 2);
  const logo = await widgetRect(page, 'partner.logo');
  assert.ok(logo.width > 0 && logo.height > 0, 'the logo is drawn again');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a CSV waiting for its column mapping is still waiting, with its mapping, after a reload', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await dropFile(page, 'servers.csv', oddCsv, 'text/csv');
  await waitForState(page, (x) => x.pendingImport !== null, 'the pending import');
  await clickWidget(page, 'mapping.field.vcpu');
  await clickWidget(page, 'mapping.option.2');
  await waitForState(page, (x) => x.pendingImport && x.pendingImport.mapping.vcpu === 'Sockets' && x.autosaveCurrent,
                     'the remapped vCPU, autosaved');

  await reloadEstimator(page);
  let s = await waitForState(page, (x) => x.pendingImport !== null, 'the pending import after the reload');
  assert.equal(s.pendingImport.fileName, 'servers.csv');
  assert.equal(s.pendingImport.mapping.vcpu, 'Sockets');
  assert.equal(s.pendingImport.rows, 3);
  assert.ok(s.notices.some((n) => n.includes('servers.csv is still waiting for its column mapping')), JSON.stringify(s.notices));
  await clickWidget(page, 'mapping.import');
  s = await waitForState(page, (x) => x.pendingImport === null && x.scenario.workloads === 3, 'the import');
  assert.equal(s.scenario.sample.find((w) => w.name === 'db-01').vcpu, 4, 'vCPU from Sockets, as mapped before the reload');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('an autosave over the browser quota says what it did not keep, and the reload says so again', async () => {
  const { context, page } = await openEstimator(site.browser, site.server.url);
  // A store that refuses any record with a pending file's bytes in it, as a full localStorage would.
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(value).includes('"file":')) throw new DOMException('quota', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await reloadEstimator(page);
  await dropFile(page, 'servers.csv', oddCsv, 'text/csv');
  const s = await waitForState(page, (x) => x.notices.some((n) => n.includes('does not fit')), 'the quota notice');
  assert.ok(s.notices.some((n) => n.startsWith('servers.csv (1 KB), waiting for its column mapping, does not fit')),
            JSON.stringify(s.notices));
  await reloadEstimator(page);
  const after = await waitForState(page, (x) => x.notices.some((n) => n.includes('not kept across the reload')),
                                   'the notice after the reload');
  assert.equal(after.pendingImport, null);
  assert.ok(after.notices.some((n) => n.includes('servers.csv, which was waiting for its column mapping, was not kept')),
            JSON.stringify(after.notices));
  await context.close();
});
