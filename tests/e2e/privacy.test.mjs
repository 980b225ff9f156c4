// tests/e2e/privacy.test.mjs - issue #5's privacy promise, end to end: a demo scenario, an inventory import (CSV and
// a real RVTools .xlsx) and three report exports make no request outside the site's own files, and the served
// page's Content-Security-Policy refuses a connection to another origin before anything leaves the browser.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { artifactPath, clickWidget, downloadByClicking, dropFile, openDemoThroughMenu, openEstimator, siteDir, unzip,
         useEstimatorSite,
         waitForFrames, waitForState } from './harness.mjs';

const sampleWorkbook = process.env.EST_RVTOOLS_SMALL_XLSX ||
  '/work/shared/data/samples/rvtools/mjvincent-rvtools-to-ibm-cloud_rvtools-small-complete.SYNTHETIC.xlsx';
const demoFile = 'demo_saas-off-paas.json';
const demoName = 'SaaS off PaaS (Heroku to AWS)'; // settings.name of assets/demo_saas-off-paas.json

const site = useEstimatorSite();

/** Every request of the context (pages and the service worker), with its method and how it ended. */
function recordRequests(context) {
  const log = [];
  context.on('request', (request) => {
    log.push({ url: request.url(), method: request.method(), fromServiceWorker: Boolean(request.serviceWorker()),
               failure: null });
  });
  context.on('requestfailed', (request) => {
    const entry = log.findLast((e) => e.url === request.url() && e.failure === null);
    if (entry) entry.failure = request.failure()?.errorText || 'failed';
  });
  return log;
}


// JSON and CSV exports sit one level down, under File → Export → Advanced.
const advancedExports = new Set(['menu.export.scenario', 'menu.export.result', 'menu.export.series', 'menu.export.tagging']);

/** File → Export (→ Advanced) → the item; returns the download's bytes and suggested name. */
async function exportThroughMenu(page, item) {
  await clickWidget(page, 'menu.file');
  await clickWidget(page, 'menu.export');
  if (advancedExports.has(item)) await clickWidget(page, 'menu.export.advanced');
  return downloadByClicking(page, item, 'privacy-');
}

const vinfoCsv = [
  'VM,Powerstate,Template,SRM Placeholder,CPUs,Memory,Provisioned MiB,In Use MiB,Datacenter,Cluster,Host,' +
    'OS according to the configuration file,VM UUID',
  'priv-web-01,poweredOn,False,False,4,"16,384","204,800","102,400",DC1,Prod,esx01.corp,' +
    'Microsoft Windows Server 2019 (64-bit),4201a',
  'priv-db-01,poweredOn,False,False,8,"65,536","1,048,576","524,288",DC1,Prod,esx02.corp,' +
    'Microsoft Windows Server 2016 (64-bit),4201b',
].join('\r\n') + '\r\n';

test('a demo scenario, a CSV and an .xlsx import and three exports request nothing but the site\'s own files', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const log = recordRequests(context);
  const { page, consoleErrors } = await openEstimator(site.browser, site.server.url, { context });

  await openDemoThroughMenu(page, demoFile);
  const demo = await waitForState(page, (s) => s.scenario.name === demoName && s.result.ok, 'the demo scenario');
  const demoWorkloads = demo.scenario.workloads;
  assert.ok(demoWorkloads > 0, 'the demo has workloads');

  await dropFile(page, 'RVTools_privacy_vInfo.csv', vinfoCsv, 'text/csv');
  const afterCsv = await waitForState(page, (s) => s.scenario.workloads === demoWorkloads + 2,
                                      'the two CSV workloads in the estate');
  assert.ok(afterCsv.notices.some((n) => n.includes('RVTools_privacy_vInfo.csv')), JSON.stringify(afterCsv.notices));

  await dropFile(page, path.basename(sampleWorkbook), readFileSync(sampleWorkbook),
                 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const afterXlsx = await waitForState(page, (s) => s.scenario.workloads > afterCsv.scenario.workloads && s.result.ok,
                                       'the workbook\'s workloads in the estate', 30000);
  assert.ok(afterXlsx.notices.some((n) => n.includes(path.basename(sampleWorkbook))), JSON.stringify(afterXlsx.notices));
  assert.equal(afterXlsx.scenario.name, demoName, 'imports add to the demo scenario, which keeps its name');
  await page.screenshot({ path: artifactPath('privacy-after-imports.png') });

  const html = await exportThroughMenu(page, 'menu.export.html');
  assert.match(html.name, /\.html$/);
  assert.ok(html.bytes.toString('utf8').includes(demoName), 'the HTML report names the scenario');

  const result = await exportThroughMenu(page, 'menu.export.result');
  assert.match(result.name, /\.json$/);
  const parsed = JSON.parse(result.bytes.toString('utf8'));
  assert.equal(typeof parsed, 'object');
  assert.ok(parsed !== null && Object.keys(parsed).length > 0, 'the result JSON has content');

  const xlsx = await exportThroughMenu(page, 'menu.export.xlsx');
  assert.match(xlsx.name, /\.xlsx$/);
  assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'the workbook is a ZIP archive');
  const parts = unzip(xlsx.bytes);
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8');
  assert.ok(workbook, 'the archive holds xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  for (const sheet of ['Summary', 'Estate', 'Series', 'Assumptions'])
    assert.ok(sheets.includes(sheet), `the workbook lists sheet ${sheet}: ${sheets.join(', ')}`);
  await page.screenshot({ path: artifactPath('privacy-after-exports.png') });

  // Give a late beacon or service-worker fetch the chance to show up before judging.
  await waitForFrames(page, 10);
  const origin = new URL(site.server.url).origin;
  // The site's files in its folders too: the demo scenario comes from demos/.
  const ownFiles = new Set(['/', ...readdirSync(siteDir, { recursive: true }).map((name) => `/${name}`)]);
  const network = log.filter((r) => !r.url.startsWith('data:') && !r.url.startsWith(`blob:${origin}/`));
  assert.ok(network.length > 0, 'the page load itself was recorded');
  const foreign = network.filter((r) => new URL(r.url).origin !== origin);
  assert.deepEqual(foreign, [], 'no request left the page\'s own origin');
  const notOwn = network.filter((r) => !ownFiles.has(new URL(r.url).pathname));
  assert.deepEqual(notOwn, [], `only the site's own files were requested (${[...ownFiles].join(' ')})`);
  const notGet = log.filter((r) => r.method !== 'GET');
  assert.deepEqual(notGet, [], 'nothing was sent: every request was a GET');
  const blobs = log.filter((r) => r.url.startsWith('blob:'));
  assert.ok(blobs.every((r) => r.url.startsWith(`blob:${origin}/`)), 'blob URLs are the page\'s own in-memory downloads');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the served page\'s CSP refuses a fetch to another origin before any request leaves', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const log = recordRequests(context);
  // Anything that got past the browser's policy to the network layer would be caught (and stopped) here.
  const reachedNetwork = [];
  await context.route((url) => url.hostname === 'example.com', (route) => {
    reachedNetwork.push(route.request().url());
    return route.abort();
  });
  const { page } = await openEstimator(site.browser, site.server.url, { context });
  const policy = await page.evaluate(() =>
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') || '');
  assert.match(policy, /connect-src 'self'/, policy);
  assert.doesNotMatch(policy, /connect-src[^;]*(https?:|\*)/, 'connect-src names no other origin');
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push({ directive: event.effectiveDirective || event.violatedDirective, blocked: event.blockedURI }));
    let error = null;
    try {
      await fetch('https://example.com/');
    } catch (e) {
      error = String(e);
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // the violation event is queued as a task
    return { error, violations };
  });
  assert.ok(outcome.error, 'the fetch was rejected');
  assert.ok(outcome.violations.some((v) => v.directive === 'connect-src' && v.blocked.startsWith('https://example.com')),
            `a connect-src violation was reported: ${JSON.stringify(outcome.violations)}`);
  assert.deepEqual(reachedNetwork, [], 'no request to example.com reached the network layer');
  const toExample = log.filter((r) => r.url.startsWith('https://example.com'));
  assert.ok(toExample.every((r) => r.failure !== null), `any recorded request to example.com failed: ${JSON.stringify(toExample)}`);
  await page.screenshot({ path: artifactPath('privacy-csp.png') });
  await context.close();
});
