// tests/e2e/first_frame_bench.mjs - a benchmark script (not a test): time from navigation to the first drawn
// frame in headless Chromium on localhost, median of several cold loads. Prints "BENCH first_frame_ms <v> ms".
import { launchBrowser, serveSite } from './harness.mjs';

const runs = Number(process.env.EST_BENCH_RUNS || 7);
const server = await serveSite();
const browser = await launchBrowser();
const times = [];
try {
  for (let run = 0; run < runs; ++run) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url);
    const handle = await page.waitForFunction(() => window.estimator && window.estimator.firstFrameMs, null,
                                              { timeout: 30000 });
    times.push(await handle.jsonValue());
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`BENCH first_frame_ms ${median.toFixed(0)} ms`);
