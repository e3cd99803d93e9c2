// Cell checks by kind: every input cell must hold a clean number of its kind.
import { CellKind, inputCells } from "../report";
import { CheckContext, RuleSet } from "./engine";
import { describeCell, makeFinding, reference, showNumber } from "./findings";
import { FRAGMENTS, KIND_TEXT } from "./messages";
import { Finding } from "./types";
import { isMissing } from "./sum-rules";
import { readValue } from "./values";

/** Beyond these a figure is more likely a typing slip than a fact (count: ten million a year). */
const ABSURD: Readonly<Record<CellKind, number>> = {
  count: 1e7,
  signedCount: 1e7,
  // 万元: 1000 亿元
  amount: 1e7,
  // 元 or 万元, unit not fixed
  freeAmount: 1e11,
};

function isCleanOfKind(n: number, kind: CellKind): boolean {
  const whole = kind === "count" || kind === "signedCount";
  return (n >= 0 || kind === "signedCount") && (!whole || Number.isInteger(n)) && Math.abs(n) < ABSURD[kind];
}

export const cellRules: RuleSet = {
  name: "单元格",
  run({ current }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const def of inputCells(current.format)) {
      // A cell the workbook lacks (its row or column is gone) is reported once, as structure.
      const cell = current.cell(def.id);
      if (isMissing(cell)) continue;
      const reading = readValue(cell.value);
      if (reading.status === "number" && isCleanOfKind(reading.number, def.kind)) continue;
      // Words are built only for the cells that need them: most cells are clean.
      const params = { cell: describeCell(cell), value: cell.value === null ? "" : String(cell.value), kind: KIND_TEXT[def.kind] };
      const fix = (to: number) => ({ suggestion: FRAGMENTS.fixTo(reference(cell), to) });
      switch (reading.status) {
        case "blank":
          findings.push(makeFinding("NB-C05", params, [cell], fix(0)));
          break;
        case "placeholder":
          findings.push(makeFinding("NB-C04", params, [cell], fix(0)));
          break;
        case "error":
          findings.push(makeFinding("NB-C08", params, [cell]));
          break;
        case "fullwidth":
          findings.push(makeFinding("NB-C02", { ...params, number: showNumber(reading.number) }, [cell], fix(reading.number)));
          break;
        case "numericText":
          findings.push(makeFinding("NB-C03", { ...params, number: showNumber(reading.number) }, [cell], fix(reading.number)));
          break;
        case "text":
          findings.push(makeFinding("NB-C01", params, [cell], reading.number === undefined ? {} : fix(reading.number)));
          break;
        case "number": {
          const n = reading.number;
          if (n < 0 && def.kind !== "signedCount") findings.push(makeFinding("NB-C06", { ...params, value: showNumber(n) }, [cell]));
          if (!Number.isInteger(n) && (def.kind === "count" || def.kind === "signedCount"))
            findings.push(makeFinding("NB-C07", { ...params, value: showNumber(n) }, [cell]));
          if (Math.abs(n) >= ABSURD[def.kind])
            findings.push(makeFinding("NB-C09", { ...params, value: showNumber(n), limit: ABSURD[def.kind] }, [cell]));
        }
      }
    }
    return findings;
  },
};
