/* eslint-disable no-undef */
/**
 * End-to-end tests (npm run test:e2e): headless Chromium against the built task pane. Separate
 * from the main jest config, which ignores test/e2e/. Two workers on a 2-core machine: the two
 * languages of the payout-cycle walk (minutes each) run beside the other files; every wait is for
 * a state (harness.js), so a slower browser makes a test slower, not red.
 * @type {import("jest").Config}
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  // Only test/e2e is crawled: not the trees of a mutation run's sandboxes (.stryker-tmp*), whose
  // copies of package.json made jest's module map warn of name collisions.
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.js"],
  transform: {},
  globalSetup: "<rootDir>/test/e2e/globalSetup.js",
  testTimeout: 180000,
  maxWorkers: 2,
  testSequencer: "<rootDir>/test/e2e/sequencer.js",
  verbose: true,
};
