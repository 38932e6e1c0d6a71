// Playwright cannot download browsers here, so the tests use a system Chromium.
// Where it looks: scripts/chromium.mjs; as root on Debian/Ubuntu,
// install the `chromium` package when none is found; otherwise say exactly what to install.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { findChromium } from "./chromium.mjs";

const found = findChromium();
if (found) {
  process.exit(0);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (isRoot && hasApt) {
  console.error("No Chromium found: installing Debian's `chromium` package (about 110 MB)…");
  const sh = (cmd) =>
    spawnSync("sh", ["-c", cmd], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (
    sh("apt-get update -qq").status === 0 &&
    sh("apt-get install -y -qq chromium").status === 0 &&
    existsSync("/usr/bin/chromium")
  ) {
    process.exit(0);
  }
}
console.error(
  [
    "The browser tests need a system Chromium and none was found.",
    "  Debian/Ubuntu: sudo apt-get install -y chromium",
    "  Or point CHROMIUM_PATH at an existing Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test",
  ].join("\n"),
);
process.exit(1);
