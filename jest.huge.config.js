/*
 * The 50,000-partner suites, run by hand (`npm run test:huge`, not CI): each holds a 50,000-row
 * workbook in the strict Excel model, gigabytes and minutes of CPU (docs/testing.md). Everything
 * of the main config, only these files; jest.heavy.config.js leaves them out.
 */
const base = require("./jest.config");

/** @type {import("jest").Config} */
module.exports = {
  ...base,
  // One at a time: each may grow to several GB (npm run test:huge gives the heap up to 12 GB).
  maxWorkers: 1,
  testMatch: [
    "**/test/workbook/statementsOnModel.heavy.test.ts",
    "**/test/workbook/valuesOnlyStatements.heavy.test.ts",
    "**/test/workbook/dashboard/generate.heavy.test.ts",
  ],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
};
