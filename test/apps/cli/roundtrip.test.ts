import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { cellId } from "../../../src/model/cells";
import { reportFromJson, reportToJson } from "../../../src/model/json";
import { fixture, nianbao, scratchFolder } from "./helpers";

const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));

/** The contract's canonical form: every cell present, official labels. */
const canonical = (data: unknown) => reportToJson(reportFromJson(data));

async function roundTrip(data: unknown): Promise<unknown> {
  const folder = scratchFolder();
  try {
    writeFileSync(folder.file("in.json"), JSON.stringify(data));
    assert.equal((await nianbao("import", folder.file("in.json"), "--out", folder.file("report.xlsx"))).code, 0);
    const exported = await nianbao("export", folder.file("report.xlsx"), "--json");
    assert.equal(exported.code, 0, exported.stderr);
    return JSON.parse(exported.stdout);
  } finally {
    folder.remove();
  }
}

describe("nianbao import → export: the round trip is exact", () => {
  it("returns the seed report (2019 format, blanks and zeros as published) unchanged", async () => {
    const seed = json(fixture("seed-xiangzhou-2020.json"));
    assert.deepEqual(await roundTrip(seed), canonical(seed));
  });

  it("returns the consistent 2021 report, its prose and 信息处理费 fields unchanged", async () => {
    const report = json(fixture("consistent-2021.json"));
    assert.deepEqual(await roundTrip(report), canonical(report));
  });

  it("keeps the opening paragraph (引言) and the 2019 采购总金额单位", async () => {
    const report = { ...json(fixture("../narrative/golden/2019-typical.json")), text: { 引言: "2020年，本局编制了本年度报告。" } };
    const back = (await roundTrip(report)) as { text: Record<string, string>; info: Record<string, unknown> };
    assert.deepEqual([back.text["引言"], back.info["采购总金额单位"]], ["2020年，本局编制了本年度报告。", "元"]);
  });

  it("keeps what a person typed: “/”, full-width digits, “+19”, decimals and null", async () => {
    const typed = {
      format: "2019",
      year: 2020,
      agency: "某某局",
      二: { 规章: { 本年新制作数量: "/" }, 行政许可: { "本年增/减": "+19", 上一年项目数量: null }, 政府集中采购: { 采购总金额: 12.75 } },
      三: { "（一）予以公开": { 自然人: "１２", 总计: "12件" } },
    };
    const read = reportFromJson(await roundTrip(typed));
    assert.deepEqual(
      [
        read.values[cellId("二", "规章", "本年新制作数量")],
        read.values[cellId("二", "行政许可", "本年增/减")],
        read.values[cellId("二", "行政许可", "上一年项目数量")],
        read.values[cellId("二", "政府集中采购", "采购总金额")],
        read.values[cellId("三", "（一）予以公开", "自然人")],
        read.values[cellId("三", "（一）予以公开", "总计")],
      ],
      ["/", "+19", null, 12.75, "１２", "12件"],
    );
  });

  it("matches labels written with half-width brackets and spaces", async () => {
    const written = { format: "2021", year: 2025, 三: { "(一) 予以公开": { "自 然 人": 7 } } };
    assert.equal(reportFromJson(await roundTrip(written)).values[cellId("三", "（一）予以公开", "自然人")], 7);
  });
});
