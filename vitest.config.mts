import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: [
      "lib/**/*.test.ts",
      "bin/**/*.test.ts",
      "scripts/**/*.test.ts",
      "components/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    // Golden files are never written by a passing run: a missing or different one fails, and
    // \`npm run test:update\` (vitest run -u) rewrites them.
    update: "none",
    environment: "node",
    testTimeout: 120_000,
  },
});
