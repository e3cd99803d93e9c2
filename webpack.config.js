// Shared-runtime add-in build, after Microsoft's Excel-Custom-Functions-Shared template: one page
// (taskpane.html) carries the pane, the ribbon commands and the custom functions.
"use strict";
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000";
// Where the production build is hosted (`BASE_URL=https://host/path/ npm run build`): the
// manifest's URLs, the SupportUrl and the functions' help URLs are rewritten to it, and the
// manifest's AppDomain to its origin.
const PROD_URL = (process.env.BASE_URL || DEV_URL).replace(/\/$/, "");
if (!/^https:\/\/[^/]+/.test(PROD_URL)) throw new Error(`BASE_URL must be an https address, such as https://host/path/ (got ${PROD_URL})`);
const PROD_ORIGIN = new URL(PROD_URL).origin;

/** The manifest for the production host: its origin as the AppDomain, every other URL under PROD_URL. */
function productionManifest(content) {
  return content
    .toString()
    .split(`<AppDomain>${DEV_URL}</AppDomain>`)
    .join(`<AppDomain>${PROD_ORIGIN}</AppDomain>`)
    .split(DEV_URL)
    .join(PROD_URL);
}
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_PACKAGE = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const FUNCTIONS = "./src/apps/functions/functions.ts";
/**
 * The offline pages' Content-Security-Policy (checker.html and overview.html), one string for
 * both: files never leave the computer, so nothing may be fetched or sent, and only the page's
 * own files load.
 */
const OFFLINE_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
/** The entries the pane page (taskpane.html) loads together. */
const PANE_ENTRIES = ["taskpane", "functions", "commands"];

/**
 * Points the generated functions.json's help URLs (written in the JSDoc for the dev server) at
 * the production host, as CopyWebpackPlugin does for the manifest: store policy wants every
 * function's help page on the add-in's own domain.
 */
class ProductionHelpUrls {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ProductionHelpUrls", (compilation) =>
      compilation.hooks.processAssets.tap({ name: "ProductionHelpUrls", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        const metadata = compilation.getAsset("functions.json");
        if (metadata) compilation.updateAsset("functions.json", new sources.RawSource(metadata.source.source().toString().split(DEV_URL).join(PROD_URL)));
      }),
    );
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // Microsoft's hosted office.js unless told otherwise: `OFFICE_JS=bundled` ships the package's
  // copy, for an internal network whose computers cannot reach appsforoffice.microsoft.com.
  const localOfficeJs = dev || process.env.OFFICE_JS === "bundled";
  const serving = !env.WEBPACK_BUILD && !env.WEBPACK_WATCH;
  return {
    devtool: "source-map", // never eval-based: the pane's CSP needs no unsafe-eval
    // ES modules for webpack (tsconfig says CommonJS for Node), so `import()` splits the Word writer off.
    entry: {
      taskpane: { import: "./src/apps/taskpane/taskpane.ts", runtime: "runtime" },
      functions: { import: FUNCTIONS, runtime: "runtime" },
      commands: { import: "./src/apps/commands/commands.ts", runtime: "runtime" },
      // The standalone page (/checker.html): the only entry that bundles exceljs.
      checker: "./src/apps/checker/checker.ts",
      // The collecting office's overview (/overview.html): the only entry with Chart.js.
      overview: "./src/apps/overview/overview.ts",
      // Its workers, which read and check the department files on every core.
      "overview-reader": "./src/apps/overview/reader-worker.ts",
    },
    output: { path: path.resolve(__dirname, env.outDir || "dist"), clean: true },
    // The pane page loads the pane, the ribbon commands and the custom functions together (shared
    // runtime): one webpack runtime and one chunk of the code they share, so that the checks,
    // the reader and the host load once. functions.js stays the entry the manifest names; the
    // page loads it after the shared chunks.
    optimization: {
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: (chunk) => PANE_ENTRIES.includes(chunk.name), minChunks: 2, minSize: 0, enforce: true, reuseExistingChunk: true },
        },
      },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS }),
      ...(dev ? [] : [new ProductionHelpUrls()]),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/apps/taskpane/taskpane.html",
        chunks: PANE_ENTRIES,
        // Production loads office.js from Microsoft's CDN (store policy); development, tests and
        // OFFICE_JS=bundled serve the copy that the @microsoft/office-js package ships.
        templateParameters: { officeJs: localOfficeJs ? "office-js/office.js" : OFFICE_JS_CDN },
      }),
      ...["checker", "overview"].map(
        (page) => new HtmlWebpackPlugin({ filename: `${page}.html`, template: `./src/apps/${page}/${page}.html`, chunks: [page], templateParameters: { policy: OFFLINE_PAGE_POLICY } }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/apps/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/apps/checker/checker.css", to: "checker.css" },
          { from: "src/apps/overview/overview.css", to: "overview.css" },
          // The custom functions' help pages: every function's helpUrl points here.
          { from: "src/apps/functions/help", to: "help" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content)),
          },
          ...(localOfficeJs
            ? [
                {
                  context: OFFICE_JS_PACKAGE,
                  from: "{office,excel-*,custom-functions-runtime,es6-promise,o15apptofilemappingtable}.js",
                  to: "office-js/",
                },
                { context: OFFICE_JS_PACKAGE, from: "{en-us,zh-cn}/office_strings.js", to: "office-js/" },
                { context: OFFICE_JS_PACKAGE, from: "{telemetry,ariatelemetry}/**/*", to: "office-js/", globOptions: { ignore: ["**/*.debug.js"] } },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await require("./scripts/certs").ensureCertificates() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
    performance: { hints: false },
  };
};
