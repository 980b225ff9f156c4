// tests/e2e/frame_bench.mjs - frame time at 10,000 and 100,000 workloads, measured in headless Chromium.
// A script, not a test. For each estate size it prints, as `BENCH <name> <value> <unit>` lines:
// - while a what-if slider on the On AWS panel is dragged (every frame recomputes): the app's own work per frame
//   (recompute + every widget, timed with performance.now inside the frame: `frame_<size>_app_median_ms`; the
//   recompute split into the engine and the rest),
//   the whole frame with WebGL submission, its 95th percentile and the browser's frame-to-frame interval;
// - at rest on each panel a user reaches at that size (nothing changes, so the engine does not run): the widgets'
//   median time per panel, and the slowest panel's (`frame_<size>_panel_ui_max_ms`). A panel's draw that builds
//   model results or formats strings for every row shows here.
// EST_BENCH_WORKLOADS=n limits the run to one size (e.g. 10000).
import { launchBrowser, openEstimator, serveSite } from './harness.mjs';

const sizes = process.env.EST_BENCH_WORKLOADS ? [Number(process.env.EST_BENCH_WORKLOADS)] : [10000, 100000];
// The side-bar panels drawn from the estate (the tools behind them are not per-frame views of it), then Present.
const panels = ['overview', 'today', 'tco', 'funding', 'eligibility', 'waves', 'estate', 'dispositions', 'assumptions'];
// Frames measured at rest per panel: fewer at 100,000, where a panel that walks the estate every frame takes seconds.
const restFramesFor = (workloads) => (workloads > 20000 ? 8 : 24);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
const sizeName = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

// The harness's waits give up after 10-30 s; a panel that takes a second a frame at 100,000 workloads must still
// be measured, so these wait up to ten minutes.
const patience = { timeout: 600000 };
async function waitForFrames(page, count) {
  const start = await page.evaluate(() => window.estimator.frameCount());
  await page.waitForFunction((target) => window.estimator.frameCount() >= target, start + count, patience);
}
async function widgetRect(page, name) {
  return (await page.waitForFunction((widget) => window.estimator.widgetRect(widget), name, patience)).jsonValue();
}

// Starts recording every new frame's timings in the page: the app's parts and the interval between frames.
async function startRecording(page) {
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
        window.benchParts.push([st.lastRecomputeMs, st.lastUiMs, st.lastGlMs, st.lastEngineMs]);
      }
      if (window.benchRunning) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopRecording(page) {
  return page.evaluate(() => {
    window.benchRunning = false;
    return { frames: window.benchFrames, intervals: window.benchIntervals, parts: window.benchParts,
             state: JSON.parse(window.estimator.stateJson()) };
  });
}

// The widgets' median time over `frames` frames of what is on screen now, nothing changing.
async function restingUiMs(page, frames) {
  await waitForFrames(page, 3); // the first frames after a switch lay out and fill caches
  await startRecording(page);
  await waitForFrames(page, frames);
  const { parts } = await stopRecording(page);
  return median(parts.map((p) => p[1]));
}

async function measureSize(page, workloads) {
  const size = sizeName(workloads);
  await page.evaluate((n) => { window.estimator.loadSynthetic(n, 7); window.estimator.showPanel('tco'); }, workloads);
  await page.waitForFunction((n) => JSON.parse(window.estimator.stateJson()).scenario.workloads === n, workloads,
                             patience);
  await waitForFrames(page, 5);
  const slider = await widgetRect(page, 'tco.slider.edp');

  // Dragging: every step changes the value, so every frame recomputes.
  await startRecording(page);
  const y = slider.y + slider.height / 2;
  await page.mouse.move(slider.x + 4, y);
  await page.mouse.down();
  const steps = workloads > 20000 ? 40 : 120;
  for (let i = 0; i <= steps; ++i) {
    const t = i <= steps / 2 ? i / (steps / 2) : 2 - i / (steps / 2); // back and forth across the slider
    await page.mouse.move(slider.x + 4 + t * (slider.width - 8), y);
    await waitForFrames(page, 1);
  }
  await page.mouse.up();
  const { frames, intervals, parts, state } = await stopRecording(page);
  if (frames.length < 10) throw new Error(`only ${frames.length} frames were drawn during the drag`);
  const recomputed = parts.filter((p) => p[0] > 0.5);
  console.log(`${size}: frames measured while dragging: ${frames.length}; recomputes: ${state.recomputeCount}; undo steps: ${state.undoDepth}`);
  // Recompute = the engine itself + what the app derives from its result (summary, series, the page's text).
  console.log(`${size}: median parts while dragging: recompute ${median(recomputed.map((p) => p[0])).toFixed(2)} ms ` +
              `(engine ${median(recomputed.map((p) => p[3])).toFixed(2)} ms, ` +
              `other ${median(recomputed.map((p) => p[0] - p[3])).toFixed(2)} ms), ` +
              `widgets ${median(recomputed.map((p) => p[1])).toFixed(2)} ms, WebGL submit ${median(parts.map((p) => p[2])).toFixed(2)} ms`);

  // At rest on each panel, the mouse parked over the title so no tooltip opens. The plan's move groups show once
  // waves are planned; Present's Overview and Plan slides are drawn from the same summary as the panels.
  await page.mouse.move(2, 2);
  const uiByPanel = {};
  for (const key of panels) {
    await page.evaluate((k) => window.estimator.showPanel(k), key);
    if (key === 'waves') {
      const plan = await widgetRect(page, 'waves.plan');
      await page.mouse.click(plan.x + plan.width / 2, plan.y + plan.height / 2);
      await page.mouse.move(2, 2);
    }
    uiByPanel[key] = await restingUiMs(page, restFramesFor(workloads));
  }
  await page.evaluate(() => window.estimator.setPresent(true));
  uiByPanel['present.overview'] = await restingUiMs(page, restFramesFor(workloads));
  await page.keyboard.press('End');
  uiByPanel['present.plan'] = await restingUiMs(page, restFramesFor(workloads));
  await page.evaluate(() => window.estimator.setPresent(false));
  console.log(`${size}: widgets at rest, median per panel: ` +
              Object.entries(uiByPanel).map(([k, v]) => `${k} ${v.toFixed(2)} ms`).join(', '));
  const [slowest, slowestMs] = Object.entries(uiByPanel).sort((a, b) => b[1] - a[1])[0];
  console.log(`${size}: slowest panel at rest: ${slowest}`);

  // The app's own work (engine + widgets) on the frames where the slider changed the scenario.
  console.log(`BENCH frame_${size}_app_median_ms ${median(recomputed.map((p) => p[0] + p[1])).toFixed(2)} ms`);
  console.log(`BENCH frame_${size}_panel_ui_max_ms ${slowestMs.toFixed(2)} ms`);
  console.log(`BENCH frame_${size}_median_ms ${median(frames).toFixed(2)} ms`);
  console.log(`BENCH frame_${size}_p95_ms ${p95(frames).toFixed(2)} ms`);
  console.log(`BENCH frame_${size}_interval_median_ms ${median(intervals).toFixed(2)} ms`);
}

const server = await serveSite();
const browser = await launchBrowser();
try {
  const { page } = await openEstimator(browser, server.url);
  // Baseline: an empty scenario, nothing moving (what the renderer costs by itself).
  await page.evaluate(() => window.estimator.showPanel('tco'));
  await startRecording(page);
  await waitForFrames(page, 20);
  const { parts } = await stopRecording(page);
  console.log(`baseline WebGL submit with an empty scenario: ${median(parts.map((p) => p[2])).toFixed(2)} ms (software rendering in headless Chromium)`);
  for (const workloads of sizes) await measureSize(page, workloads);
} finally {
  await browser.close();
  server.stop();
}
