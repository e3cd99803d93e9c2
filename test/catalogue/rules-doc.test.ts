import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { RULES } from "../../src/catalogue/rules";
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
