// The unit tests lint the drill kit's shell scripts with shellcheck when it is on the PATH.
// As root on Debian/Ubuntu, install Debian's `shellcheck` package when it is missing (as
// ensure-chromium.mjs does for the browser); otherwise say the lint will be skipped. Never fails:
// the scripts are still parsed with bash -n and sh -n without it.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const found = () => spawnSync("sh", ["-c", "command -v shellcheck"], { stdio: "ignore" }).status === 0;
if (found()) process.exit(0);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/usr/bin/apt-get")) {
  console.error("No shellcheck found: installing Debian's `shellcheck` package…");
  const sh = (cmd) =>
    spawnSync("sh", ["-c", cmd], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (
    sh("apt-get install -y -qq shellcheck").status === 0 ||
    (sh("apt-get update -qq").status === 0 && sh("apt-get install -y -qq shellcheck").status === 0)
  ) {
    if (found()) process.exit(0);
  }
}
console.error(
  "shellcheck is not installed: the unit tests will skip linting the drill kit's scripts (Debian/Ubuntu: sudo apt-get install -y shellcheck).",
);
process.exit(0);
