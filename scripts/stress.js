#!/usr/bin/env node
/* eslint-disable no-undef */
/*
 * npm run test:stress [-- <jest arguments>]
 *
 * Runs the jest suite (`npx jest`, no build) three times in a row while four busy processes compete
 * for the CPU, as on a loaded CI machine or a laptop doing something else. A test that passes
 * only on an idle machine fails here. Reports the failures of each run, ends with one line
 * ("stress: 3/3 runs passed" or "stress: FAILED …") and exits non-zero on any failure.
 *
 * Extra arguments go to jest (e.g. `npm run test:stress -- test/taskpane` to stress one folder).
 * Environment: STRESS_RUNS (default 3), STRESS_SPINNERS (default 4).
 *
 * The busy processes are killed at the end whatever happens (failure, exception, Ctrl+C,
 * SIGTERM, which also stops the jest run in progress); each also exits by itself once this script
 * is gone, so none is left spinning even if this script is killed with SIGKILL.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const RUNS = Number(process.env.STRESS_RUNS || 3);
const SPINNERS = Number(process.env.STRESS_SPINNERS || 4);
const JEST_ARGS = process.argv.slice(2);

// Spins on one core; every ~50M iterations checks that its parent still exists and exits if not.
const SPIN = `const p=${process.pid};for(let i=0;;i++){if(i%5e7===0){try{process.kill(p,0)}catch{process.exit(0)}}}`;

const spinners = [];
/** The jest run in progress (its own process group, so that npx's children go with it). */
let jest = null;

function startSpinners() {
  for (let i = 0; i < SPINNERS; i++) {
    const child = spawn(process.execPath, ["-e", SPIN], { stdio: "ignore" });
    child.on("error", () => undefined);
    spinners.push(child);
  }
}

function killSpinners() {
  if (jest && jest.exitCode === null && jest.signalCode === null) {
    try {
      process.kill(-jest.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  while (spinners.length) {
    const child = spinners.pop();
    try {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

process.on("exit", killSpinners);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    killSpinners();
    process.exit(130);
  });
}
process.on("uncaughtException", (e) => {
  killSpinners();
  console.error(e);
  process.exit(1);
});

/** Runs jest once; resolves with { code, seconds, failures: ["file › test: message"] }. */
function runJest(run) {
  const out = path.join(os.tmpdir(), `pi-stress-${process.pid}-${run}.json`);
  const started = Date.now();
  return new Promise((resolve) => {
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const child = spawn(npx, ["jest", "--json", `--outputFile=${out}`, ...JEST_ARGS], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      detached: process.platform !== "win32",
    });
    jest = child;
    child.on("error", (e) => resolve({ code: 1, seconds: 0, failures: [`could not start jest: ${e.message}`] }));
    child.on("exit", (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      const failures = [];
      let summary = "";
      try {
        const result = JSON.parse(fs.readFileSync(out, "utf8"));
        summary = `${result.numPassedTests}/${result.numTotalTests} tests passed, ${result.numFailedTestSuites} of ${result.numTotalTestSuites} suites failed`;
        for (const file of result.testResults) {
          const rel = path.relative(ROOT, file.name);
          const failed = file.assertionResults.filter((a) => a.status === "failed");
          for (const a of failed) {
            const first = (a.failureMessages[0] || "").split("\n").find((l) => l.trim()) || "";
            failures.push(`${rel} › ${a.fullName}: ${first.trim().slice(0, 200)}`);
          }
          if (file.status === "failed" && failed.length === 0) {
            failures.push(`${rel}: ${(file.message || "suite failed").split("\n").find((l) => l.trim()) || ""}`.trim());
          }
        }
        fs.rmSync(out, { force: true });
      } catch {
        summary = "no jest result";
      }
      if ((code !== 0 || signal) && failures.length === 0) failures.push(`jest exited with ${signal || code}`);
      resolve({ code: code ?? 1, seconds, failures, summary });
    });
  });
}

async function main() {
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
  console.log(
    `stress: ${RUNS} runs of npx jest ${JEST_ARGS.join(" ")} with ${SPINNERS} busy processes on ${os.availableParallelism()} cores (load ${load()})`,
  );
  const results = [];
  try {
    startSpinners();
    for (let run = 1; run <= RUNS; run++) {
      const r = await runJest(run);
      results.push(r);
      const head = `stress: run ${run}/${RUNS} ${r.failures.length ? "FAILED" : "passed"} in ${r.seconds.toFixed(1)} s (${r.summary}; load ${load()})`;
      console.log(head);
      for (const f of r.failures) console.log(`  ✕ ${f}`);
    }
  } finally {
    killSpinners();
  }
  const failed = results.filter((r) => r.failures.length).length;
  const times = results.map((r) => r.seconds.toFixed(1) + " s").join(", ");
  if (failed) {
    console.log(`stress: FAILED: ${failed} of ${RUNS} runs had failures (${times})`);
    process.exitCode = 1;
  } else {
    console.log(`stress: ${RUNS}/${RUNS} runs passed under ${SPINNERS} busy processes (${times})`);
  }
}

main().catch((e) => {
  killSpinners();
  console.error(e);
  process.exit(1);
});
