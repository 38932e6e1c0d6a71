// Completes the standalone server that `next build` writes (output: "standalone" in next.config.ts):
// Next.js leaves the browser assets (`.next/static`) and `public/` for the host to serve, so they
// are copied next to `server.js`, which then serves them itself. Run after every build:
//   node scripts/standalone.mjs && node .next/standalone/server.js
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";

import { distDir } from "../security-headers.mjs";

const standalone = join(distDir, "standalone");
if (!existsSync(join(standalone, "server.js"))) {
  console.error(`${standalone}/server.js is missing: run \`npm run build\` first.`);
  process.exit(2);
}
for (const [from, to] of [
  [join(distDir, "static"), join(standalone, distDir, "static")],
  ["public", join(standalone, "public")],
]) {
  rmSync(to, { recursive: true, force: true });
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}
console.log(`${standalone}: server.js, ${distDir}/static and public ready`);
