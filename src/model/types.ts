/** The two official layouts: 国办公开办函〔2021〕30号 (default) and the 2019 trial 〔2019〕60号. */
export type FormatId = "2021" | "2019";

/** The three tables, named as the report names its sections. */
export type TableId = "二" | "三" | "四";

/** The tables in the order the report prints them. */
export const TABLE_IDS: readonly TableId[] = ["二", "三", "四"];

/**
 * What an input cell may hold.
 * - count: a whole number ≥ 0 (件数, 申请数, 案件数)
 * - amount: ≥ 0 with decimals, in 万元 (2021 本年收费金额)
 * - signedCount: a whole number that may be negative (2019 本年增/减)
 * - freeAmount: ≥ 0 with decimals, unit not fixed (2019 采购总金额)
 */
export type CellKind = "count" | "amount" | "signedCount" | "freeAmount";

export interface ColumnDef {
  /** Official label, exactly as the format prints it. */
  readonly label: string;
  readonly kind: CellKind;
}

export interface RowDef {
  /** Official leaf label, unique within its table; the JSON contract keys rows by it. */
  readonly label: string;
  /**
   * Labels of the merged cells to the left of the leaf, outermost first
   * (e.g. ["三、本年度办理结果", "（三）不予公开"] for "1.属于国家秘密").
   */
  readonly parents: readonly string[];
}

/** A block of 表二: one 第二十条 article line with its own columns. */
export interface BlockDef {
  readonly article: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly string[];
}

/** 表二: blocks stacked under one another. */
export interface ActiveTableDef {
  readonly id: "二";
  readonly title: string;
  readonly rowHeader: string;
  readonly blocks: readonly BlockDef[];
}

/** 表三: the 申请 table, rows × applicant columns. */
export interface ApplicationTableDef {
  readonly id: "三";
  readonly title: string;
  readonly cornerNote: string;
  readonly applicantHeader: string;
  readonly organisationHeader: string;
  readonly columns: readonly ColumnDef[];
  /** Labels of the columns that stand under 法人或其他组织. */
  readonly organisationColumns: readonly string[];
  readonly rows: readonly RowDef[];
}

/** 表四: one line of 复议 and 诉讼 groups, each with the same five result columns. */
export interface ReviewTableDef {
  readonly id: "四";
  readonly title: string;
  readonly litigationHeader: string;
  readonly groups: readonly { readonly label: string; readonly parents: readonly string[] }[];
  readonly columns: readonly ColumnDef[];
}


export interface ReportFormat {
  readonly id: FormatId;
  /** The notice that fixes the format, for the information sheet and messages. */
  readonly source: string;
  /** First and last report year the format is meant for (null: open-ended). */
  readonly years: { readonly from: number; readonly to: number | null };
  readonly sections: readonly string[];
  readonly tables: { readonly 二: ActiveTableDef; readonly 三: ApplicationTableDef; readonly 四: ReviewTableDef };
}

/** One input cell by its official labels. */
export interface CellRef {
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
}

/** `表|行|列`, e.g. `三|（一）予以公开|自然人`: a stable key built from official labels. */
export type CellId = string;

/**
 * A cell's content as a person left it: a number, null for blank, or the text typed when it
 * is not a clean number ("/", "12件", "+19", "１２", "#REF!").
 */
export type CellValue = number | string | null;
