#!/usr/bin/env node
// Runs the command line compiled at install time, so a run starts without a compiler. When the
// compiled copy is missing or older than its sources, the sources run through ts-node instead,
// with a note saying how to get the fast start back.
const path = require("node:path");
const { compiledIsCurrent, root } = require("../scripts/compiled-cli");

// The optimising compiler works on a background thread, which a batch's second thread needs: its
// time went mostly into inlining other functions and the array methods' loops, and compiling
// without either made checking a folder of 1,000 workbooks about a tenth faster each
// (npm run bench -- batch-cli). Set before any code is compiled; worker threads share the
// process's flags.
require("node:v8").setFlagsFromString("--no-turbo-inlining");
require("node:v8").setFlagsFromString("--no-turbo-inline-array-builtins");
// A function's property lookups learn from its first call instead of its ninth or so, and it runs
// as baseline machine code from then on rather than interpreted: a batch is over in a second, and
// 1,000 workbooks ran 2-3 % faster for the first, 1-3 % for the second; one check is unchanged.
require("node:v8").setFlagsFromString("--no-lazy-feedback-allocation");
require("node:v8").setFlagsFromString("--always-sparkplug");

if (compiledIsCurrent()) {
  // A batch's worker threads start before this thread loads the rest of the command line.
  require("../lib/apps/cli/worker-pool").startWorkersEarly(process.argv.slice(2));
  require("../lib/apps/cli/main").run();
} else {
  process.stderr.write("注意：命令行的编译结果缺失或已过期，本次直接运行源代码（启动较慢）。运行 npm run build:cli 可恢复快速启动。\n");
  require("ts-node").register({ project: path.join(root, "tsconfig.json"), transpileOnly: true });
  require("../src/apps/cli/main").run();
}
