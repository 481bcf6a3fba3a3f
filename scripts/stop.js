#!/usr/bin/env node
/* eslint-disable no-undef */
// npm stop: stops what npm start started (desktop sideload and the dev server).
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");
let failed = false;

if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync("npx", ["office-addin-debugging", "stop", path.join(ROOT, "manifest.xml")], {
    cwd: ROOT, stdio: "inherit", shell: process.platform === "win32",
  });
  if (r.status !== 0) {
    console.error("✖ office-addin-debugging stop failed.");
    failed = true;
  }
}

if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`✔ Stopped the dev server (process ${pid}).`);
  } catch (e) {
    console.log(`The dev server (process ${pid}) was not running.`);
  }
  fs.rmSync(PID_FILE, { force: true });
} else if (!(process.platform === "win32" || process.platform === "darwin")) {
  console.log("No dev server started by npm start is running.");
}
process.exit(failed ? 1 : 0);
