// Preloaded into a command-line process (node -r) by the tests: when the process ends, its peak
// memory (maximum resident set size) is written to stderr, for a test to hold against a cap.
process.on("exit", () => process.stderr.write(`\n峰值内存 ${Math.ceil(process.resourceUsage().maxRSS / 1024)} MB\n`));
