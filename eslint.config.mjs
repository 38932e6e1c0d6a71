import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// lib/ is plain TypeScript: no React, Next.js or UI state; @xyflow/system (React-free edge
// geometry) is the one diagram package it may use.
const LIB_PURITY = [
  {
    group: ["react", "react-dom", "react/*", "next", "next/*", "@xyflow/react", "@xyflow/react/*", "zustand", "zustand/*"],
    message: "lib/ is plain TypeScript: no React, Next.js or UI state.",
  },
  { group: ["@/components/*", "@/app/*"], message: "Imports flow app → components → lib, never back." },
];
const NO_TEST_SUPPORT = { group: ["@/test/*"], message: "Product code never reads test support (test/)." };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // The architecture in lint: no import cycle between files, and type-only imports marked as such.
    files: ["**/*.{ts,tsx,mts}"],
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
    },
  },
  {
    // lib/ is the product's meaning and must run in Node without a browser or a framework.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: LIB_PURITY }],
    },
  },
  {
    files: ["lib/answers/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_PURITY,
            NO_TEST_SUPPORT,
            { group: ["@/lib/knowledge", "@/lib/knowledge/*", "@/lib/estimates", "@/lib/estimates/*", "@/lib/scoring", "@/lib/scoring/*", "@/lib/architecture", "@/lib/architecture/*", "@/lib/diagram", "@/lib/diagram/*", "@/lib/iac", "@/lib/iac/*", "@/lib/runbook", "@/lib/runbook/*", "@/lib/decision-record", "@/lib/decision-record/*", "@/lib/bundle", "@/lib/bundle/*"], message: "lib/answers may import only shared modules lib/format.ts, lib/markdown.ts: lib folders import one way (answers → knowledge → estimates → scoring → architecture → diagram/iac/runbook/decision-record → bundle)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/knowledge/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_PURITY,
            NO_TEST_SUPPORT,
            { group: ["@/lib/estimates", "@/lib/estimates/*", "@/lib/scoring", "@/lib/scoring/*", "@/lib/architecture", "@/lib/architecture/*", "@/lib/diagram", "@/lib/diagram/*", "@/lib/iac", "@/lib/iac/*", "@/lib/runbook", "@/lib/runbook/*", "@/lib/decision-record", "@/lib/decision-record/*", "@/lib/bundle", "@/lib/bundle/*"], message: "lib/knowledge may import only lib/answers and lib/format.ts, lib/markdown.ts: lib folders import one way (answers → knowledge → estimates → scoring → architecture → diagram/iac/runbook/decision-record → bundle)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/estimates/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_PURITY,
            NO_TEST_SUPPORT,
            { group: ["@/lib/scoring", "@/lib/scoring/*", "@/lib/architecture", "@/lib/architecture/*", "@/lib/diagram", "@/lib/diagram/*", "@/lib/iac", "@/lib/iac/*", "@/lib/runbook", "@/lib/runbook/*", "@/lib/decision-record", "@/lib/decision-record/*", "@/lib/bundle", "@/lib/bundle/*"], message: "lib/estimates may import only lib/answers, lib/knowledge and lib/format.ts, lib/markdown.ts: lib folders import one way (answers → knowledge → estimates → scoring → architecture → diagram/iac/runbook/decision-record → bundle)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/scoring/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_PURITY,
            NO_TEST_SUPPORT,
            { group: ["@/lib/architecture", "@/lib/architecture/*", "@/lib/diagram", "@/lib/diagram/*", "@/lib/iac", "@/lib/iac/*", "@/lib/runbook", "@/lib/runbook/*", "@/lib/decision-record", "@/lib/decision-record/*", "@/lib/bundle", "@/lib/bundle/*"], message: "lib/scoring may import only lib/answers, lib/knowledge, lib/estimates and lib/format.ts, lib/markdown.ts: lib folders import one way (answers → knowledge → estimates → scoring → architecture → diagram/iac/runbook/decision-record → bundle)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/architecture/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_PURITY,
            NO_TEST_SUPPORT,
            { group: ["@/lib/diagram", "@/lib/diagram/*", "@/lib/iac", "@/lib/iac/*", "@/lib/runbook", "@/lib/runbook/*", "@/lib/decision-record", "@/lib/decision-record/*", "@/lib/bundle", "@/lib/bundle/*"], message: "lib/architecture may import only lib/answers, lib/knowledge, lib/estimates, lib/scoring and lib/format.ts, lib/markdown.ts: lib folders import one way (answers → knowledge → estimates → scoring → architecture → diagram/iac/runbook/decision-record → bundle)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/diagram/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_PURITY,
            NO_TEST_SUPPORT,
            { group: ["@/lib/iac", "@/lib/iac/*", "@/lib/runbook", "@/lib/runbook/*", "@/lib/decision-record", "@/lib/decision-record/*", "@/lib/bundle", "@/lib/bundle/*"], message: "lib/diagram may import only lib/answers, lib/knowledge, lib/estimates, lib/scoring, lib/architecture and lib/format.ts, lib/markdown.ts: lib folders import one way (answers → knowledge → estimates → scoring → architecture → diagram/iac/runbook/decision-record → bundle)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/iac/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_PURITY,
            NO_TEST_SUPPORT,
            { group: ["@/lib/diagram", "@/lib/diagram/*", "@/lib/runbook", "@/lib/runbook/*", "@/lib/decision-record", "@/lib/decision-record/*", "@/lib/bundle", "@/lib/bundle/*"], message: "lib/iac may import only lib/answers, lib/knowledge, lib/estimates, lib/scoring, lib/architecture and lib/format.ts, lib/markdown.ts: lib folders import one way (answers → knowledge → estimates → scoring → architecture → diagram/iac/runbook/decision-record → bundle)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/runbook/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_PURITY,
            NO_TEST_SUPPORT,
            { group: ["@/lib/diagram", "@/lib/diagram/*", "@/lib/iac", "@/lib/iac/*", "@/lib/decision-record", "@/lib/decision-record/*", "@/lib/bundle", "@/lib/bundle/*"], message: "lib/runbook may import only lib/answers, lib/knowledge, lib/estimates, lib/scoring, lib/architecture and lib/format.ts, lib/markdown.ts: lib folders import one way (answers → knowledge → estimates → scoring → architecture → diagram/iac/runbook/decision-record → bundle)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/decision-record/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_PURITY,
            NO_TEST_SUPPORT,
            { group: ["@/lib/iac", "@/lib/iac/*", "@/lib/runbook", "@/lib/runbook/*", "@/lib/bundle", "@/lib/bundle/*"], message: "lib/decision-record may import only lib/answers, lib/knowledge, lib/estimates, lib/scoring, lib/architecture, lib/diagram and lib/format.ts, lib/markdown.ts: lib folders import one way (answers → knowledge → estimates → scoring → architecture → diagram/iac/runbook/decision-record → bundle)." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/answers",
              allowTypeImports: true,
              message: "Import values from @/lib/answers/values or /questions: the index loads zod, which the first page must not.",
            },
          ],
          patterns: [
            { group: ["@/app/*"], message: "Imports flow app → components → lib, never back." },
            {
              group: ["@/lib/answers/schema", "@/lib/answers/permalink"],
              allowTypeImports: true,
              message: "The schema (zod) reaches the browser only through components/wizard/engine.ts, loaded on demand.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
