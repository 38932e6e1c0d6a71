// Completes the standalone server that `next build` writes (output: "standalone" in next.config.ts):
// Next.js leaves the browser assets (`.next/static`) and `public/` for the host to serve, so they
// are copied next to `server.js`, which then serves them itself. It also puts the response cache
// (scripts/response-cache.cjs) in front: Next.js's server.js becomes next-server.js, and server.js
// loads the cache, then it. Run after every build (it is idempotent):
//   node scripts/standalone.mjs && node .next/standalone/server.js
import { copyFileSync, cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
const WRAPPER_MARK = "// The response cache in front of Next.js's own server";
const server = join(standalone, "server.js");
if (!readFileSync(server, "utf8").includes(WRAPPER_MARK)) {
  renameSync(server, join(standalone, "next-server.js"));
  writeFileSync(
    server,
    `${WRAPPER_MARK} (written by scripts/standalone.mjs; RESPONSE_CACHE=off to leave it out).\n` +
      `require("./response-cache.cjs").installResponseCache();\nrequire("./next-server.js");\n`,
  );
}
copyFileSync(join("scripts", "response-cache.cjs"), join(standalone, "response-cache.cjs"));
console.log(`${standalone}: server.js (with the response cache), ${distDir}/static and public ready`);
