// tests/e2e/harness.mjs - shared helpers for the browser tests: a static server for the built site, Debian's
// Chromium through playwright-core, and the estimator's widget-locator seam.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const siteDir = process.env.EST_SITE_DIR || path.join(repoRoot, 'dist');
export const artifactDir = process.env.EST_ARTIFACT_DIR || path.join(repoRoot, 'test-artifacts');
mkdirSync(artifactDir, { recursive: true });

// Chromium as root in a sandbox-less container, WebGL2 through SwiftShader, and nothing that phones home.
export const chromiumArgs = [
  '--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-default-apps', '--disable-domain-reliability', '--no-pings',
  '--metrics-recording-only', '--disable-features=Translate,OptimizationHints,MediaRouter',
];

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Serves `dir` on 127.0.0.1 with Python's static server; returns { url, stop }. */
export async function serveSite(dir = siteDir) {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir],
                      { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; ++attempt) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url, port, stop: () => child.kill() };
}

/** Launches headless Chromium with a fresh profile. */
export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  });
}

/**
 * Opens the estimator in a new page and waits for its first frames. Records console errors and every
 * request URL on the returned object, for the privacy and no-error assertions.
 */
export async function openEstimator(browser, url, { viewport = { width: 1280, height: 800 }, scale = 1,
                                                    context: givenContext } = {}) {
  const context = givenContext || await browser.newContext({ viewport, deviceScaleFactor: scale });
  const page = await context.newPage();
  const consoleErrors = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  await page.waitForFunction(() => window.estimator && window.Module && window.Module.calledRun, null,
                             { timeout: 30000 });
  await page.evaluate(() => window.estimator.enableLocator());
  await waitForFrames(page, 3);
  return { context, page, consoleErrors, requests };
}

/** Reloads the page as a user would (F5) and waits for the app's first frames again, the locator on. */
export async function reloadEstimator(page) {
  await page.reload();
  await page.waitForFunction(() => window.estimator && window.Module && window.Module.calledRun, null, { timeout: 30000 });
  await page.evaluate(() => window.estimator.enableLocator());
  await waitForFrames(page, 3);
}

/** Waits until the app has drawn `count` more frames. */
export async function waitForFrames(page, count = 2) {
  const start = await page.evaluate(() => window.estimator.frameCount());
  await page.waitForFunction((target) => window.estimator.frameCount() >= target, start + count,
                             { timeout: 30000 });
}

/** The CSS-pixel rectangle of a named widget, waiting for it to be drawn. */
export async function widgetRect(page, name) {
  const handle = await page.waitForFunction((widget) => window.estimator.widgetRect(widget), name,
                                            { timeout: 10000 });
  return handle.jsonValue();
}

/**
 * The rectangle of a named widget once it is drawn at the same place in two frames running: a layout that just moved
 * (a resize, a note that went away, a logo that arrived) settles before anything is aimed at it.
 */
export async function settledRect(page, name) {
  let rect = await widgetRect(page, name);
  for (let frame = 0; frame < 30; ++frame) {
    await waitForFrames(page, 1);
    const now = await widgetRect(page, name);
    if (now.x === rect.x && now.y === rect.y && now.width === rect.width && now.height === rect.height) return now;
    rect = now;
  }
  return assert.fail(`${name} was still moving after 30 frames: ${JSON.stringify(rect)}`);
}

/**
 * Clicks the centre of a named widget like a user would, one step a frame, and waits until what the click changed is
 * drawn. However fast the page draws, ImGui sees the pointer arrive, the button go down and the button come up in
 * three frames of their own (a press and release between two frames would otherwise act a frame late, and a wait by
 * a count of frames read a layout from before the click). The click acts in the frame that sees the release; the
 * frame after draws its result.
 */
export async function clickWidget(page, name) {
  const rect = await settledRect(page, name);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await waitForFrames(page, 1);
  await page.mouse.down();
  await waitForFrames(page, 1);
  await page.mouse.up();
  await waitForFrames(page, 2);
}

/** Resizes the page as a browser window would, and waits until the app has drawn two frames at the new size. */
export async function resizeViewport(page, viewport) {
  await page.setViewportSize(viewport);
  await page.waitForFunction(({ width, height }) => {
    const size = window.estimator.displaySize();
    return size.width === Math.round(width * devicePixelRatio) && size.height === Math.round(height * devicePixelRatio);
  }, viewport, { timeout: 10000 });
  await waitForFrames(page, 2);
}

// What shows where the app drew nothing: web_main.cpp clears the canvas to the theme's window colour, ImGui's dark
// WindowBg (0.06, 0.06, 0.06) in 8-bit RGB.
const clearRgb = [15, 15, 15];

// Whether the RGBA pixel at byte `offset` of decoded PNG data was drawn (differs from the clear colour).
export function differsFromClear(data, offset) {
  return Math.abs(data[offset] - clearRgb[0]) + Math.abs(data[offset + 1] - clearRgb[1]) +
         Math.abs(data[offset + 2] - clearRgb[2]) > 12;
}

// Where a test's screenshot or download named `name` is kept.
export function artifactPath(name) {
  return path.join(artifactDir, name);
}

// A new empty Chromium profile directory under the system temp dir.
export function freshProfileDir() {
  return mkdtempSync(path.join(tmpdir(), 'est-chromium-'));
}

// Registers before/after hooks serving the built site and launching Chromium for the calling test file.
export function useEstimatorSite() {
  let server;
  let browser;
  before(async () => {
    server = await serveSite();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });
  return { get browser() { return browser; }, get server() { return server; } };
}

// The app state as the page's stateJson() reports it, parsed.
export const readState = (page) => page.evaluate(() => JSON.parse(window.estimator.stateJson()));

// The rectangle of a widget if it was drawn in the last frame, else null (no waiting).
export const drawn = (page, name) => page.evaluate((widget) => window.estimator.widgetRect(widget), name);

// Waits until what `read()` resolves to satisfies `predicate` (evaluated in Node), failing with the last value.
export async function waitForValue(read, predicate, what, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (predicate(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out waiting for ${what}; last state: ${JSON.stringify(last).slice(0, 800)}`);
}

// Waits until the app state satisfies `predicate` (evaluated in Node on stateJson), failing with the last state.
export const waitForState = (page, predicate, what, timeoutMs = 15000) =>
  waitForValue(() => readState(page), predicate, what, timeoutMs);

/**
 * Types into the text field that has the keyboard, once one has it: a field takes the keyboard a frame or two after
 * the click or the popup that focuses it, and a key that came before would act as a shortcut (P enters Present).
 */
export async function typeText(page, text) {
  await waitForState(page, (s) => s.typing, 'a text field with the keyboard');
  await page.keyboard.type(String(text));
  await waitForFrames(page, 2);
}

// Clicks a numeric field (ImGui selects its text on activation), types the value and confirms with Enter.
export async function typeInto(page, widget, value) {
  await clickWidget(page, widget);
  await typeText(page, value);
  await page.keyboard.press('Enter');
  await waitForFrames(page, 3);
}

// Quick size of a PaaS estate (`servers` servers, 2 databases, 3 applications, $9,000 a month); returns the answered state.
export async function quickSizePaas(page, servers = 10) {
  await clickWidget(page, 'quick.source.paas');
  await typeInto(page, 'quick.servers', servers);
  await typeInto(page, 'quick.databases', 2);
  await typeInto(page, 'quick.applications', 3);
  await typeInto(page, 'quick.spend', 9000);
  // Every answer, not only the last: a field that missed its keys would size another estate without saying so.
  const paas = 2; // SourceKind::Paas
  return waitForState(page, (s) => s.quick.inputs.source === paas && s.quick.inputs.servers === servers &&
                                   s.quick.inputs.databases === 2 && s.quick.inputs.applications === 3 &&
                                   s.quick.inputs.monthlySpendUsd === 9000 && s.quick.ok && s.quick.months > 0,
                      `the quick-size answers (PaaS, ${servers} servers, 2 databases, 3 applications, $9,000)`);
}

// Quick size of one small PaaS app ($500 a month): a few thousand dollars a year of AWS spend, far below MAP Lite.
export async function quickSizeTooSmall(page) {
  await clickWidget(page, 'quick.source.paas');
  await typeInto(page, 'quick.servers', 1);
  await typeInto(page, 'quick.databases', 0);
  await typeInto(page, 'quick.applications', 1);
  await typeInto(page, 'quick.spend', 500);
  return waitForState(page, (x) => x.quick.inputs.servers === 1 && x.quick.inputs.monthlySpendUsd === 500 && x.quick.ok,
                      'the small quick size');
}

/**
 * Opens the estimator on a given screen, viewport and devicePixelRatio, counting calls of requestFullscreen in
 * window.fullscreenRequests (only a user's press may ask for full screen, never the app's own sizing).
 */
export async function openCountingFullscreen(browser, url, { screen, viewport = screen, scale = 1 }) {
  const context = await browser.newContext({ viewport, screen, deviceScaleFactor: scale });
  await context.addInitScript(() => {
    window.fullscreenRequests = 0;
    const request = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function countedRequest(...args) {
      ++window.fullscreenRequests;
      return request.apply(this, args);
    };
  });
  return openEstimator(browser, url, { context });
}

// Drops one file (`bytes`: string as UTF-8, or Buffer) on the canvas the way a user's drag and drop does.
export async function dropFile(page, name, bytes, type) {
  await page.evaluate(([fileName, base64, mime]) => {
    const binary = atob(base64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; ++i) data[i] = binary.charCodeAt(i);
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], fileName, { type: mime }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, Buffer.from(bytes).toString('base64'), type]);
}

// A hand-made server list: header names no importer knows, memory in GB, and a "Sockets" column beside "Cores".
export const oddCsv = [
  'Server,Cores,Sockets,Mem GB,Disk GB,Owner',
  'app-01,4,2,16,200,Payments',
  'app-02,8,2,32,500,Payments',
  'db-01,16,4,128,2000,Data',
].join('\n') + '\n';

/** File → Demo scenarios → the demo: the submenu has no locator name, so hover up from Export until it opens. */
export async function openDemoThroughMenu(page, file) {
  await clickWidget(page, 'menu.file');
  const exportRect = await widgetRect(page, 'menu.export');
  const target = `menu.demo.${file}`;
  for (let step = 1; step <= 8; ++step) {
    await page.mouse.move(exportRect.x + exportRect.width / 2, exportRect.y + exportRect.height / 2 -
                          step * exportRect.height / 2);
    await waitForFrames(page, 3);
    if (await drawn(page, target)) {
      await clickWidget(page, target);
      return;
    }
  }
  assert.fail('the Demo scenarios submenu did not open above File → Export');
}

/** The entries of a ZIP archive by name, inflated, read through its central directory. */
export function unzip(buffer) {
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) --eocd;
  assert.ok(eocd >= 0, 'the archive has an end-of-central-directory record');
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; ++i) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50, 'central directory entry signature');
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    assert.equal(buffer.readUInt32LE(local), 0x04034b50, `local header of ${name}`);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + compressedSize);
    assert.ok(method === 0 || method === 8, `${name}: stored or deflated (method ${method})`);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Clicks the widget that starts a download; keeps the file as artefact `prefix` + its name and returns
 *  { name, bytes }. */
export async function downloadByClicking(page, widget, prefix) {
  const downloadPromise = page.waitForEvent('download', { timeout: 30000 });
  await clickWidget(page, widget);
  const download = await downloadPromise;
  assert.equal(await download.failure(), null, `${widget} download failed`);
  const file = artifactPath(`${prefix}${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}
