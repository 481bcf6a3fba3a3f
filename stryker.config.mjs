// Mutation testing (StrykerJS): `npm run mutate` mutates the engine, the functions and the
// workbook's safety code and runs each area's own jest tests against every mutant. Not part of
// `npm test` or CI: a full run takes hours on 2 cores. docs/testing.md ("Mutation testing") has how
// to scope a run, the scores and the equivalent mutants.
//
// MUTATE_AREA=engine|functions|safety picks one area (its files and its tests); without it, all
// three, each mutant still running only the tests that cover it (coverageAnalysis: "perTest").
// `npx stryker run --mutate src/engine/payout.ts` narrows further (keep MUTATE_AREA for the tests).

const areas = {
  engine: {
    mutate: ["src/engine/**/*.ts", "!src/engine/**/index.ts"],
    tests: ["engine/**/*.test.ts", "functions/**/*.test.ts", "reliability/**/*.test.ts"],
  },
  functions: {
    mutate: ["src/functions/**/*.ts"],
    tests: ["functions/**/*.test.ts", "reliability/**/*.test.ts"],
  },
  safety: {
    mutate: [
      "src/workbook/cellInput.ts", // text marking
      "src/workbook/names.ts", // sheet and table names
      "src/workbook/workbookNames.ts",
      "src/workbook/ownership.ts", // what the add-in owns
      "src/workbook/requestBudget.ts", // request size budget
    ],
    tests: ["workbook/cellInput.test.ts", "workbook/names.test.ts", "workbook/safety.mutants.test.ts"],
  },
};

const area = process.env.MUTATE_AREA;
if (area !== undefined && !(area in areas)) {
  throw new Error(`MUTATE_AREA must be one of ${Object.keys(areas).join(", ")}, not "${area}".`);
}
const chosen = area ? [areas[area]] : Object.values(areas);
const unique = (xs) => [...new Set(xs)];
// MUTATE_RUN=name keeps one run's incremental file, sandbox and reports apart from another's, so
// two runs over different files can go side by side (copy the area's incremental file to seed it).
const run = process.env.MUTATE_RUN ? `-${process.env.MUTATE_RUN}` : "";
const label = `${area ? `-${area}` : ""}${run}`;
// MUTATE_TESTS="engine/**/*.test.ts,reliability/**/*.test.ts" runs fewer test files than the area's
// (globs under test/): quicker per mutant on a busy machine, and a lower bound on the area's score.
const testGlobs = process.env.MUTATE_TESTS
  ? process.env.MUTATE_TESTS.split(",").map((t) => t.trim())
  : unique(chosen.flatMap((a) => a.tests));

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  checkers: ["typescript"],
  // The checker compiles only the mutated areas and their imports (tsconfig.mutate.json): with the
  // whole src/, one half-done pane file elsewhere in the shared tree made 770 of 837 functions
  // mutants "compile errors" (2026-12-06).
  tsconfigFile: "tsconfig.mutate.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  // The machines have 2 cores shared by several engineers.
  concurrency: 1,
  mutate: unique(chosen.flatMap((a) => a.mutate)),
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    enableFindRelatedTests: false,
    config: {
      testMatch: testGlobs.map((t) => `<rootDir>/test/${t}`),
      testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "\\.heavy\\.test\\.tsx?$"],
      maxWorkers: 1,
    },
  },
  // Only what the tests need goes into the sandbox: not the docs, screenshots or browser tests,
  // nor another run's sandbox (MUTATE_RUN).
  // dist/ stays: test/functions reads the built functions.json (run `npm run build` first).
  ignorePatterns: ["/docs", "/test/e2e", "/reports", "/assets", "*.png", ".ci", ".stryker-tmp*"],
  incremental: true,
  // Kept in git: a rerun tests only the mutants whose code or tests changed.
  incrementalFile: `test/mutation/incremental${label}.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation${label}/index.html` },
  jsonReporter: { fileName: `reports/mutation${label}/mutation.json` },
  thresholds: { high: 85, low: 75, break: null },
  timeoutMS: 20000,
  tempDirName: `.stryker-tmp${run}`,
  cleanTempDir: "always",
};
