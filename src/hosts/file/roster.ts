// A roster of the departments expected to report: a text file, one name a line (UTF-8, or
// GB18030 as Notepad on a Chinese Windows saves it), or the first column of a workbook's first sheet.
import { rosterNames } from "../../checks/overview";
import { ROSTER_MESSAGES } from "../../catalogue/overview-messages";
import { NianbaoError } from "../../model/errors";
import { readWorkbookGrid } from "./read";

export class RosterError extends NianbaoError {
  constructor(message: string) {
    super("roster", message);
  }
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** The names of a roster file; throws RosterError (Chinese) for another kind of file or no names. */
export async function readRoster(name: string, bytes: Uint8Array): Promise<string[]> {
  let lines: string[];
  if (/\.xlsx$/iu.test(name)) {
    const sheet = (await readWorkbookGrid(bytes)).sheets[0];
    lines = (sheet?.values ?? []).map((row) => row[0]).filter((value) => value !== null && value !== undefined).map(String);
  } else if (/\.txt$/iu.test(name)) lines = decodeText(bytes).split(/\r\n|\r|\n/u);
  else throw new RosterError(ROSTER_MESSAGES.notSupported(name));
  const names = rosterNames(lines);
  if (names.length === 0) throw new RosterError(ROSTER_MESSAGES.empty(name));
  return names;
}
