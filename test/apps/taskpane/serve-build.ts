// Builds the add-in (development: office.js from the package) and serves it on localhost, and
// opens the pane in headless Chromium outside Excel, for the pane's browser tests.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { AddressInfo } from "node:net";
import path from "node:path";
import { Browser, chromium, Page } from "playwright-core";

const ROOT = path.join(__dirname, "..", "..", "..");
export const BUILD_DIR = path.join(ROOT, "test-output", "pane-build");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png", ".xml": "text/xml" };
const CHROMIUM = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((file) => fs.existsSync(file));

let built = false;

/** Builds once per test run, however many test files ask. */
export function buildAddin(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "development", "--env", `outDir=${BUILD_DIR}`], { cwd: ROOT, stdio: "pipe" });
  built = true;
}

export function serve(directory: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const file = path.join(directory, decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    if (!file.startsWith(directory) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export function urlOf(server: http.Server, page: string): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/${page}`;
}

export async function launch(): Promise<Browser> {
  if (!CHROMIUM) throw new Error("no Chromium found: apt-get install chromium-headless-shell");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface Served {
  server: http.Server;
  browser: Browser;
}

/** For a suite: builds, serves `directory` and launches Chromium before its tests; closes both after. */
export function servedBrowser(directory: string, build: () => void | Promise<void>): Served {
  const served = {} as Served;
  before(async () => {
    await build();
    served.server = await serve(directory);
    served.browser = await launch();
  });
  after(async () => {
    await served.browser?.close();
    served.server?.close();
  });
  return served;
}

/** Opens the pane outside Excel: functions.js needs CustomFunctions, which only Excel provides. */
export async function openPane(browser: Browser, url: string, viewport = { width: 360, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, locale: "zh-CN" });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // A script or object the page's Content-Security-Policy refused is an error too.
  page.on("console", (message) => void (/Content Security Policy/u.test(message.text()) && errors.push(message.text())));
  await page.addInitScript(() => {
    (window as unknown as { CustomFunctions: unknown }).CustomFunctions = { associate: () => undefined };
  });
  // Nothing may leave localhost: there is no network at run time.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(url);
  return { page, errors };
}

export const HARNESS_DIR = path.join(ROOT, "test-output", "excel-pane-build");

/** Bundles one test page's script (`entry`) into `directory`/harness.js, for the browser. */
export async function bundleHarness(entry: string, directory: string): Promise<void> {
  const webpack = (await import("webpack")).default;
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry,
    output: { path: directory, filename: "harness.js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } } }] },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats!.toString("errors-only")));
      else resolve();
    }),
  );
}

/** Bundles test/taskpane/excel-pane/harness.ts (the pane over ExcelHost over the fake) into a page. */
export async function buildHarness(): Promise<void> {
  await bundleHarness(path.join(__dirname, "excel-pane", "harness.ts"), HARNESS_DIR);
  fs.copyFileSync(path.join(ROOT, "src", "apps", "taskpane", "taskpane.css"), path.join(HARNESS_DIR, "taskpane.css"));
  fs.writeFileSync(
    path.join(HARNESS_DIR, "index.html"),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="taskpane.css"></head><body><div id="app"></div><script src="harness.js"></script></body></html>',
  );
}
