import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// lib/ is plain TypeScript: no React, Next.js or UI state; @xyflow/system (React-free edge
// geometry) is the one diagram package it may use.
const LIB_PURITY = [
  {
    group: [
      "react",
      "react-dom",
      "react/*",
      "next",
      "next/*",
      "@xyflow/react",
      "@xyflow/react/*",
      "zustand",
      "zustand/*",
    ],
    message: "lib/ is plain TypeScript: no React, Next.js or UI state.",
  },
  { group: ["@/components/*", "@/app/*"], message: "Imports flow app → components → lib, never back." },
];
const NO_TEST_SUPPORT = { group: ["@/test/*"], message: "Product code never reads test support (test/)." };

// The lib folders in the order data flows through them; each may import only the folders before
// it (and the shared lib/format.ts, lib/markdown.ts, lib/product.ts). Tests are exempt: they may
// compose anything.
const LIB_ORDER = [
  ["answers"],
  ["knowledge"],
  ["estimates"],
  ["scoring"],
  ["architecture"],
  ["diagram", "iac", "runbook"],
  ["decision-record"],
  ["bundle"],
];
const FLOW =
  "answers → knowledge → estimates → scoring → architecture → diagram/iac/runbook → decision-record → bundle";
const LIB_LAYERS = LIB_ORDER.flatMap((layer, i) => {
  const later = LIB_ORDER.slice(i).flat();
  return layer.map((folder) => {
    const forbidden = later.filter((f) => f !== folder);
    return {
      files: [`lib/${folder}/**/*.ts`],
      ignores: ["**/*.test.ts"],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: [
              ...LIB_PURITY,
              NO_TEST_SUPPORT,
              ...(forbidden.length
                ? [
                    {
                      group: forbidden.flatMap((f) => [`@/lib/${f}`, `@/lib/${f}/*`]),
                      message: `lib folders import one way: ${FLOW}.`,
                    },
                  ]
                : []),
            ],
          },
        ],
      },
    };
  });
});

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
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // lib/ is the product's meaning and must run in Node without a browser or a framework.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: LIB_PURITY }],
    },
  },
  ...LIB_LAYERS,
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*"], message: "Imports flow app → components → lib, never back." },
            {
              group: ["@/lib/import", "@/lib/import/*"],
              allowTypeImports: true,
              message:
                "The import code (zod schemas) is loaded with import() when it is used, never with the first page.",
            },
            {
              group: ["@/lib/answers/schema", "@/lib/answers/permalink"],
              allowTypeImports: true,
              message:
                "The schema (zod) reaches the browser only through components/wizard/engine.ts, loaded on demand.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
