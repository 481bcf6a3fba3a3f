/* The heavy suites (*.heavy.test.ts): everything of the main config, only those files. */
const base = require("./jest.config");

/** @type {import("jest").Config} */
module.exports = {
  ...base,
  testMatch: ["**/*.heavy.test.ts", "**/*.heavy.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
};
