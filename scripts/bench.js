#!/usr/bin/env node
/* eslint-disable no-undef */
/*
 * npm run bench [-- --json] [-- --quick] [-- --functions-only | --writes-only]
 * (the writes run in a child process: node --expose-gc --max-old-space-size=8192 scripts/benchWrites.js)
 * Measures the engine and the custom functions as Excel calls them (2-D arrays in and out),
 * against the floor of a plain typed-array loop, and reports bundle sizes. With --json the last
 * line on stdout is one JSON object. --quick runs few repetitions (CI checks that it still runs).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync, execSync } = require("child_process");
require("./tsRequire");

const args = process.argv.slice(2);
const JSON_OUT = args.includes("--json");
const QUICK = args.includes("--quick");
const ROOT = path.resolve(__dirname, "..");

require("./bench/customFunctionsGlobal");

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

/**
 * CPU times (ms) of several functions timed in rounds: each round runs every function once, so
 * the ratios between them are measured under the same load (the machine is shared). Returns each
 * function's median (what the `functions.*` and `baseline.*` keys report) and minimum.
 * - CPU time: the process's user + system time (the collector's threads included), not the wall
 *   clock, which on a shared machine also counts the time other processes ran.
 * - Warm-up: `warmup` whole rounds first, so every function runs optimised code before it is
 *   measured (a 100,000-row call is optimised on stack during its first call, and deoptimised and
 *   re-optimised during the next few as paths it had not taken yet are reached).
 * - Order: shuffled every round (a fixed seed, so every run measures the same sequence). What ran
 *   just before a call changes its cost — how full the young generation is when it starts decides
 *   how many of its rows a scavenge copies and whether V8 starts allocating them in old space — so
 *   with a fixed order one function always paid for its neighbour (SCORE's median moved with the
 *   round order).
 * - No collection is forced between calls: after `gc()` V8 shrinks the young generation, and the
 *   next call ran partly unoptimised (`--trace-opt` showed PAYOUT's column function compiled
 *   again, on stack, on every call after a forced collection): 2–5× the floor, a cost no call in
 *   Excel pays.
 */
function timeRounds(fns, runs, warmup = 5, seed = 17) {
  const names = Object.keys(fns);
  for (let i = 0; i < warmup; i++) for (const n of names) fns[n]();
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const rand = lcg(seed);
  for (let i = 0; i < runs; i++) {
    const order = names.slice();
    for (let j = order.length - 1; j > 0; j--) {
      const k = Math.floor(rand() * (j + 1));
      [order[j], order[k]] = [order[k], order[j]];
    }
    for (const n of order) {
      const c0 = process.cpuUsage();
      fns[n]();
      const c = process.cpuUsage(c0);
      times[n].push((c.user + c.system) / 1000);
    }
  }
  const median = {};
  const min = {};
  for (const n of names) {
    const t = times[n].sort((a, b) => a - b);
    median[n] = t[Math.floor(t.length / 2)];
    min[n] = t[0];
  }
  return { median, min };
}

/**
 * The format floor for a PAYOUT column: the leanest JavaScript that reads Excel's input rows,
 * computes the same marginal payout inline (binary search on the bounds, the accrued payout up to
 * the tier, no validation) and allocates the one-cell output rows Excel requires.
 */
function formatFloor(table) {
  const bounds = table.bounds;
  const rates = table.rates;
  const cumulative = table.cumulative;
  const last = table.size - 1;
  return (rowsIn) => {
    const n = rowsIn.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const x = rowsIn[i][0];
      if (!(x >= bounds[0])) {
        out[i] = [0];
        continue;
      }
      let lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (bounds[mid] <= x) lo = mid;
        else hi = mid - 1;
      }
      out[i] = [cumulative[lo] + (x - bounds[lo]) * rates[lo]];
    }
    return out;
  };
}

function check(cond, what) {
  if (!cond) throw new Error(`bench check failed: ${what}`);
}

/** scripts/bench/textColumn1m.js in a child process with a 256 MB heap (100,000 rows in --quick). */
function textColumnMillion() {
  const script = path.join(__dirname, "bench", "textColumn1m.js");
  const rows = QUICK ? "100000" : "1000000";
  const argv = ["--expose-gc", "--max-old-space-size=256", script, rows];
  return JSON.parse(execFileSync(process.execPath, argv, { encoding: "utf8" }).trim().split("\n").pop());
}

function functionFigures() {
  const rows = 100000;
  const runs = QUICK ? 3 : 11;
  const rand = lcg(11);

  // Ten tiers (the issue's case): amounts spread over every tier and beyond the last bound.
  const tiers10 = tierRows(10);
  const table10 = engine.parseTierTable(tiers10);
  const amounts = [];
  for (let i = 0; i < rows; i++) amounts.push([Math.round(rand() * 120000 * 100) / 100]);
  // The same column as numbers stored as text (a CSV import): every cell is #VALUE!.
  const textAmounts = amounts.map((r) => [String(r[0])]);
  // ONTIME: 100,000 due / completion date pairs, one in ten still open.
  const due = [];
  const done = [];
  for (let i = 0; i < rows; i++) {
    const d = 46000 + (i % 365);
    due.push([d]);
    done.push([i % 10 === 0 ? null : d + Math.floor(rand() * 10) - 5]);
  }
  const asOf = 46400;
  // SCORE: 100,000 partners × 5 KPIs against one row of weights.
  const attainments = [];
  for (let i = 0; i < rows; i++) attainments.push([0, 0, 0, 0, 0].map(() => Math.round(rand() * 150) / 100));
  const weights = [[0.3, 0.25, 0.2, 0.15, 0.1]];
  // ATTAINMENT: 100,000 actuals against their own targets; BONUS: 100,000 attainments on a
  // four-point curve, one target incentive; PRICE: 100,000 list prices and volumes, 10 tiers of
  // discounts read at the same amounts.
  const targets = amounts.map(() => [50000 + Math.round(rand() * 50000)]);
  const attained = attainments.map((r) => [r[0]]);
  const curve = [["Attainment", "Payout", "Label"], [0.5, 0.25, "Threshold"], [1, 1, "Target"], [1.5, 2, "Excellence"]];
  const listPrices = amounts.map((r, i) => [100 + (i % 50)]);
  const discounts = tierRows(10).map((r, i) => (i === 0 ? r : [r[0], Math.min(0.5, r[1] * 5), r[2]]));

  const floor = formatFloor(table10);
  const fns = {
    format_floor: () => floor(amounts),
    payout: () => functions.payout(amounts, tiers10, "marginal", null, null, null),
    tier: () => functions.tier(amounts, tiers10, null),
    rate: () => functions.rate(amounts, tiers10, "marginal", null),
    gap: () => functions.gap(amounts, tiers10, null),
    ontime: () => functions.ontime(due, done, asOf, null),
    score: () => functions.score(attainments, weights, null),
    payout_text: () => functions.payout(textAmounts, tiers10, "marginal", null, null, null),
    attainment: () => functions.attainment(amounts, targets, null),
    bonus: () => functions.bonus(attained, [[1000]], curve, null),
    price: () => functions.price(listPrices, amounts, discounts, null),
  };

  // Every figure is for correct work: the column calls are checked against the floor and the engine first.
  const expected = floor(amounts);
  const paid = fns.payout();
  const tiersOut = fns.tier();
  const ratesOut = fns.rate();
  const gapsOut = fns.gap();
  for (let i = 0; i < rows; i++) {
    const x = amounts[i][0];
    check(paid[i][0] === expected[i][0], `PAYOUT row ${i}: ${paid[i][0]} ≠ ${expected[i][0]}`);
    check(tiersOut[i][0] === engine.tierName(table10, engine.tierIndex(table10, x)), `TIER row ${i}`);
    check(ratesOut[i][0] === engine.rateAt(table10, "marginal", x), `RATE row ${i}`);
    check(gapsOut[i][0] === engine.gapToNextTier(table10, x), `GAP row ${i}`);
  }
  const texts = fns.payout_text();
  for (let i = 0; i < rows; i += 997) {
    check(texts[i][0] instanceof CustomFunctions.Error && texts[i][0].code === "#VALUE!", `text row ${i} is #VALUE!`);
    check(texts[i][0].message.includes(`"${textAmounts[i][0]}"`), `text row ${i}'s message quotes the cell`);
  }
  check(fns.ontime()[0][0] === engine.onTimeRate(due.map((r) => r[0]), done.map((r) => r[0]), asOf), "ONTIME");
  const scores = fns.score();
  const parsedWeights = engine.parseWeights(weights[0]);
  for (let i = 0; i < rows; i += 97) check(scores[i][0] === engine.weightedScore(attainments[i], parsedWeights), `SCORE row ${i}`);

  const attainedOut = fns.attainment();
  const bonuses = fns.bonus();
  const prices = fns.price();
  const curveTable = engine.parseTierTable(curve);
  const discountTable = engine.parseTierTable(discounts);
  for (let i = 0; i < rows; i += 89) {
    check(attainedOut[i][0] === engine.attainment(amounts[i][0], targets[i][0]), `ATTAINMENT row ${i}`);
    check(bonuses[i][0] === engine.bonus(curveTable, attained[i][0], 1000), `BONUS row ${i}`);
    check(prices[i][0] === engine.netPrice(listPrices[i][0], discountTable, amounts[i][0]), `PRICE row ${i}`);
  }

  const { median: columns, min: columnsMin } = timeRounds(fns, QUICK ? 3 : 21, QUICK ? 1 : 5);

  // Columns of single-cell formulas: one call per row, each with its own copy of the tier range
  // as Excel passes it (1,000 copies in turn, so no call sees the previous call's array).
  const calls = QUICK ? 20000 : rows;
  const scalar = {};
  for (const n of [10, 50]) {
    const tiers = tierRows(n);
    const top = n * 10000 * 1.2;
    const xs = [];
    for (let i = 0; i < rows; i++) xs.push([Math.round(rand() * top * 100) / 100]);
    const single = xs.slice(0, calls).map((r) => [[r[0]]]);
    const copies = Array.from({ length: 1000 }, () => tiers.map((r) => r.slice()));
    const column = functions.payout(xs, tiers, "marginal", null, null, null);
    for (let i = 0; i < calls; i += 101) {
      check(functions.payout(single[i], copies[i % 1000], "marginal", null, null, null)[0][0] === column[i][0], `scalar row ${i}`);
    }
    clearTierCache();
    const { median: t, min: tMin } = timeRounds(
      {
        column: () => functions.payout(xs, tiers, "marginal", null, null, null),
        calls: () => {
          for (let i = 0; i < calls; i++) functions.payout(single[i], copies[i % 1000], "marginal", null, null, null);
        },
        same_array: () => {
          for (let i = 0; i < calls; i++) functions.payout(single[i], tiers, "marginal", null, null, null);
        },
      },
      QUICK ? 3 : 11,
      QUICK ? 1 : 3,
    );
    const scale = rows / calls;
    scalar[n] = {
      column: t.column,
      calls: t.calls * scale,
      sameArray: t.same_array * scale,
      minColumn: tMin.column,
      minCalls: tMin.calls * scale,
    };
  }

  const explainMs = timeIt(() => {
    for (let i = 0; i < 1000; i++) functions.explain([[amounts[i][0]]], tiers10, "marginal", null, null);
  }, runs);

  const sheet = spreadsheetBaseline(runs);

  const c = columns;
  const m = columnsMin;
  return {
    functions: {
      format_floor_100k_ms: round(c.format_floor),
      payout_column_100k_ms: round(c.payout),
      tier_column_100k_ms: round(c.tier),
      rate_column_100k_ms: round(c.rate),
      gap_column_100k_ms: round(c.gap),
      ontime_100k_ms: round(c.ontime),
      score_100k_x5_ms: round(c.score),
      payout_text_column_100k_ms: round(c.payout_text),
      attainment_column_100k_ms: round(c.attainment),
      bonus_column_100k_ms: round(c.bonus),
      price_column_100k_ms: round(c.price),
      payout_scalar_100k_calls_10_tiers_ms: round(scalar[10].calls),
      payout_scalar_100k_calls_50_tiers_ms: round(scalar[50].calls),
      payout_scalar_100k_calls_same_array_10_tiers_ms: round(scalar[10].sameArray),
      payout_scalar_100k_calls_same_array_50_tiers_ms: round(scalar[50].sameArray),
      explain_1k_ms: round(explainMs),
    },
    baseline: {
      payout_vs_format_floor: round(c.payout / c.format_floor),
      tier_vs_payout: round(c.tier / c.payout),
      rate_vs_payout: round(c.rate / c.payout),
      gap_vs_payout: round(c.gap / c.payout),
      ontime_vs_payout: round(c.ontime / c.payout),
      score_vs_payout: round(c.score / c.payout),
      text_vs_valid_column: round(c.payout_text / c.payout),
      attainment_vs_payout: round(c.attainment / c.payout),
      bonus_vs_payout: round(c.bonus / c.payout),
      price_vs_payout: round(c.price / c.payout),
      payout_column_10_tiers_100k_ms: round(scalar[10].column),
      scalar_vs_column_10_tiers: round(scalar[10].calls / scalar[10].column),
      payout_column_50_tiers_100k_ms: round(scalar[50].column),
      scalar_vs_column_50_tiers: round(scalar[50].calls / scalar[50].column),
      // 1,000,000 text cells through PAYOUT in a process whose heap is capped at 256 MB (issue 15
      // item 1): the heap held after the call, input and result (scripts/bench/textColumn1m.js).
      payout_text_column_1m_heap_mb: textColumnMillion().heap_after_mb,
      sumproduct_rows: sheet.rows,
      payout_column_3_tiers_100k_ms: round(sheet.columnMs),
      sumproduct_build_100k_ms: round(sheet.buildMs),
      sumproduct_recalc_rate_edit_100k_ms: round(sheet.recalcRateMs),
      sumproduct_recalc_amount_edit_100k_ms: round(sheet.recalcAmountMs),
      sumproduct_build_vs_column: round(sheet.buildMs / sheet.columnMs),
      sumproduct_rate_edit_vs_column: round(sheet.recalcRateMs / sheet.columnMs),
      sumproduct_amount_edit_vs_column: round(sheet.recalcAmountMs / sheet.columnMs),
    },
    // The same ratios from each function's fastest round (the `functions.*` and `baseline.*`
    // keys are medians): another process's burst only ever adds time to a round, so on a
    // shared machine the minimum is the steadier figure; both are reported.
    baseline_min: {
      format_floor_100k_ms: round(m.format_floor),
      payout_column_100k_ms: round(m.payout),
      payout_vs_format_floor: round(m.payout / m.format_floor),
      tier_vs_payout: round(m.tier / m.payout),
      rate_vs_payout: round(m.rate / m.payout),
      gap_vs_payout: round(m.gap / m.payout),
      ontime_vs_payout: round(m.ontime / m.payout),
      score_vs_payout: round(m.score / m.payout),
      text_vs_valid_column: round(m.payout_text / m.payout),
      attainment_vs_payout: round(m.attainment / m.payout),
      bonus_vs_payout: round(m.bonus / m.payout),
      price_vs_payout: round(m.price / m.payout),
      scalar_vs_column_10_tiers: round(scalar[10].minCalls / scalar[10].minColumn),
      scalar_vs_column_50_tiers: round(scalar[50].minCalls / scalar[50].minColumn),
    },
  };
}

/**
 * The canonical Excel formula for a marginal payout, the differential-rate SUMPRODUCT, in
 * HyperFormula (GPL-3.0: a dev dependency used here only, never bundled), against the PAYOUT
 * column call on the same 100,000 amounts and 3 tiers. Build = parse and first calculation;
 * recalculation after one edit of a tier rate (every row depends on it) and after one edit of an
 * amount (one row does). Quick mode runs 10,000 rows and scales the times to 100,000.
 */
function spreadsheetBaseline(runs) {
  const { HyperFormula } = require("hyperformula");
  const total = 100000;
  const rand = lcg(13);
  const tiers = [
    ["Bound", "Rate", "Label"],
    [0, 0.02, "Bronze"],
    [50000, 0.03, "Silver"],
    [100000, 0.05, "Gold"],
  ];
  const amounts = [];
  for (let i = 0; i < total; i++) amounts.push([Math.round(rand() * 200000 * 100) / 100]);
  const columnMs = timeIt(() => functions.payout(amounts, tiers, "marginal", null, null, null), runs);
  const expected = functions.payout(amounts, tiers, "marginal", null, null, null);

  const rows = QUICK ? 10000 : total;
  const bounds = [0, 50000, 100000];
  const rateSteps = [0.02, 0.01, 0.02]; // each tier's rate minus the previous one's
  const data = [];
  for (let i = 0; i < rows; i++) {
    const r = [amounts[i][0], `=SUMPRODUCT(--(A${i + 1}>$E$1:$E$3),A${i + 1}-$E$1:$E$3,$F$1:$F$3)`];
    if (i < 3) r.push(null, null, bounds[i], rateSteps[i]);
    data.push(r);
  }
  const t0 = process.hrtime.bigint();
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", useArrayArithmetic: true, maxRows: rows + 10 });
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  for (let i = 0; i < rows; i += 997) {
    const v = hf.getCellValue({ sheet: 0, col: 1, row: i });
    check(Math.abs(v - expected[i][0]) <= 1e-6 * Math.max(1, expected[i][0]), `SUMPRODUCT row ${i}: ${v} ≠ ${expected[i][0]}`);
  }
  const t1 = process.hrtime.bigint();
  hf.setCellContents({ sheet: 0, col: 5, row: 2 }, [[0.03]]);
  const recalcRateMs = Number(process.hrtime.bigint() - t1) / 1e6;
  const t2 = process.hrtime.bigint();
  hf.setCellContents({ sheet: 0, col: 0, row: 5 }, [[123456.78]]);
  const recalcAmountMs = Number(process.hrtime.bigint() - t2) / 1e6;
  hf.destroy();
  const scale = total / rows;
  // One edited amount recalculates one row: that time is not scaled.
  return { rows, columnMs, buildMs: buildMs * scale, recalcRateMs: recalcRateMs * scale, recalcAmountMs };
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

/**
 * Bundle sizes at gzip -9. first_screen_gzip_bytes: every script the pane page loads from the
 * add-in before the user acts (functions.js included, office.js not; scripts/bench/firstScreen.js).
 */
async function bundleFigures() {
  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "functions.js"))) execSync("npm run build", { cwd: ROOT, stdio: "ignore" });
  const { firstScreenFigures, gzipBytes } = require("./bench/firstScreen");
  const first = await firstScreenFigures({ dist });
  const lazy = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !first.first_screen_scripts.includes(f));
  return {
    bundle: {
      first_screen_gzip_bytes: first.first_screen_gzip_bytes,
      ...(first.first_screen_zh_gzip_bytes ? { first_screen_zh_gzip_bytes: first.first_screen_zh_gzip_bytes } : {}),
      taskpane_gzip_bytes: gzipBytes(dist, ["taskpane.js"]),
      functions_gzip_bytes: gzipBytes(dist, ["functions.js"]),
      // The chunks loaded when the user first asks for them (wizard, Insights, the writing
      // workbook layer, the later screens' English words, the Chinese catalogue, sample data).
      lazy_chunks_gzip_bytes: gzipBytes(dist, lazy),
    },
    first_screen_scripts: `${first.first_screen_scripts.join(" + ")} (${first.measured_by})`,
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
 * 50,000 partners against the strict Excel model: wall time, CPU time, peak heap, syncs. Quick
 * mode: 1,000. In a child process (scripts/benchWrites.js) with --expose-gc and an 8 GB heap
 * limit: the model keeps every sheet written (at 50,000 partners about 2.5 GB of heap by the
 * values-only statements), and each peak then starts from the writes' own heap.
 */
function writeFigures() {
  const partners = QUICK ? 1000 : 50000;
  const stdout = execFileSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", path.join(__dirname, "benchWrites.js"), String(partners)],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "inherit"] },
  );
  const { figures } = JSON.parse(stdout.trim().split("\n").pop());
  const out = { partners };
  for (const [p, f] of Object.entries(figures)) {
    out[`${p}_ms`] = f.ms;
    out[`${p}_cpu_ms`] = f.cpu_ms;
    out[`${p}_peak_heap_mb`] = f.peak_heap_mb;
    // The add-in's own heap at its largest sync, apart from the model's workbook (test/bench/writes.ts).
    out[`${p}_addin_heap_mb`] = f.addin_heap_mb;
    out[`${p}_retained_heap_mb`] = f.retained_heap_mb;
    out[`${p}_syncs`] = f.syncs;
  }
  return out;
}

const WRITE_PATHS = ["create", "dashboard", "statements", "statements_values_only", "scenario", "update"];

function writeLines(w) {
  return [
    `Writes against the strict Excel model (${w.partners.toLocaleString("en-US")} partners; wall time, CPU time, peak heap, the add-in's own heap, syncs):`,
    ...WRITE_PATHS.map(
      (p) =>
        `  ${p.padEnd(24)} ${String(w[`${p}_ms`]).padStart(9)} ms ${String(w[`${p}_cpu_ms`]).padStart(9)} ms CPU ${String(w[`${p}_peak_heap_mb`]).padStart(6)} MB ${String(w[`${p}_addin_heap_mb`]).padStart(5)} MB add-in ${String(w[`${p}_syncs`]).padStart(4)} syncs`,
    ),
  ];
}

/** Navigation to the first rendered screen of the built pane in headless Chromium, median of 5. */
async function firstRenderFigure() {
  if (!fs.existsSync(process.env.E2E_CHROMIUM || "/usr/bin/chromium")) return null; // no browser here: not measured
  const { measureFirstRender } = require("../test/e2e/firstRender");
  return (await measureFirstRender({ runs: QUICK ? 1 : 5 })).medianMs;
}

/** `-- --writes-only`: the writes' figures alone (writes_50k). */
function writesOnly() {
  const report = { machine: machine(), quick: QUICK, writes_50k: writeFigures() };
  console.log(writeLines(report.writes_50k).join("\n"));
  if (JSON_OUT) console.log(JSON.stringify(report));
}

/** `-- --functions-only`: the custom functions' figures alone (a minute instead of many). */
function functionsOnly() {
  const report = { machine: machine(), quick: QUICK, ...functionFigures() };
  const show = (o, unit) => Object.entries(o).map(([k, v]) => `  ${k.padEnd(48)} ${String(v).padStart(10)}${unit}`);
  console.log(
    [
      "Functions (as Excel calls them; CPU time, median of the rounds):",
      ...show(report.functions, " ms"),
      "",
      "Baseline:",
      ...show(report.baseline, ""),
      "",
      "Baseline from each function's fastest round:",
      ...show(report.baseline_min, ""),
    ].join("\n"),
  );
  if (JSON_OUT) console.log(JSON.stringify(report));
}

async function main() {
  if (args.includes("--functions-only")) return functionsOnly();
  if (args.includes("--writes-only")) return writesOnly();
  const report = {
    machine: machine(),
    quick: QUICK,
    engine: engineFigures(),
    ...functionFigures(),
    insights: insightsFigures(),
    dashboard: await dashboardFigures(),
    writes_50k: writeFigures(),
    ...(await bundleFigures()),
    taskpane_first_render_ms: await firstRenderFigure(),
  };
  const lines = [
    `Machine: ${report.machine.cpu}, ${report.machine.cores} cores, Node ${report.machine.node}${QUICK ? " (quick mode)" : ""}`,
    "",
    "Engine (period payout, evaluations per second):",
    ...Object.entries(report.engine).map(([k, v]) => `  ${k.padEnd(34)} ${v.toLocaleString("en-US").padStart(14)}`),
    "",
    "Functions (as Excel calls them):",
    ...Object.entries(report.functions).map(([k, v]) => `  ${k.padEnd(48)} ${String(v).padStart(10)} ms`),
    "",
    "Baseline:",
    ...Object.entries(report.baseline).map(([k, v]) => `  ${k.padEnd(48)} ${String(v).padStart(10)}`),
    "",
    "Baseline from each function's fastest round:",
    ...Object.entries(report.baseline_min).map(([k, v]) => `  ${k.padEnd(48)} ${String(v).padStart(10)}`),
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
    ...writeLines(report.writes_50k),
    "",
    "Bundle (gzip):",
    ...Object.entries(report.bundle).map(([k, v]) => `  ${k.padEnd(34)} ${v.toLocaleString("en-US").padStart(10)} bytes`),
    `  first screen: ${report.first_screen_scripts}`,
  ];
  lines.push("", `Task pane first render (headless Chromium): ${report.taskpane_first_render_ms ?? "not measured (no /usr/bin/chromium)"} ms`);
  console.log(lines.join("\n"));
  if (JSON_OUT) console.log(JSON.stringify(report));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
