// Labels as real reports write them (FORMAT.md "Label and title variants", test/fixtures/published):
// each is matched to the official label it means, and nothing is guessed where two could be meant.
import assert from "node:assert/strict";
import { matchLabel } from "../../src/model/labels";
import { FORMAT_2019 } from "../../src/model/format2019";
import { FORMAT_2021 } from "../../src/model/format2021";
import { columnLabels, rowLabels } from "../../src/model/cells";

const rows2 = rowLabels(FORMAT_2021, "二");
const rows3 = rowLabels(FORMAT_2021, "三");
const columns = (format = FORMAT_2021, row = "规章") => columnLabels(format, "二", row);

describe("matchLabel", () => {
  const variants: readonly [readonly string[], string, string][] = [
    [rows2, "规范性文件", "行政规范性文件"], // a 2019 row label in a 2021 table (长安区统计局 2023)
    [columns(), "本年度发件数", "本年制发件数"],
    [columns(), "现行有效件", "现行有效件数"], // header cut short (七家子镇 2023)
    [columns(), "现在行有效件数", "现行有效件数"], // a slip of the pen (海滨街道 2023)
    [columns(FORMAT_2021, "行政许可"), "本年处理绝对数量", "本年处理决定数量"], // 临潼区开发区管委会 2021
    [columns(FORMAT_2021, "行政许可"), "本年度处理决定数量", "本年处理决定数量"],
    [columns(FORMAT_2021, "行政事业性收费"), "本年收费金额", "本年收费金额（单位：万元）"], // unit dropped
    [columns(FORMAT_2019, "行政许可"), "本年增/", "本年增/减"], // a 2019 header cut
    [rows3, "二、上年结转政府信息公开数量", "二、上年结转政府信息公开申请数量"], // 临潼区 2021
    [rows3, "(二)部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
    [FORMAT_2021.sections, "五、政府信息公开工作存在的主要问题及改进情况", "五、存在的主要问题及改进情况"],
    [FORMAT_2021.sections, "存在的主要问题及改进情况", "五、存在的主要问题及改进情况"], // title without its number
    [FORMAT_2021.sections, "一、主动公开政府信息情况", "二、主动公开政府信息情况"], // misnumbered (临潼区 2021)
  ];
  for (const [candidates, written, official] of variants)
    it(`reads “${written}” as the variant of “${official}”`, () => assert.deepEqual(matchLabel(candidates, written), { label: official, variant: true }));

  it("takes width, spaces and traditional script for the official label itself, not a variant", () => {
    assert.deepEqual(matchLabel(rows3, "(一) 予以公开"), { label: "（一）予以公开", variant: false });
    assert.deepEqual(matchLabel(["自然人", "总计"], "总 计"), { label: "总计", variant: false });
    assert.deepEqual(matchLabel(["规章", "行政规范性文件"], "行政規範性文件"), { label: "行政规范性文件", variant: false });
  });

  it("guesses nothing when a label means none of the candidates, or two of them", () => {
    assert.equal(matchLabel(rows3, "本年新收"), undefined);
    assert.equal(matchLabel(rows2, "内部文件"), undefined);
    assert.equal(matchLabel(FORMAT_2021.sections, "四、政府信息公开申请情况"), undefined);
    // 结果维持 and 结果纠正 are one character from 结果维正 each.
    assert.equal(matchLabel(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], "结果维正"), undefined);
  });
});
