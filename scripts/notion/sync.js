#!/usr/bin/env node
// `node scripts/notion/sync.js [options]` is `./notion-wix sync [options]`: same arguments, environment and exit
// code, from any working directory. Signals (Ctrl-C, SIGTERM from a scheduler) are passed on to the sync.
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");

const launcher = path.resolve(__dirname, "..", "..", "notion-wix");
const child = spawn(launcher, ["sync", ...process.argv.slice(2)], { stdio: "inherit", env: process.env });

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("error", (error) => {
  console.error(`sync.js: cannot start ${launcher}: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  process.exit(code ?? 128 + (signal === "SIGKILL" ? 9 : signal === "SIGTERM" ? 15 : 2));
});
