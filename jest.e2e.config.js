/**
 * Browser (e2e) tests: Debian's Chromium driven by playwright-core against the preview page built
 * by webpack.preview.config.js and served on localhost. Run with `npm run test:e2e`.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/test/e2e/global-setup.js",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: true }],
  },
  // Each test file starts its own Chromium; two at a time on two cores.
  maxWorkers: 2,
  testTimeout: 90000,
};
