// The corpus of real published reports (test/fixtures/published/<slug>/): each report.json is
// transcribed as published, labels as written; expected.json holds the findings a careful
// reviewer worked out by hand. The checker is held to them: no finding of severity 错误 that the
// reviewer did not expect, at most one unexpected warning per report, every expected finding
// raised. Cells the transcribers could not retrieve are absent from report.json: a finding that
// rests on one of them is about the transcription, not the report, and is set aside.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readReportJson } from "../../src/reading/json";
import { runChecks } from "../../src/checks/run";
import { Finding, FindingCell } from "../../src/model/findings";
import { normalizeLabel } from "../../src/model/labels";
import { cellId } from "../../src/model/cells";
import { TableId } from "../../src/model/types";

const CORPUS = path.join(__dirname, "..", "fixtures", "published");

interface Expected {
  readonly severity: string;
  readonly kind: string;
  readonly table?: string;
  readonly section?: string;
  readonly row?: string;
  readonly column?: string;
  readonly written?: string | number;
  readonly official?: string;
  readonly count?: number;
  readonly sentence?: string;
}

/** The rules that raise each kind of finding the reviewers wrote down. */
const RULES_OF_KIND: Readonly<Record<string, readonly string[]>> = {
  label: ["NB-S14"],
  placeholder: ["NB-C04"],
  "non-numeric": ["NB-C01", "NB-C11"],
  blank: ["NB-C05"],
  format: ["NB-S10"],
  plausibility: ["NB-R07"],
  reconciliation: ["NB-R01", "NB-R02", "NB-R03", "NB-R04"],
  "text-in-number": ["NB-C11", "NB-C01"],
  structure: ["NB-S16"],
  prose: ["NB-P01", "NB-P02", "NB-P03"],
};

const MARK = "\u0000retrieved";

/** Every value of the JSON's tables replaced by a mark, to learn which cells the transcription holds. */
function marked(json: Record<string, unknown>): Record<string, unknown> {
  const tables = ["二", "三", "四"].filter((t) => json[t]);
  const mark = (rows: Record<string, Record<string, unknown>>) =>
    Object.fromEntries(Object.entries(rows).map(([row, cells]) => [row, Object.fromEntries(Object.keys(cells).map((c) => [c, MARK]))]));
  return { ...json, ...Object.fromEntries(tables.map((t) => [t, mark(json[t] as Record<string, Record<string, unknown>>)])) };
}

const same = (a: unknown, b: unknown) => a !== undefined && b !== undefined && normalizeLabel(String(a)) === normalizeLabel(String(b));

/** Whether a finding is the one the reviewer wrote down as `expected`. */
function raises(finding: Finding, expected: Expected): boolean {
  if (!RULES_OF_KIND[expected.kind]?.includes(finding.rule)) return false;
  const cell = finding.cells[0];
  if (expected.kind === "format") return true;
  if (expected.kind === "prose") return same(cell?.row, expected.section) && normalizeLabel(finding.message).includes(normalizeLabel(String(expected.sentence)));
  if (expected.table && cell?.table !== expected.table) return false;
  if (expected.kind === "label") return same(cell?.value, expected.written) && same(cell?.row, expected.official);
  if (expected.count !== undefined) return true;
  return same(cell?.row, expected.row) && (expected.column === undefined || same(cell?.column, expected.column) || expected.kind === "plausibility");
}

interface Verdict {
  readonly slug: string;
  readonly expected: readonly Expected[];
  /** Expected findings about parts report.json does not hold (the page's title, a table's heading). */
  readonly outsideJson: readonly Expected[];
  readonly missed: readonly Expected[];
  readonly unexpected: readonly Finding[];
  readonly severityDiffers: readonly { expected: Expected; finding: Finding }[];
  readonly setAside: number;
  readonly findings: readonly Finding[];
}

function judge(slug: string): Verdict {
  const folder = path.join(CORPUS, slug);
  const json = JSON.parse(readFileSync(path.join(folder, "report.json"), "utf8"));
  const reviewer = JSON.parse(readFileSync(path.join(folder, "expected.json"), "utf8"));
  const read = readReportJson(json);
  const retrieved = new Set(Object.entries(readReportJson(marked(json)).report.values).filter(([, v]) => v === MARK).map(([id]) => id));
  const isRetrieved = (cell: FindingCell) =>
    cell.table === "text" ? cell.row in read.report.text : cell.table === "info" || !cell.column || retrieved.has(cellId(cell.table as TableId, cell.row, cell.column));
  const all = runChecks({ read }).findings;
  const findings = all.filter((f) => f.cells.every(isRetrieved));
  const expectedAll: Expected[] = reviewer.findings;
  // A misnumbered table heading or the page's title is not part of what report.json holds.
  const inJson = (e: Expected) => e.kind !== "title" && !(e.kind === "label" && e.section && !(String(e.written) in (json.text ?? {})));
  const expected = expectedAll.filter(inJson);
  const claimed = new Set<Finding>();
  const severityDiffers: Verdict["severityDiffers"][number][] = [];
  const missed = expected.filter((e) => {
    const hits = findings.filter((f) => raises(f, e));
    hits.forEach((f) => claimed.add(f));
    const wanted = e.count ?? 1;
    for (const f of hits) if (f.severity !== e.severity) severityDiffers.push({ expected: e, finding: f });
    return hits.length < wanted;
  });
  // An identity that cannot be checked because of cells the reviewer already expects findings on restates them.
  const restates = (f: Finding) => f.rule === "NB-R05" && f.cells.some((c) => [...claimed].some((k) => k.cells[0] && k.rule !== "NB-R05" && k.cells[0].row === c.row && k.cells[0].column === c.column));
  const unexpected = findings.filter((f) => !claimed.has(f) && !restates(f));
  return { slug, expected, outsideJson: expectedAll.filter((e) => !inJson(e)), missed, unexpected, severityDiffers, setAside: all.length - findings.length, findings };
}

const slugs = readdirSync(CORPUS).filter((name) => !name.startsWith(".")).sort();
const verdicts = slugs.map(judge);

describe("real published reports (test/fixtures/published)", () => {
  it("holds at least the reports transcribed so far", () => assert.ok(slugs.length >= 8, slugs.join(", ")));

  for (const verdict of verdicts) {
    describe(verdict.slug, () => {
      it("loads and is checked in full, whatever its labels", () => assert.ok(verdict.findings.length + verdict.setAside > 0));
      it("raises every finding the reviewer expects", () => assert.deepEqual(verdict.missed, []));
      it("has no unexpected error", () =>
        assert.deepEqual(verdict.unexpected.filter((f) => f.severity === "错误").map((f) => f.message), []));
      it("has at most one unexpected warning", () =>
        assert.ok(verdict.unexpected.filter((f) => f.severity !== "错误").length <= 1, verdict.unexpected.map((f) => f.message).join("\n")));
      it("says each variant label once", () => {
        const variants = verdict.findings.filter((f) => f.rule === "NB-S14");
        assert.equal(variants.length, verdict.expected.filter((e) => e.kind === "label").length);
      });
    });
  }

  it("is right in at least 95 % of what it says about the prose, and says each expected contradiction", () => {
    const prose = verdicts.flatMap((v) => v.findings.filter((f) => f.rule.startsWith("NB-P")));
    const wrong = verdicts.flatMap((v) => v.unexpected.filter((f) => f.rule.startsWith("NB-P")));
    assert.ok(prose.length > 0 && (prose.length - wrong.length) / prose.length >= 0.95, wrong.map((f) => f.message).join("\n"));
  });

  after(() => {
    const sum = (of: (v: Verdict) => number) => verdicts.reduce((total, v) => total + of(v), 0);
    const lines = [
      `reports ${verdicts.length}`,
      `expected findings ${sum((v) => v.expected.length)} (+${sum((v) => v.outsideJson.length)} about parts report.json does not hold), missed ${sum((v) => v.missed.length)}`,
      `unexpected errors ${sum((v) => v.unexpected.filter((f) => f.severity === "错误").length)}, unexpected warnings ${sum((v) => v.unexpected.filter((f) => f.severity !== "错误").length)}`,
      `expected findings raised at another severity ${sum((v) => new Set(v.severityDiffers.map((d) => d.expected)).size)}: ${verdicts.flatMap((v) => [...new Set(v.severityDiffers.map((d) => `${v.slug} ${d.expected.kind} ${d.expected.severity}→${d.finding.severity}`))]).join("; ")}`,
      `findings set aside (resting on cells not retrieved) ${sum((v) => v.setAside)}`,
      `prose findings ${sum((v) => v.findings.filter((f) => f.rule.startsWith("NB-P")).length)}, of them unexpected ${sum((v) => v.unexpected.filter((f) => f.rule.startsWith("NB-P")).length)}`,
    ];
    const details = verdicts.flatMap((v) => [
      ...v.missed.map((e) => `${v.slug} MISSED ${e.kind} ${e.table ?? e.section ?? ""} ${e.row ?? ""} ${e.column ?? ""} ${e.written ?? e.sentence ?? ""}`),
      ...v.unexpected.map((f) => `${v.slug} UNEXPECTED ${f.severity} ${f.rule} ${f.message}`),
    ]);
    if (process.env.CORPUS_REPORT) console.log([...lines, ...details].join("\n"));
  });
});
