/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  // One worker per core: 2 on the 2-core machines this runs on, so a quiet run uses both (jest's
  // default, cores - 1, leaves one idle). Nothing waits for time (the Excel model's syncs are
  // microtasks, the pane's fake service answers at once): a busy machine makes tests slower, and
  // their time limits only catch a hang. docs/testing.md has the measurements.
  maxWorkers: "100%",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // *.heavy.test.ts (failures at every sync, the largest writes) run in `npm run test:heavy` (CI) and
  // `npm run test:huge` (50,000 partners, by hand): jest.heavy.config.js, jest.huge.config.js.
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "\\.heavy\\.test\\.tsx?$"],
  transform: {
    "^.+\\.csv$": "<rootDir>/test/setup/textTransform.js",
    // SWC strips the types file by file (as ts-jest did with isolatedModules, 25 times faster on a
    // cold cache: docs/testing.md); `npm run typecheck` (in lint) checks them. The options mirror
    // tsconfig.test.json: ES2020, CommonJS, React's automatic runtime, class fields assigned as tsc
    // does below ES2022.
    "^.+\\.tsx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          target: "es2020",
          transform: { react: { runtime: "automatic" }, useDefineForClassFields: false },
        },
        module: { type: "commonjs" },
        sourceMaps: "inline",
      },
    ],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
  moduleNameMapper: {
    // office-addin-mock pulls in office-addin-manifest, whose ESM-only dependencies jest cannot load.
    "^office-addin-manifest$": "<rootDir>/test/setup/officeAddinManifestStub.ts",
    // The same icons, each loaded when Fluent first uses it, not all 10,000 per pane suite (see the file).
    "^@fluentui/react-icons$": "<rootDir>/test/setup/fluentIcons.ts",
  },
};
