#!/usr/bin/env node
// Runs the TypeScript command line directly, so that `npx nianbao` works right after `npm ci`.
const path = require("node:path");

require("ts-node").register({ project: path.join(__dirname, "..", "tsconfig.json"), transpileOnly: true });
require("../src/apps/cli/main").run();
