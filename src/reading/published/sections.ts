// Section titles as reports write them: numbered 一、… 六、 (sometimes with the wrong number), the
// title's words as the format has them or in a known variant. A bare title without its number
// is taken only when it stands alone as a piece; inside a sentence it is prose.
import { SECTIONS } from "../../model/shared-parts";

/** Each section's title words as written in real reports, as patterns; whitespace may fall anywhere. */
const TITLE_WORDS: readonly (readonly string[])[] = [
  ["总体情况"],
  ["主动公开政府信息情况"],
  ["收到和处理政府信息公开申请情况", "政府信息公开申请情况"],
  ["政府信息公开行政复议[、，,]?行政诉讼情况", "因政府信息公开工作被申请行政复议[、，,]?提起行政诉讼情况"],
  ["(?:政府信息公开工作)?存在的主要问题(?:及|和|与)改进(?:情况|措施)"],
  ["其他需要报告的事项"],
];

/** Lets whitespace stand before each Chinese character or group of a title pattern. */
const spaced = (pattern: string) => pattern.replace(/(?<!\\)(?<![[?:(])(?=[\u4e00-\u9fff[(])/gu, "\\s*");
/** A title named inside quotation marks or a book title is a mention, not a heading. */
const ORDINAL = "(?<![“\"《])[一二三四五六七八九十][、.．,，]\\s*";

const NUMBERED = TITLE_WORDS.map((words) => new RegExp(`${ORDINAL}(?:${words.map(spaced).join("|")})`, "u"));
const BARE = TITLE_WORDS.map((words) => new RegExp(`^\\s*(?:${words.map(spaced).join("|")})\\s*$`, "u"));

export interface TitleFound {
  /** Index into SECTIONS. */
  readonly section: number;
  readonly start: number;
  readonly end: number;
}

/** The first section title in a piece's text at or after `from`, numbered or standing alone. */
export function findTitle(text: string, from = 0): TitleFound | undefined {
  let found: TitleFound | undefined;
  NUMBERED.forEach((pattern, section) => {
    const match = pattern.exec(text.slice(from));
    if (match && (!found || from + match.index < found.start)) found = { section, start: from + match.index, end: from + match.index + match[0].length };
  });
  if (found || from > 0) return found;
  const section = BARE.findIndex((pattern) => pattern.test(text));
  return section < 0 ? undefined : { section, start: 0, end: text.length };
}

export const sectionTitle = (index: number): string => SECTIONS[index];
