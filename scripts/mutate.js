#!/usr/bin/env node
/* eslint-disable no-undef */
/*
 * npm run mutate [-- <area>] [-- <stryker arguments>]
 *
 * Mutation testing with StrykerJS (stryker.config.mjs). <area> is engine, functions or safety
 * (the workbook's text marking, names, ownership and request budget); without one, all three.
 * Further arguments go to `stryker run`, e.g. `npm run mutate -- engine --mutate src/engine/payout.ts`.
 * Not part of `npm test` or CI: docs/testing.md ("Mutation testing") says how long a run takes.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const AREAS = ["engine", "functions", "safety"];
const args = process.argv.slice(2);
const env = { ...process.env };
if (args.length > 0 && AREAS.includes(args[0])) env.MUTATE_AREA = args.shift();
else if (args.length > 0 && !args[0].startsWith("-")) {
  console.error(`mutate: unknown area "${args[0]}" (one of ${AREAS.join(", ")})`);
  process.exit(2);
}
const stryker = path.join(__dirname, "..", "node_modules", "@stryker-mutator", "core", "bin", "stryker.js");
const result = spawnSync(process.execPath, [stryker, "run", "stryker.config.mjs", ...args], {
  cwd: path.join(__dirname, ".."),
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
