// LibreOffice for the tests: converts files we wrote, in a fresh folder, with a private profile so
// that a run neither needs nor touches a person's LibreOffice settings. $SOFFICE names the
// program where `soffice` is not on the PATH.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const SOFFICE = process.env.SOFFICE ?? "soffice";

/** LibreOffice keeps stale cached results unless told to recalculate OOXML files on load (0 = always). */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface Converted {
  /** The converted file of an input, by the input's name without its extension: `file("report")` → …/report.pdf. */
  file: (stem: string) => string;
  /** Removes the folder with the inputs, the profile and the converted files. */
  remove: () => void;
}

/**
 * Writes `files` (name → bytes) into a fresh folder and converts them all in one LibreOffice run
 * to `to`. With `recalculateOnLoad`, LibreOffice recalculates every formula when it opens a file.
 */
/** LibreOffice's filter for each target, where its default would not do (csv: comma, quote, UTF-8). */
const FILTERS: Partial<Record<string, string>> = { csv: "csv:Text - txt - csv (StarCalc):44,34,76" };

export function convertWithLibreOffice(files: Record<string, Uint8Array>, to: "pdf" | "xlsx" | "csv", options: { recalculateOnLoad?: boolean } = {}): Converted {
  const folder = mkdtempSync(path.join(tmpdir(), "nianbao-lo-"));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const profile = path.join(folder, "profile");
    if (options.recalculateOnLoad) {
      mkdirSync(path.join(profile, "user"), { recursive: true });
      writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    }
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(folder, name), bytes);
    const args = ["--headless", "--norestore", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", FILTERS[to] ?? to, "--outdir", "out", ...Object.keys(files)];
    try {
      execFileSync(SOFFICE, args, { cwd: folder, stdio: "pipe", timeout: 90_000 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT")
        throw new Error(`LibreOffice not found: cannot run "${SOFFICE}". Install LibreOffice (apt-get install libreoffice-calc libreoffice-writer) or set $SOFFICE to the soffice program.`);
      throw error;
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { file: (stem) => path.join(folder, "out", `${stem}.${to}`), remove };
}
