// How people write the quantities of quantities.ts besides their own names: the words the
// prose reader also recognises. Keyed by the role a quantity plays, or by 表四's result labels.
export const ROLE_WORDS = {
  received: ["新收", "收到", "受理", "接收"],
  carried: ["上年结转", "上年度结转", "上一年度结转", "上年度转结"],
  handled: ["办结", "办理完毕", "答复完毕", "答复"],
  forward: ["结转下年度继续办理", "结转下年度", "结转下一年度", "结转至下年度", "转入下年度", "顺延到下年度", "顺延至下年度"],
  /** 行政诉讼 said short, as in "行政复议7件，诉讼9件". */
  litigation: ["诉讼"],
  /** 未经复议直接起诉, then 复议后起诉. */
  litigationGroups: [
    ["直接起诉", "直接提起行政诉讼", "直接提起诉讼"],
    ["复议后提起行政诉讼", "复议后提起诉讼"],
  ],
} as const;

/** Other words for a category of 表三, by its short name: "办结的申请中同意公开9件" is 予以公开. */
export const CATEGORY_WORDS: Readonly<Record<string, readonly string[]>> = {
  予以公开: ["同意公开"],
};

export const RESULT_WORDS: Readonly<Record<string, readonly string[]>> = {
  结果维持: ["维持"],
  结果纠正: ["纠正"],
  尚未审结: ["未审结", "正在审理", "审理中"],
};

/** "均获维持", "全部维持", "都被维持": every case of the named group upheld. */
export const ALL_UPHELD = /(均|全部|都|皆)(获|被|予以|得到|依法)?维持/gu;

/** "未收到", "未发生", "没有", "无": a negation that states a total of zero. */
export const NEGATION = /(未|没有|无)(收到|发生|产生|出现|受理)?/gu;

/** Verbs after which "申请" means 新收 is zero. */
export const RECEIVED_NEGATED = ["收到", "受理"];
