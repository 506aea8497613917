import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-test/**",
    ".next-bench/**",
    "node_modules/**",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Configuration is read in lib/env.ts only (conventions); scripts and tooling configs are exempt below.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
      // Revalidation also purges the in-process response cache (lib/http/response-cache.ts).
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/cache", importNames: ["revalidatePath", "revalidateTag", "updateTag"], message: "Use revalidatePath from lib/revalidate.ts." }] },
      ],
    },
  },
  {
    files: ["lib/revalidate.ts", "**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: [
      "lib/env.ts",
      "scripts/**",
      "bench/**",
      "prisma/**",
      "e2e/**",
      "instrumentation.ts",
      "*.config.*",
      "prisma.config.ts",
      "**/*.test.ts",
      "lib/testing/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Playwright fixtures receive a function named `use`; it is not React's.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
