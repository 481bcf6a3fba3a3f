/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  // One worker per two cores: 1 on the 2-core machines this runs on (each jsdom worker is a full
  // CPU of its own; a second one only makes both slower and the pane suites' CPU-bound tests
  // twice as long), more on bigger machines. docs/testing.md has the measurements.
  maxWorkers: "50%",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // *.heavy.test.ts (50,000-partner writes, failures at every sync of long writes) run in `npm run test:heavy`.
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "\\.heavy\\.test\\.tsx?$"],
  transform: {
    "^.+\\.csv$": "<rootDir>/test/setup/textTransform.js",
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json", diagnostics: { warnOnly: false } }],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
  moduleNameMapper: {
    // office-addin-mock pulls in office-addin-manifest, whose ESM-only dependencies jest cannot load.
    "^office-addin-manifest$": "<rootDir>/test/setup/officeAddinManifestStub.ts",
  },
};
