// tests/e2e/ui_brand.test.mjs - "Your brand": the partner's name, colour and logo and the customer's name, typed and
// picked in the dialog, reach the Present slide header, the executive summary and the tab's title, and survive a
// reload like a theme file's brand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { clickWidget, downloadByClicking, openDemoThroughMenu, openEstimator, readState, reloadEstimator, typeInto,
         useEstimatorSite, waitForFrames, waitForState, widgetRect } from './harness.mjs';

const site = useEstimatorSite();
const expectedLine = 'Prepared for Acme Retail by Northwind Cloud';

/** A 30 x 10 logo: a navy wordmark colour, the kind that vanished on the dark menu bar. */
function logoPng() {
  const png = new PNG({ width: 30, height: 10 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([20, 33, 61, 255], i);
  return PNG.sync.write(png);
}

test('the brand dialog sets partner, colour, logo and customer; the slides, the summary and a reload keep them', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  await openDemoThroughMenu(page, 'demo_saas-off-paas.json');
  await waitForState(page, (s) => s.result.ok && s.scenario.workloads > 0, 'the SaaS demo');
  let s = await waitForState(page, (x) => x.pageTitle === 'Migration Funding Estimator', 'the plain title');
  assert.equal(s.present.header, '', 'nothing says "Prepared for" before a customer or partner is named');

  await clickWidget(page, 'menu.file');
  await clickWidget(page, 'menu.brand');
  await waitForState(page, (x) => x.brandDialogOpen, 'the brand dialog');
  await typeInto(page, 'brand.partnerName', 'Northwind Cloud');
  await waitForState(page, (x) => x.partner.name === 'Northwind Cloud', 'the partner name');
  await typeInto(page, 'brand.accent', '#0073BB');
  await waitForState(page, (x) => x.partner.accentColor === '#0073BB', 'the accent colour');

  // The logo through the page's own file picker, as a user picks it.
  const chooserPromise = page.waitForEvent('filechooser', { timeout: 10000 });
  await clickWidget(page, 'brand.logo.choose');
  const chooser = await chooserPromise;
  await chooser.setFiles({ name: 'northwind.png', mimeType: 'image/png', buffer: logoPng() });
  s = await waitForState(page, (x) => x.partner.logoTexture && x.partner.logoMime === 'image/png', 'the decoded logo');
  assert.equal(s.partner.logoWidth, 30);
  assert.equal(s.partner.logoHeight, 10);

  await typeInto(page, 'brand.customerName', 'Acme Retail');
  s = await waitForState(page, (x) => x.scenario.customerName === 'Acme Retail', 'the customer name');
  assert.equal(s.undoLabel, 'Set customer name', 'the customer name is an undoable edit');
  assert.equal(s.pageTitle, `${expectedLine} - Migration Funding Estimator`);
  assert.equal(await page.title(), `${expectedLine} - Migration Funding Estimator`);
  // The menu bar's logo sits on a light chip: the pixel just left of the image is near white, not the dark bar.
  const logo = await widgetRect(page, 'partner.logo');
  const beside = { x: Math.max(0, Math.floor(logo.x) - 1), y: Math.round(logo.y + logo.height / 2), width: 1, height: 1 };
  const chip = await page.screenshot({ clip: beside });
  const [r, g, b] = PNG.sync.read(chip).data;
  assert.ok(r > 200 && g > 200 && b > 200, `light chip behind the logo, got ${r},${g},${b}`);
  await clickWidget(page, 'brand.close');

  // Every Present slide's header: the logo and who the case is for and from.
  await page.evaluate(() => window.estimator.setPresent(true));
  s = await waitForState(page, (x) => x.present.active && x.present.header === expectedLine && x.present.headerLogo,
                         'the slide header');
  assert.ok((await widgetRect(page, 'present.preparedFor')).width > 0);
  assert.ok((await widgetRect(page, 'present.logo')).width > 0);
  await page.keyboard.press('End');
  s = await waitForState(page, (x) => x.present.step === 'Tracker', 'the last slide');
  assert.equal(s.present.header, expectedLine);
  await page.evaluate(() => window.estimator.setPresent(false));
  await waitForState(page, (x) => !x.present.active, 'the workspace again');
  await waitForFrames(page, 3);

  // The executive summary the CFO gets.
  await clickWidget(page, 'menu.cfo');
  const summary = await downloadByClicking(page, 'menu.cfo.summary', 'brand-');
  const html = summary.bytes.toString('utf8');
  assert.ok(html.includes(`${expectedLine} on `), 'page 1 says who it is for and from');
  assert.ok(html.includes('<span class="who">Northwind Cloud</span>'), "the partner's name in the header");
  assert.ok(html.includes('<span class="for">Prepared for Acme Retail</span>'), 'the customer in the header');
  assert.ok(html.includes('<img src="data:image/png;base64,'), 'the logo, inline');
  assert.ok(html.includes('--accent:#0073BB'), 'the accent colour');

  // A reload keeps the brand (the page's storage) and the customer's name (the scenario).
  await waitForState(page, (x) => x.autosaveCurrent, 'the autosave');
  await reloadEstimator(page);
  s = await waitForState(page, (x) => x.partner.logoTexture && x.scenario.customerName === 'Acme Retail',
                         'the restored brand and customer');
  assert.equal(s.partner.name, 'Northwind Cloud');
  assert.equal(s.partner.accentColor, '#0073BB');
  assert.equal(s.partner.logoMime, 'image/png');
  assert.equal(s.pageTitle, `${expectedLine} - Migration Funding Estimator`);
  await page.evaluate(() => window.estimator.setPresent(true));
  await waitForState(page, (x) => x.present.header === expectedLine && x.present.headerLogo, 'the slide header after the reload');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a customer name no header can show is refused in the dialog with the field named, and Reset removes the brand',
     async () => {
  const { context, page } = await openEstimator(site.browser, site.server.url);
  await clickWidget(page, 'menu.file');
  await clickWidget(page, 'menu.brand');
  await typeInto(page, 'brand.customerName', 'x'.repeat(130));
  await widgetRect(page, 'brand.customerName.error');
  await waitForFrames(page, 3);
  let s = await readState(page);
  assert.equal(s.scenario.customerName, '', 'the refused name is not applied');
  await typeInto(page, 'brand.partnerName', 'Northwind Cloud');
  await waitForState(page, (x) => x.partner.name === 'Northwind Cloud', 'the partner name');
  await clickWidget(page, 'brand.reset');
  s = await waitForState(page, (x) => x.partner.name === '', 'the brand removed');
  assert.equal(s.pageTitle, 'Migration Funding Estimator');
  await context.close();
});
