// `npm start`: build once if there is no production build yet, then serve on port 3000 (or $PORT).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const run = (args) => {
  const r = spawnSync("npx", ["next", ...args], { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(".next/BUILD_ID")) run(["build"]);
run(["start", "-p", process.env.PORT ?? "3000"]);
