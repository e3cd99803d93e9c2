import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { checkProse } from "../../src/checks/prose-rules";
import { generateNarrative } from "../../src/narrative/generate";
import { mergeGenerated } from "../../src/narrative/blocks";
import { FIXTURES, fixtureReport } from "../fixtures/load";

const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith(".json"));

describe("narrative: the fixtures", () => {
  for (const name of fixtures) {
    const report = fixtureReport(name);

    it(`${name}: generated text agrees with the tables (only placeholders for unusable cells are reported)`, () => {
      const text = mergeGenerated({}, generateNarrative(report).blocks).text;
      assert.deepEqual(checkProse({ ...report, text }).filter((f) => f.rule !== "NB-P04").map((f) => f.message), []);
    });

    it(`${name}: the prose as written agrees with the tables`, () => {
      assert.deepEqual(checkProse(report).map((f) => f.message), []);
    });
  }
});
