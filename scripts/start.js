// npm start: sideload into desktop Excel on Windows/macOS; on Linux, where there is no Excel,
// start the HTTPS dev server and say how to sideload manifest.xml into Excel on the web.
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");
const { ensureCertificates, CERT_FILES } = require("./certs");
const { PID_FILE } = require("./dev-server-state");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "node_modules", ".bin");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PANE_URL = `https://localhost:${PORT}/taskpane.html`;
const CHECKER_URL = `https://localhost:${PORT}/checker.html`;

/** The office-addin tools report usage to Microsoft unless told not to. */
function usageReportingOff() {
  const result = spawnSync(path.join(BIN, "office-addin-usage-data"), ["off"], { stdio: "ignore", shell: process.platform === "win32" });
  if (result.status !== 0) console.warn("提示：未能关闭 office-addin 工具的使用情况上报。 / Note: could not turn off office-addin usage reporting.");
}

function sideloadDesktop() {
  const child = spawn(path.join(BIN, "office-addin-debugging"), ["start", "manifest.xml"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

/** Resolves when the pane page answers 200, rejects after `seconds`. */
function waitForPane(seconds) {
  const deadline = Date.now() + seconds * 1000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = https.get(PANE_URL, { rejectUnauthorized: false }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else retry();
      });
      request.on("error", retry);
    };
    const retry = () => (Date.now() > deadline ? reject(new Error(`${PANE_URL} 未响应 / did not answer`)) : setTimeout(attempt, 1000));
    attempt();
  });
}

function printSideloadSteps() {
  const manifest = path.join(ROOT, "manifest.xml");
  console.log(`
开发服务器已就绪：${PANE_URL}
本机没有 Excel 桌面版（Linux），加载项没有被自动加载。请在 Excel 网页版中手动旁加载：
  1. 让浏览器信任本机证书：导入 ${CERT_FILES.ca} 为受信任的根证书，
     或先在浏览器中打开 ${PANE_URL} 并接受证书警告。
  2. 在 Excel 网页版（https://www.office.com）中打开或新建一个工作簿。
  3. 点击“开始”→“加载项”→“更多加载项”→“我的加载项”→“上传我的加载项”，选择：
     ${manifest}
  4. “开始”选项卡上出现“公开年报助手”按钮，点击即可打开任务窗格。
不用 Excel 也可以在浏览器中打开离线校验页：${CHECKER_URL}
停止：按 Ctrl+C，或在另一个终端运行 npm stop。

Dev server ready: ${PANE_URL}
There is no desktop Excel on Linux, so nothing was sideloaded. Sideload by hand into Excel on the web:
  1. Make the browser trust the local certificate: import ${CERT_FILES.ca} as a trusted root,
     or open ${PANE_URL} first and accept the certificate warning.
  2. Open or create a workbook in Excel on the web (https://www.office.com).
  3. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, and choose:
     ${manifest}
  4. A "公开年报助手" button appears on the Home tab; it opens the task pane.
Without Excel, open the offline checker page in a browser: ${CHECKER_URL}
Stop: Ctrl+C, or run npm stop in another terminal.
`);
}

async function serveForTheWeb() {
  await ensureCertificates();
  const server = spawn(path.join(BIN, "webpack"), ["serve", "--mode", "development"], { cwd: ROOT, stdio: "inherit" });
  fs.writeFileSync(PID_FILE, String(server.pid));
  const forget = () => fs.rmSync(PID_FILE, { force: true });
  server.on("exit", (code) => {
    forget();
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  try {
    await waitForPane(180);
    printSideloadSteps();
  } catch (error) {
    console.error(`开发服务器没有启动成功：${error.message}。请查看上面的构建输出。\nThe dev server did not come up: ${error.message}. See the build output above.`);
    server.kill("SIGTERM");
    process.exitCode = 1;
  }
}

usageReportingOff();
if (process.platform === "win32" || process.platform === "darwin") sideloadDesktop();
else
  serveForTheWeb().catch((error) => {
    console.error(`无法启动开发服务器 / cannot start the dev server: ${error.message}`);
    process.exit(1);
  });
