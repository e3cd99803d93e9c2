// Whether lib/ (the command line compiled by `npm run build:cli`, run by npm's `prepare` after
// `npm ci`) is current: built, and no source it was compiled from changed since. bin/nianbao.js
// runs lib/ only then; the tests rebuild it when it is not.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const lib = path.join(root, "lib");
/** Written by build:cli after tsc succeeded. */
const stamp = path.join(lib, ".built");

function compiledIsCurrent() {
  const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return false;
  const pending = [lib];
  while (pending.length > 0) {
    const folder = pending.pop();
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const compiled = path.join(folder, entry.name);
      if (entry.isDirectory()) pending.push(compiled);
      else if (entry.name.endsWith(".js")) {
        const source = path.join(root, "src", path.relative(lib, compiled)).replace(/\.js$/, ".ts");
        const modified = fs.statSync(source, { throwIfNoEntry: false })?.mtimeMs;
        if (modified === undefined || modified > built) return false;
      }
    }
  }
  return true;
}

function markBuilt() {
  fs.writeFileSync(stamp, "");
}

/** Empties lib/ before a build: tsc never deletes the output of a source that was moved or removed. */
function clean() {
  fs.rmSync(lib, { recursive: true, force: true });
}

module.exports = { compiledIsCurrent, markBuilt, root };
if (require.main === module && process.argv[2] === "--mark-built") markBuilt();
if (require.main === module && process.argv[2] === "--clean") clean();
