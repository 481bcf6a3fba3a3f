/*
 * The heavy suites (*.heavy.test.ts), run by CI after `npm test`: failures injected at every sync
 * of every write path, writes of 5,000 to 300,000 rows. Everything of the main config, only those
 * files, less the 50,000-partner suites of `npm run test:huge` (jest.huge.config.js).
 */
const base = require("./jest.config");
const huge = require("./jest.huge.config");

/** jest.huge.config.js's files as paths to ignore ("**\/test/a.heavy.test.ts" → "/test/a\.heavy\.test\.ts$"). */
const hugeFiles = huge.testMatch.map((glob) => `${glob.replace(/^\*\*/, "").replace(/\./g, "\\.")}$`);

/** @type {import("jest").Config} */
module.exports = {
  ...base,
  testMatch: ["**/*.heavy.test.ts", "**/*.heavy.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", ...hugeFiles],
};
