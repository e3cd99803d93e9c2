/** The parts of the workbook: the information sheet, the three tables, the prose. */
export type SheetKey = "info" | "二" | "三" | "四" | "text";

/** The names of the sheets the template inserts; readers also find renamed sheets by their labels. */
export const SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  info: "基本信息",
  二: "二、主动公开",
  三: "三、依申请公开",
  四: "四、复议诉讼",
  text: "正文",
};

/** Tab and print order: the tables print first, each on its own page, then the information and prose sheets. */
export const SHEET_ORDER: readonly SheetKey[] = ["二", "三", "四", "info", "text"];
