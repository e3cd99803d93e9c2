// Where `npm start` on Linux records the dev server it started, so that `npm stop` ends that one only.
"use strict";
const path = require("path");

module.exports = { PID_FILE: path.join(__dirname, "..", ".certs", "dev-server.pid") };
