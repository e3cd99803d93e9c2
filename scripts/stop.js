// npm stop: the counterpart of npm start. Windows/macOS: office-addin-debugging stop; Linux:
// end the dev server that npm start recorded (only that process).
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { PID_FILE } = require("./dev-server-state");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "node_modules", ".bin");

spawnSync(path.join(BIN, "office-addin-usage-data"), ["off"], { stdio: "ignore", shell: process.platform === "win32" });

if (process.platform === "win32" || process.platform === "darwin") {
  const child = spawn(path.join(BIN, "office-addin-debugging"), ["stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
} else if (!fs.existsSync(PID_FILE)) {
  console.log("没有正在运行的开发服务器（未找到 npm start 的记录）。 / No dev server started by npm start is running.");
} else {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  // The recorded number may since belong to another program: end it only if it is still our server.
  let command = "";
  try {
    command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    // No such process: reported below.
  }
  try {
    if (!command.includes("webpack")) throw new Error("not the dev server");
    process.kill(pid, "SIGTERM");
    console.log(`已停止开发服务器（进程 ${pid}）。 / Stopped the dev server (process ${pid}).`);
  } catch {
    console.log(`开发服务器（进程 ${pid}）已不在运行。 / The dev server (process ${pid}) was no longer running.`);
  }
  fs.rmSync(PID_FILE, { force: true });
}
