/* eslint-disable no-undef */
/**
 * End-to-end tests (npm run test:e2e): headless Chromium against the built task pane. Separate
 * from the main jest config, which ignores test/e2e/. One worker: one browser on a 2-core machine.
 * @type {import("jest").Config}
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.js"],
  transform: {},
  globalSetup: "<rootDir>/test/e2e/globalSetup.js",
  testTimeout: 180000,
  maxWorkers: 1,
  verbose: true,
};
