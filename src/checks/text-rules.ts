// The prose as the law requires it: section 五 is the one the tables cannot generate.
import { PROBLEMS_SECTION } from "../model/report";
import { CheckContext, RuleSet } from "./engine";
import { makeFinding, reference } from "./findings";
import { Finding } from "../model/findings";

export const textRules: RuleSet = {
  name: "正文",
  run({ current }: CheckContext): Finding[] {
    const body = current.report.text[PROBLEMS_SECTION] ?? "";
    if (body.trim() !== "") return [];
    const cell = current.field("text", PROBLEMS_SECTION, body === "" ? null : body);
    return [makeFinding("NB-T01", { section: PROBLEMS_SECTION, at: reference(cell) }, [cell])];
  },
};
