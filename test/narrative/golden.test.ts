// The generated text of each golden report, compared word for word with the reviewed text kept
// beside it in golden/. A change to the generator shows here as a diff that a person reads
// against docs/narrative-style.md; once it reads right, `GOLDEN=update npx mocha
// test/narrative/golden.test.ts` rewrites the files and the diff is committed with the change.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Report } from "../../src/model/report";
import { reportFromJson } from "../../src/model/json";
import { generateNarrative } from "../../src/narrative/generate";
import { fixturePath } from "../fixtures/load";

const GOLDEN = path.join(__dirname, "golden");
const load = (file: string): Report => reportFromJson(JSON.parse(readFileSync(file, "utf8")));
const golden = (name: string) => path.join(GOLDEN, `${name}.json`);

/** Each case: the report, and last year's for 同比 where the case is about it. */
const CASES: readonly { name: string; report: string; previous?: string }[] = [
  { name: "2021-zero", report: golden("2021-zero") },
  { name: "2021-typical", report: fixturePath("consistent-2021.json") },
  { name: "2021-many", report: golden("2021-many"), previous: golden("2021-many-previous") },
  { name: "2019-zero", report: golden("2019-zero") },
  { name: "2019-seed", report: fixturePath("seed-xiangzhou-2020.json") },
  { name: "2019-typical", report: golden("2019-typical") },
  { name: "2019-many", report: golden("2019-many"), previous: golden("2019-many-previous") },
];

/** Section by section, each generated block a paragraph, as a person reads it. */
function rendered(report: Report, previous?: Report): string {
  const { blocks } = generateNarrative(report, { previous });
  const sections = [...new Set(blocks.map((b) => b.section))];
  return `${sections.map((section) => [section, ...blocks.filter((b) => b.section === section).map((b) => b.text)].join("\n")).join("\n\n")}\n`;
}

/** Rules of docs/narrative-style.md that can be read off the text, each as what must not appear. */
const STYLE_BREACHES: readonly [string, RegExp][] = [
  ["a zero listed instead of summarised (上年为0件 aside)", /(?<![\d.为])0(件|宗|份|项|个)/u],
  ["a share or 同比 without exactly one decimal", /(占|增长|下降)\d+(\.\d{2,})?%/u],
  ["a noun said twice", /事项事项|项目项|申请\d+(件|宗|份)，上年结转政府信息公开申请/u],
  ["a dangling 增减 beside a figure", /增减\d/u],
  ["a unit not asked for", /单位同表/u],
  ["only 见下表 in 二", /^\d{4}年，本机关主动公开政府信息情况见下表/mu],
];

describe("narrative: golden texts, word for word", () => {
  for (const { name, report, previous } of CASES)
    it(`${name} reads as reviewed (golden/${name}.txt)`, () => {
      const text = rendered(load(report), previous ? load(previous) : undefined);
      const file = path.join(GOLDEN, `${name}.txt`);
      if (process.env.GOLDEN === "update") writeFileSync(file, text);
      assert.equal(text, readFileSync(file, "utf8"));
      for (const [rule, breach] of STYLE_BREACHES) assert.doesNotMatch(text, breach, `${name}: ${rule}`);
    });
});
