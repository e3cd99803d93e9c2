// nianbao overview: every department's report at a glance, as one HTML file that works offline
// and can be mailed. The data, the page's script (bundled with esbuild when the command runs,
// Chart.js inside it) and the styles are all inside the file; its Content-Security-Policy
// allows only those inline parts, by their hashes, and no connection.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { buildOverview, DepartmentFile } from "../../checks/overview";
import { MergeError } from "../../checks/merge";
import { consolidate } from "../../narrative/consolidated";
import { readRoster } from "../../hosts/file/roster";
import { OVERVIEW_CLI, OVERVIEW_TEXT } from "../../catalogue/overview-messages";
import { FILE_VERDICTS } from "../../catalogue/verdict-messages";
import { checkedDepartment, unreadableDepartment } from "../overview/department";
import { DATA_ELEMENT_ID, EmbeddedConsolidation, EmbeddedOverview } from "../overview/embedded";
import { checkFiles, expandInputs, progressLine } from "./batch";
import { CliError, Command, EXIT, parseOptions, UsageError } from "./command";
import { assertNewOutput, assertNotInput, OVERWRITE_OPTION, readInput, writeOutput } from "./files";
import { readReportFile } from "./report-file";
import { MERGE_MESSAGES } from "../../catalogue/batch-messages";

// The page's sources, from src/apps/cli or from its compiled copy in lib/apps/cli alike.
const APPS = path.resolve(__dirname, "..", "..", "..", "src", "apps");
const PAGE_SCRIPT = path.join(APPS, "overview", "report-page.ts");
const STYLES = [path.join(APPS, "taskpane", "taskpane.css"), path.join(APPS, "checker", "checker.css"), path.join(APPS, "overview", "overview.css")];

/** The page's script with Chart.js, as one minified script. */
async function pageScript(): Promise<string> {
  const esbuild = await import("esbuild");
  try {
    const result = await esbuild.build({ entryPoints: [PAGE_SCRIPT], bundle: true, write: false, format: "iife", minify: true, target: "es2020", charset: "utf8", legalComments: "none", logLevel: "silent" });
    return result.outputFiles[0].text;
  } catch {
    throw new CliError(OVERVIEW_CLI.noBundle, EXIT.notWritten);
  }
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The data as a JSON block that no text inside it can close early. */
const jsonBlock = (data: EmbeddedOverview) => JSON.stringify(data).replace(/</gu, "\\u003c");

export function overviewHtml(data: EmbeddedOverview, script: string, style: string): string {
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    "img-src data: blob:",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${OVERVIEW_TEXT.title}</title>
<style>${style}</style>
</head>
<body class="overview-page">
<noscript>${OVERVIEW_TEXT.noscript}</noscript>
<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonBlock(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

function consolidation(departments: readonly DepartmentFile[], previousFiles: readonly string[]): EmbeddedConsolidation {
  try {
    return { blocks: consolidate(departments, previousFiles, OVERVIEW_TEXT.mergedAgency, false).narrative.blocks };
  } catch (error) {
    if (error instanceof MergeError) return { refused: error.message };
    throw error;
  }
}

export const overviewCommand: Command = {
  name: "overview",
  summary: OVERVIEW_CLI.summary,
  usage: OVERVIEW_CLI.usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { out: { type: "string" }, roster: { type: "string" }, ...OVERWRITE_OPTION });
    const out = values.out;
    if (out === undefined) throw new UsageError(OVERVIEW_CLI.missingOut);
    if (!/\.html?$/iu.test(out)) throw new UsageError(OVERVIEW_CLI.outNotHtml(out));
    if (positionals.length === 0) throw new UsageError(OVERVIEW_CLI.missingInput);
    const overwrite = values.overwrite === true;
    assertNotInput(out, [...positionals, ...(values.roster ? [values.roster] : [])]);
    assertNewOutput(out, overwrite);
    const roster = values.roster === undefined ? undefined : await readRoster(values.roster, await readInput(values.roster));

    const { files, skipped } = await expandInputs(positionals);
    const progress = progressLine(process.stderr, files.length);
    const entries = await checkFiles(files, readReportFile, progress.update);
    progress.clear();
    // A file that may be a department's report (an .xls, say) is a row the office must chase, with its reason.
    const departments = [
      ...entries.map((entry) => ("error" in entry ? unreadableDepartment(entry.file, entry.error) : checkedDepartment(entry.file, entry.input, entry.result))),
      ...skipped.filter((entry) => entry.mayBeReport).map((entry) => unreadableDepartment(entry.file, entry.reason)),
    ];
    const overview = buildOverview(departments, roster);
    const data: EmbeddedOverview = { overview, consolidated: consolidation(departments, overview.previousFiles) };
    const style = (await Promise.all(STYLES.map((file) => fs.readFile(file, "utf8")))).join("\n");
    await writeOutput(out, overviewHtml(data, await pageScript(), style), overwrite);
    io.stdout(
      [
        OVERVIEW_CLI.written(out, overview.rows.length, overview.missing?.length),
        ...FILE_VERDICTS.map((kind) => OVERVIEW_CLI.verdictLine(kind, overview.verdicts[kind])),
        ...(overview.missing && overview.missing.length > 0 ? [OVERVIEW_CLI.missing(overview.missing)] : []),
        ...overview.versions.map((version) => OVERVIEW_CLI.versions(version.name, version.files)),
        ...skipped.filter((entry) => !entry.mayBeReport).map((entry) => MERGE_MESSAGES.skipped(entry.file, entry.reason)),
      ].join("\n"),
    );
  },
};
