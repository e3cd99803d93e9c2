// The paragraphs that restate the figures: 一's 依申请公开 and 主动公开 passages, the lead-ins of
// 二, 三 and 四, and 六's 信息处理费 statement. Deterministic; a figure that is not a clean
// number is never stated: a placeholder naming its cell stands in its place.
import { showNumber } from "../checks/findings";
import { FRAGMENTS } from "../catalogue/check-messages";
import { CellId, CellKind } from "../model/types";
import { INFO_FIELDS, readYesNo, Report } from "../model/report";
import { cellId } from "../model/cells";
import { getFormat } from "../model/formats";
import { ACTIVE_COLUMN_PHRASES, feePlaceholder, placeholder } from "../catalogue/narrative-messages";
import { CellProblem, Figure, Locations, cleanNumber, figure, infoReference } from "../reading/figures";
import { QuantityKey, quantityModel } from "../prose/quantities";

export type Measure = "件" | "宗" | "份";
export const MEASURES: readonly Measure[] = ["件", "宗", "份"];

export interface NarrativeOptions {
  /** Last year's report, for 同比. */
  readonly previous?: Report;
  /** The measure word for applications and cases (documents are always counted in 件). */
  readonly measure?: Measure;
  /** Where the workbook that was read holds each cell, so placeholders name the real cell. */
  readonly locations?: Locations;
}

/** Block ids, stable across versions: the prose sheet's markers refer to them. */
export type BlockId = "依申请公开" | "主动公开" | "二·导语" | "三·导语" | "四·导语" | "信息处理费";

export interface GeneratedBlock {
  readonly id: BlockId;
  /** The section title it belongs to (一、总体情况 …). */
  readonly section: string;
  readonly text: string;
}

export interface Narrative {
  readonly blocks: readonly GeneratedBlock[];
  /** Cells that could not be stated; each stands in the text as a placeholder. */
  readonly problems: readonly CellProblem[];
}

/** 12.5 → "12.5", 100 → "100", 33.333 → "33.3". */
function decimal(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

export function percent(part: number, whole: number): string {
  return `${decimal((part / whole) * 100, 1)}%`;
}

/** Generates every block from a report; pure and deterministic. */
export function generateNarrative(report: Report, options: NarrativeOptions = {}): Narrative {
  const format = getFormat(report.format);
  const model = quantityModel(format);
  const measure = options.measure ?? "件";
  const problems: CellProblem[] = [];
  const year = `${report.year}年`;

  const cells = (key: QuantityKey) => model.byKey.get(key)!.cells;
  const figureOf = (ids: readonly CellId[], kind?: CellKind): Figure => figure(report, ids, options.locations, kind);
  const valueOf = (key: QuantityKey): number | undefined => {
    const f = figureOf(cells(key));
    return f.ok ? f.value : undefined;
  };
  const stated = (f: Figure, unit: string): string => {
    if (f.ok) return `${showNumber(f.value)}${unit}`;
    problems.push(...f.problems);
    const first = f.problems[0];
    return placeholder(FRAGMENTS.reference(first.location.sheet, first.location.address), first.value, f.problems.length - 1);
  };
  const count = (key: QuantityKey) => stated(figureOf(cells(key)), measure);
  const isZero = (...keys: QuantityKey[]) => keys.every((key) => valueOf(key) === 0);

  /** "，同比增长12.5%" against last year's same quantity, when both are clean. */
  const yoy = (key: QuantityKey): string => {
    const now = valueOf(key);
    if (!options.previous || now === undefined) return "";
    const previousModel = quantityModel(getFormat(options.previous.format));
    const previousKey = [...previousModel.byKey.values()].find((q) => q.name === model.byKey.get(key)!.name)?.key;
    if (!previousKey) return "";
    const before = figure(options.previous, previousModel.byKey.get(previousKey)!.cells);
    if (!before.ok) return "";
    if (before.value === 0) return now === 0 ? "，与上年持平" : `，上年为0${measure}`;
    if (now === before.value) return "，与上年持平";
    return `，同比${now > before.value ? "增长" : "下降"}${percent(Math.abs(now - before.value), before.value)}`;
  };

  const t3 = format.tables.三;
  const applicantPart = (): string => {
    const row = model.received;
    const person = figureOf([cellId("三", row, t3.columns[0].label)]);
    const organisations = figureOf(t3.organisationColumns.map((column) => cellId("三", row, column)));
    if (!person.ok || !organisations.ok || person.value + organisations.value === 0) return "";
    return `（其中${t3.columns[0].label}${person.value}${measure}，${t3.organisationHeader}${organisations.value}${measure}）`;
  };

  const categoriesPart = (): string => {
    const handled = valueOf(model.handled);
    return model.categories
      .map((category) => {
        const q = model.byKey.get(category)!;
        const items = model
          .itemsOf(category)
          .filter((item) => (valueOf(item) ?? 1) !== 0)
          .map((item) => `${model.byKey.get(item)!.name}${count(item)}`);
        const value = valueOf(category);
        const share = handled && value ? `，占${percent(value, handled)}` : "";
        return `${q.name}${count(category)}${items.length > 0 ? `（${items.join("，")}）` : ""}${share}`;
      })
      .join("；");
  };

  const applicationFlow = [model.received, model.carried, model.handled, model.forward];
  const noApplications = isZero(...applicationFlow);

  const requestsPassage = noApplications
    ? `依申请公开方面，${year}本机关未收到政府信息公开申请，无上年结转申请。`
    : `依申请公开方面，${year}本机关${receivedPhrase()}，上年结转政府信息公开申请${count(model.carried)}；办结${count(model.handled)}，结转下年度继续办理${count(model.forward)}。`;

  /** The applications received; 三's lead-in also says who sent them. */
  function receivedPhrase(withApplicants = false): string {
    return isZero(model.received)
      ? "未收到新的政府信息公开申请"
      : `新收政府信息公开申请${count(model.received)}${withApplicants ? applicantPart() : ""}${yoy(model.received)}`;
  }

  const applicationsLead = noApplications
    ? `${year}，本机关未收到政府信息公开申请，无上年结转申请，无结转下年度继续办理的申请。`
    : `${year}，本机关${receivedPhrase(true)}，上年结转${count(model.carried)}。本年度办结${count(model.handled)}${yoy(model.handled)}，其中：${categoriesPart()}。结转下年度继续办理${count(model.forward)}。`;

  /** A 复议 or 诉讼 group's results that are not zero, as "结果维持2件". */
  const resultItems = (group: QuantityKey): string[] =>
    model.results
      .map((result) => model.resultOf(group, result))
      .filter((key) => (valueOf(key) ?? 1) !== 0)
      .map((key) => `${model.byKey.get(key)!.name}${count(key)}`);

  const groupPhrase = (group: QuantityKey): string => {
    const results = resultItems(group).join("，");
    return `${model.byKey.get(group)!.name}${count(group)}${yoy(group)}${results ? `，其中${results}` : ""}`;
  };

  const reviewsLead = (): string => {
    const { review, litigation, litigationGroups } = model;
    if (isZero(review, litigation)) return `${year}，本机关未发生因政府信息公开引起的行政复议、行政诉讼。`;
    const parts: string[] = [];
    parts.push(isZero(review) ? "未发生因政府信息公开引起的行政复议" : `因政府信息公开引起${groupPhrase(review)}`);
    if (isZero(litigation)) parts.push("未发生因政府信息公开引起的行政诉讼");
    else {
      const groups = litigationGroups
        .filter((group) => !isZero(group))
        .map((group) => {
          const results = resultItems(group);
          return `${model.byKey.get(group)!.name}${count(group)}${results.length > 0 ? `（${results.join("，")}）` : ""}`;
        });
      parts.push(`${model.byKey.get(litigation)!.name}${count(litigation)}${yoy(litigation)}，其中${groups.join("，")}`);
    }
    return `${year}，本机关${parts.join("；")}。`;
  };

  const activePassage = (): string => {
    const blocks = format.tables.二.blocks.map((block) =>
      block.columns
        .map((column) => {
          const phrase = ACTIVE_COLUMN_PHRASES[column.label] ?? { lead: "", unit: "", item: (row: string, n: string) => `${row}${column.label}${n}` };
          const items = block.rows.map((row) => {
            const id = cellId("二", row, column.label);
            return phrase.item(row, stated(figureOf([id], column.kind), phrase.unit));
          });
          return `${phrase.lead}${items.join("、")}`;
        })
        .join("，"),
    );
    return `主动公开方面，${year}本机关${blocks.join("；")}。`;
  };

  const feeStatement = (): string => {
    const basis = "根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），";
    const charged = readYesNo(report.fee.charged);
    if (charged === false) return `${basis}本机关${year}未收取信息处理费。`;
    if (charged !== true) return feePlaceholder(infoReference(INFO_FIELDS.feeCharged));
    const field = (value: typeof report.fee.cases, label: string, kind: CellKind, shown: (n: number) => string) => {
      const clean = cleanNumber(value, kind);
      return clean !== undefined ? shown(clean) : placeholder(infoReference(label), value, 0);
    };
    const cases = field(report.fee.cases, INFO_FIELDS.feeCases, "count", (n) => `${n}${measure}`);
    const amount = field(report.fee.amount, INFO_FIELDS.feeAmount, "amount", (n) => `${decimal(n, 2)}元`);
    return `${basis}本机关${year}对${cases}政府信息公开申请收取信息处理费，共计${amount}。`;
  };

  const [overview, active, applications, reviews, , other] = format.sections;
  const blocks: GeneratedBlock[] = [
    { id: "主动公开", section: overview, text: activePassage() },
    { id: "依申请公开", section: overview, text: requestsPassage },
    { id: "二·导语", section: active, text: `${year}，本机关主动公开政府信息情况见下表。` },
    { id: "三·导语", section: applications, text: applicationsLead },
    { id: "四·导语", section: reviews, text: reviewsLead() },
    { id: "信息处理费", section: other, text: feeStatement() },
  ];
  return { blocks, problems: dedupe(problems) };
}

function dedupe(problems: readonly CellProblem[]): CellProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.id) && seen.add(p.id) !== undefined);
}
