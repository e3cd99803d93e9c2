// The phrase patterns are data a reviewer reads: each one matches the real sentence it was read from.
import assert from "node:assert/strict";
import { ALL_FINISHED, CASES_TOGETHER, chineseNumber, NOTHING_CORRECTED, OTHER_SUBJECT, RECEIVED_EITHER_WAY } from "../../src/prose/patterns";

describe("prose patterns", () => {
  for (const [name, pattern] of Object.entries({ RECEIVED_EITHER_WAY, NOTHING_CORRECTED, ALL_FINISHED }))
    it(`${name} matches its real sentence: ${pattern.example}`, () => assert.match(pattern.example, pattern.pattern));

  it("CASES_TOGETHER matches the words before the number in its real sentence", () =>
    assert.match(CASES_TOGETHER.example.split(/\d/u)[0], CASES_TOGETHER.pattern));

  for (const other of OTHER_SUBJECT) it(`OTHER_SUBJECT “${other.means}” matches ${other.example}`, () => assert.match(other.example, other.pattern));

  it("reads Chinese numerals as counts are written", () => {
    assert.deepEqual(["三", "十二", "二十", "两", "一百零五", "三千二百"].map(chineseNumber), [3, 12, 20, 2, 105, 3200]);
    assert.deepEqual(["统", "一一", ""].map(chineseNumber), [undefined, undefined, undefined]);
  });

  it("does not take 所有办结的申请中 for a claim that everything was finished", () => {
    assert.doesNotMatch("所有办结的申请中同意公开9件", ALL_FINISHED.pattern);
  });
});
