// Labels written by people differ from the official text in width, spacing and script;
// compare them only after this normalisation (FORMAT.md: NFKC, whitespace removed, 繁→简).

// Traditional characters that occur in the labels of either format, with their simplified form.
const TRADITIONAL = "開門規範許處罰強製發廢現數與請結轉辦區計國穩護權屬類內務過執詢項無機關沒補後確訪舉報訴複覆認獲費繳納總續繼維審議訟經業構會單萬額購採對條決減應資訊託況體達齊變雜錄時間號";
const SIMPLIFIED = "开门规范许处罚强制发废现数与请结转办区计国稳护权属类内务过执询项无机关没补后确访举报诉复复认获费缴纳总续继维审议讼经业构会单万额购采对条决减应资讯托况体达齐变杂录时间号";
const TO_SIMPLIFIED = new Map<string, string>([...TRADITIONAL].map((ch, i) => [ch, [...SIMPLIFIED][i]]));

/** The comparable form of a label: NFKC, no whitespace, simplified script. */
export function normalizeLabel(text: string): string {
  return [...text.normalize("NFKC").replace(/\s+/gu, "")].map((ch) => TO_SIMPLIFIED.get(ch) ?? ch).join("");
}
