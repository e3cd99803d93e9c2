// The paragraphs that restate the figures: 一's 依申请公开 and 主动公开 passages, the lead-ins of
// 二, 三 and 四, and 六's 信息处理费 statement, worded by docs/narrative-style.md. Deterministic;
// a figure that is not a clean number is never stated: a placeholder naming its cell stands in
// its place, and counts as non-zero (it is listed, never summarised away).
import { showNumber } from "../checks/findings";
import { FRAGMENTS } from "../catalogue/check-messages";
import { CellId, CellKind } from "../model/types";
import { INFO_FIELDS, PROCUREMENT_UNITS, readYesNo, Report } from "../model/report";
import { inputCellId } from "../model/cells";
import { getFormat } from "../model/formats";
import { BlockDef } from "../model/types";
import {
  ACTIVE_COLUMN_PHRASES,
  APPLICATION_PHRASES as SAY,
  DOCUMENT_MEASURE,
  ITEM_BLOCK,
  PROCUREMENT_BLOCK,
  feePlaceholder,
  placeholder,
  unitPlaceholder,
} from "../catalogue/narrative-messages";
import { CellProblem, Figure, Locations, cleanNumber, figure, infoReference } from "../reading/figures";
import { QuantityKey, quantityModel } from "../prose/quantities";
import { answeredOnce, derived } from "../model/derived";

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

/** 12.5 → "12.5", 100 → "100", 33.333 → "33.33" at two digits. */
function decimal(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** Shares and 同比 always with one decimal, so that "10.0%" stands beside "46.7%". */
export function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}%`;
}

/** Generates every block from a report; pure and deterministic. */
export function generateNarrative(report: Report, options: NarrativeOptions = {}): Narrative {
  const format = getFormat(report.format);
  const model = quantityModel(format);
  const measure = options.measure ?? "件";
  const problems: CellProblem[] = [];
  const year = `${report.year}年`;

  const cells = (key: QuantityKey) => model.byKey.get(key)!.cells;
  const name = (key: QuantityKey) => model.byKey.get(key)!.name;
  const figureOf = (ids: readonly CellId[], kind?: CellKind): Figure => figure(report, ids, options.locations, kind);
  // A quantity is asked for again and again (is it zero, its value, its count): summed once.
  const quantityFigure = answeredOnce((key: QuantityKey): Figure => figureOf(cells(key)));
  const valueOf = (key: QuantityKey): number | undefined => {
    const f = quantityFigure(key);
    return f.ok ? f.value : undefined;
  };
  const stated = (f: Figure, unit: string, shown: (n: number) => string = showNumber): string => {
    if (f.ok) return `${shown(f.value)}${unit}`;
    problems.push(...f.problems);
    const first = f.problems[0];
    return placeholder(FRAGMENTS.reference(first.location.sheet, first.location.address), first.value, f.problems.length - 1);
  };
  const count = (key: QuantityKey) => stated(quantityFigure(key), measure);
  const isZero = (key: QuantityKey) => valueOf(key) === 0;
  /** Zero when the figure is a clean 0; a placeholder is never zero, so it is stated. */
  const zeroFigure = (f: Figure) => f.ok && f.value === 0;

  /** "，同比增长12.5%" against last year's same quantity, when both are clean. */
  const yoy = (key: QuantityKey): string => {
    const now = valueOf(key);
    if (!options.previous || now === undefined) return "";
    const previousModel = quantityModel(getFormat(options.previous.format));
    const previousKey = [...previousModel.byKey.values()].find((q) => q.name === name(key))?.key;
    if (!previousKey) return "";
    const before = figure(options.previous, previousModel.byKey.get(previousKey)!.cells);
    if (!before.ok) return "";
    if (now === before.value) return SAY.same;
    if (before.value === 0) return SAY.nonePreviously(measure);
    return SAY.change(now > before.value, percent(Math.abs(now - before.value), before.value));
  };

  const t3 = format.tables.三;
  const applicantPart = (): string => {
    const row = model.received;
    const person = figureOf([inputCellId(format, "三", row, t3.columns[0].label)]);
    const organisations = figureOf(t3.organisationColumns.map((column) => inputCellId(format, "三", row, column)));
    if (!person.ok || !organisations.ok || person.value + organisations.value === 0) return "";
    return SAY.applicants(`${t3.columns[0].label}${person.value}${measure}`, `${t3.organisationHeader}${organisations.value}${measure}`);
  };

  /** Each result category with its share and its non-zero sub-items; categories at zero summarised at the end. */
  const categoriesPart = (): string => {
    const handled = valueOf(model.handled);
    const nonZero = model.categories.filter((category) => !isZero(category));
    const zero = model.categories.filter((category) => isZero(category));
    const listedCategories = nonZero.map((category) => {
      const items = model
        .itemsOf(category)
        .filter((item) => !isZero(item))
        .map((item) => `${name(item)}${count(item)}`);
      const value = valueOf(category);
      const share = handled && value ? SAY.share(percent(value, handled)) : "";
      return `${name(category)}${count(category)}${items.length > 0 ? `（${items.join("，")}）` : ""}${share}`;
    });
    return [...listedCategories, ...(zero.length > 0 ? [SAY.noCategories(zero.map(name).join("、"))] : [])].join("；");
  };

  const applicationFlow = [model.received, model.carried, model.handled, model.forward];
  const noApplications = applicationFlow.every(isZero);

  /** The applications received; 三's lead-in also says who sent them. */
  const receivedPhrase = (withApplicants = false): string =>
    isZero(model.received) ? SAY.noneReceived : SAY.received(`${count(model.received)}${withApplicants ? applicantPart() : ""}${yoy(model.received)}`);
  const carriedPhrase = () => (isZero(model.carried) ? SAY.noneCarried : SAY.carried(count(model.carried)));
  const forwardPhrase = () => (isZero(model.forward) ? SAY.noneForward : SAY.forward(count(model.forward)));
  const handledFigure = () => (isZero(model.handled) ? undefined : `${count(model.handled)}${yoy(model.handled)}`);

  const requestsPassage = noApplications
    ? SAY.overviewNone(year)
    : SAY.overview(year, receivedPhrase(), carriedPhrase(), handledFigure(), forwardPhrase());

  const applicationsLead = noApplications
    ? SAY.leadNone(year)
    : SAY.lead(year, receivedPhrase(true), carriedPhrase(), isZero(model.handled) ? undefined : { handled: handledFigure()!, categories: categoriesPart() }, forwardPhrase());

  /** A 复议 or 诉讼 group's results that are not zero, as "结果维持2件". */
  const resultItems = (group: QuantityKey): string[] =>
    model.results
      .map((result) => model.resultOf(group, result))
      .filter((key) => !isZero(key))
      .map((key) => `${name(key)}${count(key)}`);

  const reviewsLead = (): string => {
    const { review, litigation, litigationGroups } = model;
    if (isZero(review) && isZero(litigation)) return SAY.noReviews(year);
    const reviewPart = isZero(review) ? SAY.noReview : SAY.review(`${name(review)}${count(review)}${yoy(review)}`, resultItems(review).join("，"));
    const groups = litigationGroups
      .filter((group) => !isZero(group))
      .map((group) => {
        const results = resultItems(group);
        return `${name(group)}${count(group)}${results.length > 0 ? `（${results.join("，")}）` : ""}`;
      });
    const litigationPart = isZero(litigation) ? SAY.noLitigation : SAY.litigation(`${name(litigation)}${count(litigation)}${yoy(litigation)}`, groups.join("，"));
    return SAY.reviews(year, reviewPart, litigationPart);
  };

  /** 表二's figures, each read once: both 主动公开 passages state the same cells. */
  const activeFigures = new Map<CellId, { readonly kind: CellKind; readonly figure: Figure }>();
  const cellFigure = (row: string, column: string, kind: CellKind): Figure => {
    const id = inputCellId(format, "二", row, column);
    const known = activeFigures.get(id);
    if (known?.kind === kind) return known.figure;
    const f = figureOf([id], kind);
    activeFigures.set(id, { kind, figure: f });
    return f;
  };

  /**
   * The 主动公开 clauses. Beside 表二 (二's lead-in) a figure that cannot be stated is left out,
   * since the table right under it shows the cell as it is; elsewhere its placeholder stands.
   */
  const activeClauses = (besideTable: boolean): string => {
    const sayable = (f: Figure) => f.ok || !besideTable;

    /** A block of columns that list rows: the non-zero rows stated, the rows at zero summarised. */
    const listedBlock = (block: BlockDef): string => {
      const clauses: string[] = [];
      const negated: { verbs: string[]; rows: string }[] = [];
      const nones: string[] = [];
      for (const column of block.columns) {
        const phrase = ACTIVE_COLUMN_PHRASES[column.label];
        const figures = block.rows.map((row) => ({ row, f: cellFigure(row, column.label, column.kind) }));
        const shown = figures.filter(({ f }) => !zeroFigure(f) && sayable(f)).map(({ row, f }) => phrase.item(row, stated(f, phrase.unit)));
        if (shown.length > 0) clauses.push(`${phrase.lead}${shown.join("、")}`);
        const zeroRows = figures.filter(({ f }) => zeroFigure(f)).map(({ row }) => row).join("、");
        if (zeroRows === "") continue;
        const same = phrase.verb ? negated.find((n) => n.rows === zeroRows) : undefined;
        if (same) same.verbs.push(phrase.verb!);
        else if (phrase.verb) negated.push({ verbs: [phrase.verb], rows: zeroRows });
        else nones.push(phrase.none!(zeroRows));
      }
      // What happened is said first, then what did not.
      return [...clauses, ...negated.map((n) => SAY.not(n.verbs.join("、"), n.rows)), ...nones].join("，");
    };

    /** 2019 第（五）（六）（八）项: per row, its items (项) and decisions (件); rows with nothing summarised. */
    const itemBlock = (block: BlockDef): string => {
      const hasDecisions = block.columns.some((c) => c.label === ITEM_BLOCK.decisions);
      const rowsSaid: string[] = [];
      const empty: string[] = [];
      for (const row of block.rows) {
        const previous = cellFigure(row, ITEM_BLOCK.previous, "count");
        const change = cellFigure(row, ITEM_BLOCK.change, "signedCount");
        const decided = hasDecisions ? cellFigure(row, ITEM_BLOCK.decisions, "count") : undefined;
        if ([previous, change, decided].every((f) => f === undefined || zeroFigure(f))) {
          empty.push(row);
          continue;
        }
        const parts: string[] = [];
        if (!zeroFigure(previous) && sayable(previous)) parts.push(ITEM_BLOCK.previousPart(stated(previous, ITEM_BLOCK.unit)));
        if (!change.ok) {
          if (sayable(change)) parts.push(ITEM_BLOCK.changeUnknown(stated(change, ITEM_BLOCK.unit)));
        } else if (change.value !== 0) parts.push(ITEM_BLOCK.changePart(change.value, `${Math.abs(change.value)}${ITEM_BLOCK.unit}`));
        if (decided && zeroFigure(decided)) parts.push(ITEM_BLOCK.noDecisions);
        else if (decided && sayable(decided)) parts.push(ITEM_BLOCK.decisionsPart(stated(decided, DOCUMENT_MEASURE)));
        if (parts.length > 0) rowsSaid.push(`${ITEM_BLOCK.noun(row)}${parts.join("，")}`);
      }
      if (empty.length > 0) rowsSaid.push(ITEM_BLOCK.none(ITEM_BLOCK.noun(empty.join("、"))));
      return rowsSaid.join("；");
    };

    /** 2019 第（九）项: 个 for projects, the amount in the unit the information sheet names. */
    const procurementBlock = (block: BlockDef): string => {
      const row = block.rows[0];
      const projects = cellFigure(row, PROCUREMENT_BLOCK.projects, "count");
      const amount = cellFigure(row, PROCUREMENT_BLOCK.amount, "freeAmount");
      if (zeroFigure(projects) && zeroFigure(amount)) return PROCUREMENT_BLOCK.none;
      const typed = typeof report.procurementUnit === "string" ? report.procurementUnit.trim() : "";
      const known = PROCUREMENT_UNITS.find((u) => u === typed);
      if (besideTable && (!projects.ok || !amount.ok || known === undefined)) return "";
      const unit = known ?? unitPlaceholder(infoReference(INFO_FIELDS.procurementUnit));
      return PROCUREMENT_BLOCK.stated(stated(projects, PROCUREMENT_BLOCK.unit), stated(amount, unit, (n) => decimal(n, 2)));
    };

    return sameColumnsJoined(format.tables.二.blocks)
      .map((block) => {
        const labels = block.columns.map((c) => c.label);
        if (labels.includes(ITEM_BLOCK.previous)) return itemBlock(block);
        if (labels.includes(PROCUREMENT_BLOCK.projects)) return procurementBlock(block);
        return listedBlock(block);
      })
      .filter((clause) => clause !== "")
      .join("；");
  };

  const feeStatement = (): string => {
    const charged = readYesNo(report.fee.charged);
    if (charged === false) return SAY.noFee(year);
    if (charged !== true) return feePlaceholder(infoReference(INFO_FIELDS.feeCharged));
    const field = (value: typeof report.fee.cases, label: string, kind: CellKind, shown: (n: number) => string) => {
      const clean = cleanNumber(value, kind);
      return clean !== undefined ? shown(clean) : placeholder(infoReference(label), value, 0);
    };
    const cases = field(report.fee.cases, INFO_FIELDS.feeCases, "count", (n) => `${n}${measure}`);
    const amount = field(report.fee.amount, INFO_FIELDS.feeAmount, "amount", (n) => `${decimal(n, 2)}元`);
    return SAY.fee(year, cases, amount);
  };

  const [overview, active, applications, reviews, , other] = format.sections;
  const blocks: GeneratedBlock[] = [
    { id: "主动公开", section: overview, text: SAY.activeOverview(year, activeClauses(false)) },
    { id: "依申请公开", section: overview, text: requestsPassage },
    { id: "二·导语", section: active, text: SAY.activeLead(year, activeClauses(true)) },
    { id: "三·导语", section: applications, text: applicationsLead },
    { id: "四·导语", section: reviews, text: reviewsLead() },
    { id: "信息处理费", section: other, text: feeStatement() },
  ];
  return { blocks, problems: dedupe(problems) };
}

/**
 * Consecutive blocks with the same columns read as one (2021 第（五）and（六）项: "作出行政许可决定
 * 120件、行政处罚决定35件"), so that their verb is said once. Joined once per format.
 */
const sameColumnsJoined = derived((blocks: readonly BlockDef[]): readonly BlockDef[] => {
  const columnsOf = (block: BlockDef) => block.columns.map((c) => c.label).join("|");
  return blocks.reduce<BlockDef[]>((joined, block) => {
    const last = joined[joined.length - 1];
    if (last && columnsOf(last) === columnsOf(block)) joined[joined.length - 1] = { ...last, rows: [...last.rows, ...block.rows] };
    else joined.push(block);
    return joined;
  }, []);
});

function dedupe(problems: readonly CellProblem[]): CellProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.id) && seen.add(p.id) !== undefined);
}
