// `npm start`: build once if there is no production build yet, then serve the standalone server
// (what the container image runs) on every address, port 3000 or $PORT.
import { existsSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";

import { distDir } from "../security-headers.mjs";

const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
const run = (cmd, args, extraEnv = {}) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(join(distDir, "BUILD_ID")) || !existsSync(join(distDir, "standalone", "server.js")))
  run("npx", ["next", "build"]);
// Also after a bare `next build`: the browser assets and public/ must sit next to server.js.
run(process.execPath, ["scripts/standalone.mjs"]);
// HOSTNAME set here, not the shell's (the machine's name), which server.js would bind to.
const server = spawn(process.execPath, [join(distDir, "standalone", "server.js")], {
  stdio: "inherit",
  env: { ...env, PORT: process.env.PORT ?? "3000", HOSTNAME: "0.0.0.0" },
});
// A stop signal goes to the server, which finishes the requests under way before it exits.
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" ? 130 : 143)));
