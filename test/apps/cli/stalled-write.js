// Preloaded into a command-line process (node -r) by the tests: a write into a temporary .part
// file never finishes, as on a stalled disk or network share, and "写入中" on stderr says it has
// begun, so a test can stop the process exactly then.
const fs = require("node:fs");
const open = fs.promises.open;
fs.promises.open = async function (file, ...rest) {
  const handle = await open.call(this, file, ...rest);
  if (String(file).endsWith(".part")) {
    handle.writeFile = () => {
      process.stderr.write("写入中\n");
      return new Promise(() => setInterval(() => undefined, 1000));
    };
  }
  return handle;
};
