/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
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
