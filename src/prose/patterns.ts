// How officials word the numbers of the tables, as data a reviewer can read: each pattern with a
// sentence of a real published report it was read from (test/fixtures/published, FORMAT.md).
// The prose reader (checks/prose-rules.ts) applies them; a number whose subject stays uncertain
// is not compared at all.

/** A phrase pattern, what it means for the reading, and a real sentence it was read from. */
export interface PhrasePattern {
  readonly pattern: RegExp;
  readonly means: string;
  readonly example: string;
}

/**
 * 受理 / 收到 N 件 means 新收 in some reports and 新收 + 上年结转 in others: the number is
 * compared with both readings and contradicts the tables only when it fits neither.
 */
export const RECEIVED_EITHER_WAY: PhrasePattern = {
  pattern: /受理|收到|接收/u,
  means: "新收, or 新收 + 上年结转",
  example: "2023年,共收到政府信息公开申请132件,上年结转2件,共计134件。",
};

/** Two quantities joined by 及 / 和 / 与 / 以及 before one number: the number is their sum. */
export const COMBINED: PhrasePattern = {
  pattern: /^(?:的)?(?:及|和|与|以及|、|或)(?:的)?$/u,
  means: "the sum of the two quantities named on either side",
  example: "所有答复件中,予以公开及部分公开的42件,占42.86%;",
};

/** 案件 or 行政争议 after both 复议 and 诉讼, or 行政争议 alone: 复议 and 诉讼 together. */
export const CASES_TOGETHER: PhrasePattern = {
  pattern: /(?:案件|行政争议)$/u,
  means: "行政复议 + 行政诉讼",
  example: "因信息公开引发行政争议11件,其中,行政复议7件,结果维持6件,尚未审结1件;行政诉讼4件,结果维持2件,尚未审结2件。",
};

/**
 * Words in the same clause that make a number about something else: another year, another body
 * acting on behalf of the agency, or counts that are no table's (calls, visits, training).
 */
export const OTHER_SUBJECT: readonly PhrasePattern[] = [
  { pattern: /上一?年(?!度?结转)|去年|同比|较上年|比上年/u, means: "last year's figure or a change on it", example: "共受理政府信息公开申请859件,申请数量较去年回落12.3%" },
  {
    pattern: /代表/u,
    means: "one body's own figure, which a consolidated report's tables do not hold",
    example: "2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。",
  },
  { pattern: /咨询|热线|电话|留言|来信|信件|访问|浏览|点击|培训|会议|人次/u, means: "counts that no table holds", example: "全年接受咨询400余次，网站访问量11980次" },
];

/**
 * A negation about outcomes, not counts: true when 结果纠正 is 0, however many cases there were.
 * Applies to the groups the clause names (复议, 诉讼).
 */
export const NOTHING_CORRECTED: PhrasePattern = {
  pattern: /(?:未|没有)(?:发生|出现)[^，,。；;\d]*?(?:纠错|纠正|败诉|撤销)/u,
  means: "结果纠正 is 0 for the groups named",
  example: "未发生被行政复议纠错或行政诉讼败诉情形",
};

/** Every application finished: false when any is carried over to next year. */
export const ALL_FINISHED: PhrasePattern = {
  // 均 / 都 makes it a claim about all of them: 所有办结的申请中… only names the finished ones.
  pattern: /(?:所有|全部)[^，,。；;\d]{0,12}?(?:均|都)已?[^，,。；;\d]{0,6}?(?:办结|办理完毕|办理完成|答复完毕)|(?:均已|全部)(?:办结|办理完毕|办理完成|答复完毕)/u,
  means: "结转下年度继续办理 is 0",
  example: "所有申请均已按要求办理完成",
};

/** Chinese numerals as counts are written (三件, 十二件, 一百零五件). */
const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese numeral below ten thousand; undefined when it is not one. */
export function chineseNumber(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    // 一百零五: the 零 only marks the empty tens.
    if ((ch === "零" || ch === "〇") && total > 0) continue;
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      total += (digit ?? (UNITS[ch] === 10 ? 1 : NaN)) * UNITS[ch];
      digit = undefined;
    } else return undefined;
  }
  const value = total + (digit ?? 0);
  return Number.isFinite(value) && text !== "" ? value : undefined;
}
