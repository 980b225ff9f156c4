// tests/e2e/frame_bench.mjs - frame time with a 10,000-workload scenario while a what-if slider is dragged.
// A script, not a test: prints `BENCH frame_10k_median_ms <value> ms` (the app's work per frame: engine
// recompute + every widget + draw-list submission, timed with performance.now inside the frame) and the
// browser's frame-to-frame interval, both measured in headless Chromium.
import { launchBrowser, openEstimator, serveSite, waitForFrames, widgetRect } from './harness.mjs';

const workloads = Number(process.env.EST_BENCH_WORKLOADS || 10000);
const server = await serveSite();
const browser = await launchBrowser();
try {
  const { page } = await openEstimator(browser, server.url);
  // Baseline: the same panel with an empty scenario, nothing moving (what the renderer costs by itself).
  await page.evaluate(() => window.estimator.showPanel('tco'));
  const baseline = [];
  for (let i = 0; i < 20; ++i) {
    await waitForFrames(page, 1);
    baseline.push(await page.evaluate(() => JSON.parse(window.estimator.stateJson()).lastGlMs));
  }
  await page.evaluate((n) => { window.estimator.loadSynthetic(n, 7); window.estimator.showPanel('tco'); }, workloads);
  await page.waitForFunction((n) => JSON.parse(window.estimator.stateJson()).scenario.workloads === n, workloads,
                             { timeout: 60000 });
  await waitForFrames(page, 5);
  const slider = await widgetRect(page, 'tco.slider.edp');

  // Record every frame's app time and the interval between animation frames while the slider moves.
  await page.evaluate(() => {
    window.benchFrames = [];
    window.benchIntervals = [];
    window.benchParts = [];
    let last = performance.now();
    let seen = window.estimator.frameCount();
    window.benchRunning = true;
    const tick = (now) => {
      const count = window.estimator.frameCount();
      if (count !== seen) {
        seen = count;
        window.benchIntervals.push(now - last);
        last = now;
        const st = JSON.parse(window.estimator.stateJson());
        window.benchFrames.push(st.lastFrameMs);
        window.benchParts.push([st.lastRecomputeMs, st.lastUiMs, st.lastGlMs]);
      }
      if (window.benchRunning) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const y = slider.y + slider.height / 2;
  await page.mouse.move(slider.x + 4, y);
  await page.mouse.down();
  const steps = 120;
  for (let i = 0; i <= steps; ++i) {
    // Back and forth across the slider: every step changes the value, so every frame recomputes.
    const t = i <= steps / 2 ? i / (steps / 2) : 2 - i / (steps / 2);
    await page.mouse.move(slider.x + 4 + t * (slider.width - 8), y);
    await waitForFrames(page, 1);
  }
  await page.mouse.up();
  const { frames, intervals, parts, state } = await page.evaluate(() => {
    window.benchRunning = false;
    return { frames: window.benchFrames, intervals: window.benchIntervals, parts: window.benchParts,
             state: JSON.parse(window.estimator.stateJson()) };
  });
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
  if (frames.length < 20) throw new Error(`only ${frames.length} frames were drawn during the drag`);
  console.log(`frames measured: ${frames.length}; recomputes: ${state.recomputeCount}; undo steps: ${state.undoDepth}`);
  console.log(`median parts: engine ${median(parts.map((p) => p[0])).toFixed(2)} ms, widgets ${median(parts.map((p) => p[1])).toFixed(2)} ms, ` +
              `WebGL submit ${median(parts.map((p) => p[2])).toFixed(2)} ms; engine on recompute frames ` +
              `${median(parts.map((p) => p[0]).filter((v) => v > 0.5)).toFixed(2)} ms`);
  console.log(`baseline WebGL submit with an empty scenario: ${median(baseline).toFixed(2)} ms (software rendering in headless Chromium)`);
  // The app's own work (engine + widgets) on the frames where the slider changed the scenario.
  console.log(`BENCH frame_10k_app_median_ms ${median(parts.filter((p) => p[0] > 0.5).map((p) => p[0] + p[1])).toFixed(2)} ms`);
  console.log(`BENCH frame_10k_median_ms ${median(frames).toFixed(2)} ms`);
  console.log(`BENCH frame_10k_p95_ms ${p95(frames).toFixed(2)} ms`);
  console.log(`BENCH frame_10k_interval_median_ms ${median(intervals).toFixed(2)} ms`);
} finally {
  await browser.close();
  server.stop();
}
