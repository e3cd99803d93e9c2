import assert from "node:assert/strict";
import { GeneratedBlock } from "../../src/narrative/generate";
import { conflictKey, mergeGenerated } from "../../src/narrative/blocks";
import { markBlock, stripMarkers } from "../../src/prose/markers";

const S = "三、收到和处理政府信息公开申请情况";
const block = (text: string, id: GeneratedBlock["id"] = "三·导语"): GeneratedBlock => ({ id, section: S, text });

describe("narrative: generated blocks on the prose sheet", () => {
  it("writes a new block after the person's own paragraphs", () => {
    const { text } = mergeGenerated({ [S]: "我局高度重视依申请公开工作。" }, [block("新收申请3件。")]);
    assert.equal(stripMarkers(text[S]), "我局高度重视依申请公开工作。\n新收申请3件。");
  });

  it("refreshes an untouched block and keeps the person's paragraphs around it", () => {
    const before = `前言。\n${markBlock("三·导语", "新收申请3件。")}\n后记。`;
    const { text, conflicts } = mergeGenerated({ [S]: before }, [block("新收申请5件。")]);
    assert.equal(stripMarkers(text[S]), "前言。\n新收申请5件。\n后记。");
    assert.deepEqual(conflicts, []);
  });

  it("does not replace a block a person edited, and reports the conflict", () => {
    const edited = markBlock("三·导语", "新收申请3件。").replace("3件。", "3件，均已按时答复。");
    const { text, conflicts } = mergeGenerated({ [S]: edited }, [block("新收申请5件。")]);
    assert.equal(text[S], edited);
    assert.deepEqual(conflicts, [{ section: S, id: "三·导语", current: "新收申请3件，均已按时答复。", generated: "新收申请5件。" }]);
  });

  it("replaces an edited block once the person agrees", () => {
    const edited = markBlock("三·导语", "新收申请3件。").replace("3件。", "三件。");
    const { text } = mergeGenerated({ [S]: edited }, [block("新收申请5件。")], { [conflictKey(S, "三·导语")]: "replace" });
    assert.equal(stripMarkers(text[S]), "新收申请5件。");
  });

  it("regenerating twice changes nothing", () => {
    const once = mergeGenerated({ [S]: "前言。" }, [block("新收申请3件。")]).text;
    assert.deepEqual(mergeGenerated(once, [block("新收申请3件。")]).text, once);
  });

  it("keeps the blank lines a person typed between their own paragraphs", () => {
    const own = "前言。\n\n\n\n后记。";
    const { text } = mergeGenerated({ [S]: own }, [block("新收申请3件。")]);
    assert.equal(stripMarkers(text[S]), `${own}\n新收申请3件。`);
  });

  it("takes out a block no longer generated without leaving a blank line", () => {
    const before = `前言。\n${markBlock("主动公开", "旧的段落。")}\n后记。`;
    const { text } = mergeGenerated({ [S]: before }, [block("新收申请3件。")]);
    assert.equal(stripMarkers(text[S]), "前言。\n后记。\n新收申请3件。");
  });

  it("leaves sections without generated blocks untouched", () => {
    const { text } = mergeGenerated({ 五: "问题。" }, [block("x")]);
    assert.equal(text["五"], "问题。");
  });
});
