// Bundles the request-builder harness into a page beside office.js's Excel request builder.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..", "..", "..");
export const REQUEST_BUILDER_DIR = path.join(ROOT, "test-output", "request-builder");
const BUILDER = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist", "excel-web-16.00.debug.js");

export async function buildRequestBuilderPage(): Promise<void> {
  const webpack = (await import("webpack")).default;
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: path.join(__dirname, "harness.ts"),
    output: { path: REQUEST_BUILDER_DIR, filename: "harness.js", clean: true },
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
  fs.copyFileSync(BUILDER, path.join(REQUEST_BUILDER_DIR, "excel.js"));
  fs.writeFileSync(path.join(REQUEST_BUILDER_DIR, "index.html"), '<!doctype html><html><head><meta charset="utf-8"></head><body><script src="excel.js"></script><script src="harness.js"></script></body></html>');
}
