// ESLint (flat config): ESLint's recommended rules and typescript-eslint's
// recommended type-checked rules, for bugs rather than style (formatting is
// left alone). `npm run lint` allows no warnings; .ci/run runs it.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", "node_modules/", "coverage/", "bench/out/"] },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // a leading underscore marks a parameter or binding kept on purpose
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // `let { a, b } = ...` where only `a` is reassigned, and a `let` read by a
      // closure before its one assignment (the process handlers in main.ts), stay `let`
      "prefer-const": ["error", { destructuring: "all", ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Deliberate character classes, not mistakes: escape.ts replaces control
    // characters (U+0000 to U+001F) in user text with spaces; normalize.ts
    // strips invisible marks, combining ones among them (U+034F, variation
    // selectors), which the rule takes for a combined character.
    files: ["src/reply/escape.ts", "src/text/normalize.ts"],
    rules: { "no-control-regex": "off", "no-misleading-character-class": "off" },
  },
  {
    // Tests and benchmarks read JSON (log lines, replies, fixtures) through
    // JSON.parse and inspect it field by field; typing every such value would
    // add casts, not safety. The no-unsafe-* rules stay on for src/ and commands/.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      // raw gateway payloads carry plain numbers compared against discord-api-types' enums
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
      // hand-made malformed fixtures and generated datasets
      "@typescript-eslint/no-explicit-any": "off",
      // expect(obj.method) checks that a method exists, without calling it
      "@typescript-eslint/unbound-method": "off",
      // discord.js listeners in tests are async (client.on(..., async (i) => ...)), as in discord.js's guide
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      // benchmark entry points keep an async signature for callers that await them
      "@typescript-eslint/require-await": "off",
      // test/http/spec.ts imports a package without declarations under some
      // resolutions only, so @ts-expect-error would itself fail elsewhere
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-ignore": "allow-with-description" }],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
