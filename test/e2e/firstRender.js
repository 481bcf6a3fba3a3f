/* eslint-disable no-undef */
/*
 * taskpane_first_render_ms: from navigation start to the first frame in which the task pane shows
 * its first screen (the first text inside #root, or `selector`), in headless Chromium against the
 * built pane with the stub office.js and the recording Excel. Median of `runs` page loads, each in
 * a fresh page (the HTTP server sends no-store, so every load fetches and compiles the scripts).
 *
 *   const { measureFirstRender } = require("./test/e2e/firstRender");
 *   const { medianMs, samplesMs } = await measureFirstRender({ runs: 5 });
 *
 * From the command line (builds dist/ first if needed): node test/e2e/firstRender.js [--json] [--runs N]
 * prints `taskpane_first_render_ms: <median>`, or with --json one JSON object on the last line.
 */
const { startHarness, ensureBuilt } = require("./harness");

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Measures first render. Pass `harness` to reuse a running server and browser (the e2e tests do);
 * otherwise one is started and closed. `selector`: the element whose first text counts as the first
 * screen (default: #root); `width`: pane width in px (default 320).
 */
async function measureFirstRender({ runs = 5, width = 320, selector, harness } = {}) {
  const h = harness || (await startHarness());
  try {
    const samplesMs = [];
    for (let i = 0; i < runs; i++) {
      const pane = await h.openPane({ width, firstRenderSelector: selector, waitFor: false });
      const ms = await pane.page
        .waitForFunction(() => window.__firstRenderMs, null, { timeout: 30000 })
        .then((handle) => handle.jsonValue());
      samplesMs.push(Math.round(ms * 10) / 10);
      await pane.close();
    }
    return { medianMs: Math.round(median(samplesMs) * 10) / 10, samplesMs, runs, width, selector: selector || "#root" };
  } finally {
    if (!harness) await h.close();
  }
}

module.exports = { measureFirstRender, median };

if (require.main === module) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
  ensureBuilt();
  measureFirstRender({ runs })
    .then((r) => {
      if (args.includes("--json"))
        console.log(JSON.stringify({ taskpane_first_render_ms: r.medianMs, samples_ms: r.samplesMs }));
      else console.log(`taskpane_first_render_ms: ${r.medianMs} (median of ${r.runs}: ${r.samplesMs.join(", ")})`);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
