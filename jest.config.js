/** Tests run transpile-only; `npm run typecheck` type-checks everything once (faster on 2 cores). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": ["ts-jest", { diagnostics: false }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(uuid|strip-bom)/)[^/]+/(?!.*node_modules)"],
  testTimeout: 60000,
};
