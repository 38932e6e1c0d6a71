import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["lib/**/*.test.ts", "bin/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
  },
});
