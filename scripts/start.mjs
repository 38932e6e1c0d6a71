// `npm start`: build once if there is no production build yet, then serve on port 3000 (or $PORT).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

import { distDir } from "../security-headers.mjs";

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(`${distDir}/BUILD_ID`)) run("npx", ["next", "build"]);
run("npx", ["next", "start", "-p", process.env.PORT ?? "3000"]);
