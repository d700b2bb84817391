/** Unit and integration tests. Browser (e2e) tests run separately: see scripts/test.js. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: true }],
  },
  setupFiles: ["<rootDir>/test/support/office-js/setup.ts"],
  testTimeout: 60000,
};
