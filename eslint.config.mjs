import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import tseslint from "typescript-eslint";

const TEST_FILES = [
  "**/*.test.ts",
  "**/*.test.tsx",
  "**/*.cluster-test.ts",
  "e2e/**",
  "lib/test/**",
  "scripts/**",
  "bench/**",
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  ...tseslint.configs.strict,
  prettier,
  {
    rules: {
      // Prettier wraps code at 120 columns; comments and JSX text are wrapped by hand. Long strings stay whole so that
      // a message seen on screen or in a log can be found with one search (docs/CODE_STYLE.md).
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
      // French text is full of apostrophes and quotes, which React escapes; the rule still catches a stray > or }.
      "react/no-unescaped-entities": ["error", { forbid: [">", "}"] }],
      // Leaving a property out of an object by destructuring it into an `_`-prefixed name is the idiom for omission.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: TEST_FILES,
    rules: {
      // A test that reads back what it just wrote may assert presence with `!`: a missing value fails the test at once.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "next-env.d.ts",
    "playwright-report/**",
    "test-results/**",
    ".ci-results/**",
    "public/**",
  ]),
]);
