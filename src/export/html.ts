// The finished report as one HTML page for the portal: semantic tables with rowspan/colspan,
// every text escaped, embedded CSS, no scripts.
import { Report } from "../model/report";
import { DocumentOptions, ReportDocument, reportDocument } from "./document";
import { GridCell, TableGrid } from "./tables";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ESCAPES[ch]);
}

const STYLE = `
body { margin: 0; background: #fff; color: #000; }
.nianbao { max-width: 820px; margin: 0 auto; padding: 48px 40px; font-family: "FangSong", "仿宋", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16px; line-height: 1.9; }
.nianbao h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 26px; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 8px; }
.nianbao .period { font-family: "KaiTi", "楷体", "STKaiti", serif; text-align: center; margin: 0 0 28px; }
.nianbao h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16px; font-weight: normal; margin: 24px 0 8px; text-indent: 2em; }
.nianbao p { margin: 0; text-indent: 2em; text-align: justify; }
.nianbao table { width: 100%; border-collapse: collapse; margin: 12px 0 20px; font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 12px; line-height: 1.4; table-layout: fixed; }
.nianbao th, .nianbao td { border: 1px solid #000; padding: 4px 3px; vertical-align: middle; word-break: break-all; }
.nianbao th { font-weight: normal; text-align: center; }
.nianbao td { text-align: left; }
.nianbao td.figure { text-align: center; }
@media print { .nianbao { padding: 0; } }
`;

function cell(c: GridCell): string {
  const tag = c.heading ? "th" : "td";
  const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ""}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ""}`;
  const scope = c.heading ? (c.colSpan > 1 ? ' scope="colgroup"' : ' scope="col"') : "";
  return `<${tag}${spans}${scope}${c.figure ? ' class="figure"' : ""}>${escapeHtml(c.text)}</${tag}>`;
}

function table(grid: TableGrid): string {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const cols = grid.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join("");
  // Leading rows of headings only form the table head, repeated on every printed page.
  const headRows = grid.rows.findIndex((row) => !row.every((c) => c.heading));
  const rows = grid.rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`);
  const head = headRows > 0 ? `<thead>${rows.slice(0, headRows).join("")}</thead>` : "";
  return `<table>${`<colgroup>${cols}</colgroup>`}${head}<tbody>${rows.slice(Math.max(headRows, 0)).join("")}</tbody></table>`;
}

/** The whole report as a standalone HTML page (UTF-8). */
export function reportHtml(report: Report, options: DocumentOptions = {}): string {
  return documentHtml(reportDocument(report, options));
}

/** A document, as checked for export, as a standalone HTML page (UTF-8). */
export function documentHtml(doc: ReportDocument): string {
  const sections = doc.sections
    .map((s) => `<section><h2>${escapeHtml(s.title)}</h2>${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}${s.table ? table(s.table) : ""}</section>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article class="nianbao">
<h1>${escapeHtml(doc.title)}</h1>
<p class="period">${escapeHtml(doc.period)}</p>
${sections}
</article>
</body>
</html>
`;
}
