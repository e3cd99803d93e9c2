import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { FORMER_IDS, RULES } from "../../src/catalogue/rules";
import { RULES_DOC_PATH, rulesMarkdown } from "../../src/catalogue/rules-doc";

describe("docs/RULES.md", () => {
  it("is up to date with the rule catalogue (run npm run docs:rules)", () => {
    assert.equal(readFileSync(RULES_DOC_PATH, "utf8"), rulesMarkdown());
  });

  it("lists every rule with an example message whose placeholders are all filled", () => {
    const doc = rulesMarkdown();
    for (const rule of RULES) assert.ok(doc.includes(`### ${rule.id} ${rule.title}`), rule.id);
    assert.doesNotMatch(doc, /\{\w+\}/);
  });
});

describe("one rule-id scheme", () => {
  it("names every rule NB- and a letter for its group, and keeps each former id on its page", () => {
    assert.deepEqual(RULES.filter((rule) => !/^NB-[CSRYTP]\d\d$/u.test(rule.id)).map((rule) => rule.id), []);
    for (const [id, former] of Object.entries(FORMER_IDS)) assert.ok(rulesMarkdown().includes(`### ${id} `) && rulesMarkdown().includes(`- 原编号：${former}`), id);
  });
});
