// Mocha root hooks, run once before any test: what `npm test` needs beyond `npm ci`.
// - The Debian packages of .ci/debian-packages: installed here when we can (root on Debian),
//   otherwise the run stops at once with the one command that installs them.
// - The compiled command line (lib/): rebuilt when a source changed, so that the tests which run
//   bin/nianbao.js as a person does never run a stale copy.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..");
const { compiledIsCurrent } = require("../scripts/compiled-cli") as { compiledIsCurrent: () => boolean };

function debianPackages(): string[] {
  return readFileSync(path.join(root, ".ci", "debian-packages"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

const installed = (name: string) => spawnSync("dpkg-query", ["-W", "-f", "${Status}", name], { encoding: "utf8" }).stdout?.includes("install ok installed") === true;

function ensureDebianPackages(): void {
  const missing = debianPackages().filter((name) => !installed(name));
  if (missing.length === 0) return;
  const install = `apt-get install -y --no-install-recommends ${missing.join(" ")}`;
  const canInstall = process.getuid?.() === 0 && spawnSync("apt-get", ["--version"]).status === 0;
  if (!canInstall) throw new Error(`Tests need Debian packages that are missing. Run, as root:\n  apt-get update && ${install}\nthen npm test again.`);
  console.log(`Installing the Debian packages the tests need: ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: "inherit", env });
}

function ensureCompiledCli(): void {
  if (!compiledIsCurrent()) execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: root, stdio: "inherit" });
}

export const mochaHooks = {
  beforeAll(this: Mocha.Context) {
    this.timeout(30 * 60_000);
    ensureDebianPackages();
    ensureCompiledCli();
  },
};
