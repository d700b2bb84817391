/** Unit and integration tests. The browser (e2e) tests run separately, with jest.e2e.config.js: `npm run test:e2e` (npm test runs both). */
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
