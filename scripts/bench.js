#!/usr/bin/env node
/* eslint-disable no-undef */
/*
 * npm run bench [-- --json] [-- --quick]   (node --expose-gc: each write's peak heap starts from a collected heap)
 * Measures the engine and the custom functions as Excel calls them (2-D arrays in and out),
 * against the floor of a plain typed-array loop, and reports bundle sizes. With --json the last
 * line on stdout is one JSON object. --quick runs few repetitions (CI checks that it still runs).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { execSync } = require("child_process");
require("./tsRequire");

const args = process.argv.slice(2);
const JSON_OUT = args.includes("--json");
const QUICK = args.includes("--quick");
const ROOT = path.resolve(__dirname, "..");

// The runtime's CustomFunctions global, as the functions expect it in Excel.
class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message || "");
    this.code = code;
  }
}
globalThis.CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  associate: () => undefined,
};

const engine = require("../src/engine");
const functions = require("../src/functions/functions");
const { clearTierCache } = require("../src/functions/tierCache");

/** Median wall time in ms of `runs` runs of fn, after `warmup` unmeasured runs. */
function timeIt(fn, runs, warmup = 2) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A deterministic pseudo-random sequence, so every run measures the same inputs. */
function lcg(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

function tierRows(n) {
  const rows = [["Bound", "Rate", "Label"]];
  for (let i = 0; i < n; i++) rows.push([i * 10000, 0.01 + i * 0.002, `Tier ${i + 1}`]);
  return rows;
}

const round = (x, digits = 2) => Number(x.toFixed(digits));

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0] ? cpus[0].model.trim() : "unknown", cores: cpus.length, node: process.version, platform: `${os.platform()} ${os.arch()}` };
}

function engineFigures() {
  const out = {};
  const n = QUICK ? 100000 : 1000000;
  const rand = lcg(7);
  for (const tiers of [3, 10, 50]) {
    const table = engine.parseTierTable(tierRows(tiers));
    const top = tiers * 10000 * 1.2;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = rand() * top;
    for (const method of engine.METHODS) {
      let sink = 0;
      const ms = timeIt(() => {
        for (let i = 0; i < n; i++) sink += engine.periodPayout(table, method, xs[i]);
      }, QUICK ? 3 : 7);
      if (sink === -1) console.log(sink);
      out[`${method}_${tiers}tiers_evals_per_s`] = Math.round((n / ms) * 1000);
    }
  }
  return out;
}

function functionFigures() {
  const rows = 100000;
  const rand = lcg(11);
  const tiers = [
    ["Bound", "Rate", "Label"],
    [0, 0.02, "Bronze"],
    [50000, 0.03, "Silver"],
    [100000, 0.05, "Gold"],
  ];
  const amounts = [];
  const plain = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const x = Math.round(rand() * 200000 * 100) / 100;
    amounts.push([x]);
    plain[i] = x;
  }
  const runs = QUICK ? 3 : 11;

  // (a) the floor: the same marginal payout in a plain typed-array loop, no Excel conversion.
  const bounds = new Float64Array([0, 50000, 100000]);
  const rates = new Float64Array([0.02, 0.03, 0.05]);
  const out = new Float64Array(rows);
  const plainMs = timeIt(() => {
    for (let i = 0; i < rows; i++) {
      const x = plain[i];
      let acc = 0;
      for (let k = 0; k < 3; k++) {
        const hi = k + 1 < 3 ? bounds[k + 1] : Infinity;
        if (x > bounds[k]) acc += (Math.min(x, hi) - bounds[k]) * rates[k];
      }
      out[i] = acc;
    }
  }, runs);

  // (a') the floor for ANY custom function returning a column: read each input row and allocate
  // the one-cell result row Excel's interface asks for, computing nothing (the loop's payouts are
  // copied). What the column call spends above this is our own work.
  const resultFloorMs = timeIt(() => {
    const rowsOut = new Array(rows);
    for (let i = 0; i < rows; i++) rowsOut[i] = [amounts[i][0] === null ? 0 : out[i]];
    return rowsOut;
  }, runs);

  const columnMs = timeIt(() => functions.payout(amounts, tiers, "marginal", null, null, null), runs);
  // Check the column call computes what the floor computes, so the figure is for correct work.
  const result = functions.payout(amounts, tiers, "marginal", null, null, null);
  for (let i = 0; i < rows; i++) {
    if (Math.abs(result[i][0] - out[i]) > 1e-6 * Math.max(1, out[i])) throw new Error(`PAYOUT row ${i}: ${result[i][0]} ≠ ${out[i]}`);
  }

  // A column of single-cell formulas: one call per row, each with a fresh copy of the tier range, as Excel passes it.
  const calls = QUICK ? 20000 : rows;
  const scalarArgs = [];
  for (let i = 0; i < calls; i++) scalarArgs.push([[amounts[i][0]]], tiers.map((r) => r.slice()));
  clearTierCache();
  const scalarMs = timeIt(() => {
    for (let i = 0; i < calls; i++) functions.payout(scalarArgs[2 * i], scalarArgs[2 * i + 1], "marginal", null, null, null);
  }, QUICK ? 2 : 5, 1) * (rows / calls);

  const explainMs = timeIt(() => {
    for (let i = 0; i < 1000; i++) functions.explain([[amounts[i][0]]], tiers, "marginal", null, null);
  }, runs);

  const sheet = spreadsheetBaseline(plain, out);

  return {
    functions: {
      payout_column_100k_ms: round(columnMs),
      payout_scalar_100k_calls_ms: round(scalarMs),
      explain_1k_ms: round(explainMs),
    },
    baseline: {
      plain_loop_100k_ms: round(plainMs, 3),
      column_vs_plain_loop: round(columnMs / plainMs),
      result_rows_floor_100k_ms: round(resultFloorMs),
      column_vs_result_rows_floor: round(columnMs / resultFloorMs),
      scalar_vs_column: round(scalarMs / columnMs),
      sumproduct_rows: sheet.rows,
      sumproduct_build_100k_ms: round(sheet.buildMs),
      sumproduct_recalc_100k_ms: round(sheet.recalcMs),
      sumproduct_vs_column: round(sheet.recalcMs / columnMs),
    },
  };
}

/**
 * The canonical Excel formula for a marginal payout, the differential-rate SUMPRODUCT, in
 * HyperFormula (GPL-3.0: a dev dependency used here only, never bundled). Build = parse and
 * evaluate the sheet; recalc = recompute every row after one tier rate is edited. Quick mode runs
 * 10,000 rows and scales the times to 100,000.
 */
function spreadsheetBaseline(amounts, expected) {
  const { HyperFormula } = require("hyperformula");
  const rows = QUICK ? 10000 : amounts.length;
  const bounds = [0, 50000, 100000];
  const rateSteps = [0.02, 0.01, 0.02]; // each tier's rate minus the previous one's
  const data = [];
  for (let i = 0; i < rows; i++) {
    const r = [amounts[i], `=SUMPRODUCT(--(A${i + 1}>$E$1:$E$3),A${i + 1}-$E$1:$E$3,$F$1:$F$3)`];
    if (i < 3) r.push(null, null, bounds[i], rateSteps[i]);
    data.push(r);
  }
  const t0 = process.hrtime.bigint();
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", useArrayArithmetic: true, maxRows: rows + 10 });
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  for (let i = 0; i < rows; i += 997) {
    const v = hf.getCellValue({ sheet: 0, col: 1, row: i });
    if (Math.abs(v - expected[i]) > 1e-6 * Math.max(1, expected[i])) throw new Error(`SUMPRODUCT row ${i}: ${v} ≠ ${expected[i]}`);
  }
  const t1 = process.hrtime.bigint();
  hf.setCellContents({ sheet: 0, col: 5, row: 2 }, [[0.03]]);
  const recalcMs = Number(process.hrtime.bigint() - t1) / 1e6;
  hf.destroy();
  const scale = amounts.length / rows;
  return { rows, buildMs: buildMs * scale, recalcMs: recalcMs * scale };
}

/** What-if over 10,000 partners × 5 KPIs: the insights pane recomputes this as the user types. */
function insightsFigures() {
  const current = engine.programTemplate("solarwave");
  current.kpis = ["On-time", "CSAT", "Volume", "Training", "Returns"].map((name, i) => ({
    name,
    unit: "",
    direction: i === 4 ? "lower" : "higher",
    targetMode: "fixed",
    target: 1,
    weight: 0.2,
    gate: i === 1 ? 0.5 : null,
  }));
  const rand = lcg(5);
  const partners = QUICK ? 2000 : 10000;
  const inputs = Array.from({ length: partners }, () => ({ actuals: current.kpis.map(() => 0.5 + rand()) }));
  const scenario = engine.programTemplate("solarwave");
  scenario.kpis = current.kpis;
  scenario.tiers[1].bound = 1.05;
  const ms = timeIt(() => engine.whatIf(current, scenario, inputs), QUICK ? 3 : 9) * (10000 / partners);
  return { whatif_10k_ms: round(ms) };
}

function bundleFigures() {
  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "functions.js"))) execSync("npm run build", { cwd: ROOT, stdio: "ignore" });
  const gzip = (files) => files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  // The first screen loads taskpane.js; the wizard, workbook code, insights and sample data are
  // chunks loaded when first used.
  const lazy = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && f !== "functions.js" && f !== "taskpane.js");
  return {
    taskpane_gzip_bytes: gzip(["taskpane.js"]),
    taskpane_lazy_chunks_gzip_bytes: gzip(lazy),
    functions_gzip_bytes: gzip(["functions.js"]),
  };
}

/** Dashboard generation through a recording request context: syncs and request sizes by partner count. */
async function dashboardFigures() {
  const { benchDashboard } = require("../src/workbook/dashboard/benchDashboard");
  const counts = QUICK ? [10, 1000] : [10, 1000, 10000, 50000];
  const out = [];
  for (const n of counts) {
    const r = await benchDashboard(n);
    out.push({ partners: r.partners, syncs: r.syncs, max_request_bytes: r.max_request_bytes, build_ms: round(r.build_ms) });
  }
  return out;
}

/**
 * Every write path (create, dashboard, statements, values-only statements, scenario, update) at
 * 50,000 partners against the strict Excel model: time, peak heap, syncs. Quick mode: 1,000.
 */
async function writeFigures() {
  const { benchWrites } = require("../test/bench/writes.ts");
  const partners = QUICK ? 1000 : 50000;
  const figures = await benchWrites(partners);
  const out = { partners };
  for (const [p, f] of Object.entries(figures)) {
    out[`${p}_ms`] = f.ms;
    out[`${p}_peak_heap_mb`] = f.peak_heap_mb;
    out[`${p}_syncs`] = f.syncs;
  }
  return out;
}

/** Navigation to the first rendered screen of the built pane in headless Chromium, median of 5. */
async function firstRenderFigure() {
  if (!fs.existsSync(process.env.E2E_CHROMIUM || "/usr/bin/chromium")) return null; // no browser here: not measured
  const { measureFirstRender } = require("../test/e2e/firstRender");
  return (await measureFirstRender({ runs: QUICK ? 1 : 5 })).medianMs;
}

async function main() {
  const report = {
    machine: machine(),
    quick: QUICK,
    engine: engineFigures(),
    ...functionFigures(),
    insights: insightsFigures(),
    dashboard: await dashboardFigures(),
    writes_50k: await writeFigures(),
    bundle: bundleFigures(),
    taskpane_first_render_ms: await firstRenderFigure(),
  };
  const lines = [
    `Machine: ${report.machine.cpu}, ${report.machine.cores} cores, Node ${report.machine.node}${QUICK ? " (quick mode)" : ""}`,
    "",
    "Engine (period payout, evaluations per second):",
    ...Object.entries(report.engine).map(([k, v]) => `  ${k.padEnd(34)} ${v.toLocaleString("en-US").padStart(14)}`),
    "",
    "Functions (as Excel calls them):",
    ...Object.entries(report.functions).map(([k, v]) => `  ${k.padEnd(34)} ${String(v).padStart(10)} ms`),
    "",
    "Baseline:",
    ...Object.entries(report.baseline).map(([k, v]) => `  ${k.padEnd(34)} ${String(v).padStart(10)}`),
    "",
    "Insights:",
    ...Object.entries(report.insights).map(([k, v]) => `  ${k.padEnd(34)} ${String(v).padStart(10)} ms`),
    "",
    "Dashboard (generate, recording context):",
    "  partners      syncs   largest request    build",
    ...report.dashboard.map(
      (d) =>
        `  ${String(d.partners).padStart(8)} ${String(d.syncs).padStart(10)} ${d.max_request_bytes.toLocaleString("en-US").padStart(14)} B ${String(d.build_ms).padStart(9)} ms`,
    ),
    "",
    `Writes against the strict Excel model (${report.writes_50k.partners.toLocaleString("en-US")} partners; time, peak heap, syncs):`,
    ...["create", "dashboard", "statements", "statements_values_only", "scenario", "update"].map(
      (p) =>
        `  ${p.padEnd(24)} ${String(report.writes_50k[`${p}_ms`]).padStart(9)} ms ${String(report.writes_50k[`${p}_peak_heap_mb`]).padStart(6)} MB ${String(report.writes_50k[`${p}_syncs`]).padStart(4)} syncs`,
    ),
    "",
    "Bundle (gzip):",
    ...Object.entries(report.bundle).map(([k, v]) => `  ${k.padEnd(34)} ${v.toLocaleString("en-US").padStart(10)} bytes`),
  ];
  lines.push("", `Task pane first render (headless Chromium): ${report.taskpane_first_render_ms ?? "not measured (no /usr/bin/chromium)"} ms`);
  console.log(lines.join("\n"));
  if (JSON_OUT) console.log(JSON.stringify(report));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
