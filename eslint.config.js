// ESLint flat config: typescript-eslint's recommended rules on the TypeScript sources.
const tseslint = require("typescript-eslint");

module.exports = tseslint.config(
  { ignores: ["lib/**", "dist/**", "node_modules/**", "out/**", "coverage/**", "test/fixtures/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
