import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // lib/ is the product's meaning and must run in Node without a browser or a framework.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "next", "next/*", "@xyflow/*", "zustand", "zustand/*"], message: "lib/ is plain TypeScript: no React, Next.js or UI state." },
            { group: ["@/components/*", "@/app/*"], message: "Imports flow app → components → lib, never back." },
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
              group: ["@/lib/import", "@/lib/import/*"],
              allowTypeImports: true,
              message: "The import code (zod schemas) is loaded with import() when it is used, never with the first page.",
            },
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
