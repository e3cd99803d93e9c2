// The finished report as one HTML page for the portal: semantic tables (caption, th with scope,
// thead, rowspan/colspan) that screen readers read cell by cell, each in a box that scrolls
// sideways on a narrow screen instead of wrapping labels a character per line; a print
// stylesheet for A4; every text escaped, embedded CSS, no scripts.
import { Report } from "../model/report";
import { DocumentOptions, ReportDocument, reportDocument } from "./document";
import { GridCell, TableGrid, leadingHeaderRows } from "./tables";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ESCAPES[ch]);
}

const STYLE = `
body { margin: 0; background: #fff; color: #000; }
.nianbao { max-width: 820px; margin: 0 auto; padding: 48px 40px; font-family: "FangSong", "仿宋", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16px; line-height: 1.9; }
.nianbao h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 26px; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 24px; }
.nianbao h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16px; font-weight: normal; margin: 24px 0 8px; text-indent: 2em; }
.nianbao p { margin: 0; text-indent: 2em; text-align: justify; }
.nianbao .table-scroll { overflow-x: auto; margin: 12px 0 20px; -webkit-overflow-scrolling: touch; }
.nianbao table { width: 100%; min-width: 640px; border-collapse: collapse; font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 12px; line-height: 1.4; table-layout: fixed; }
.nianbao caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.nianbao th, .nianbao td { border: 1px solid #000; padding: 4px 3px; vertical-align: middle; overflow-wrap: anywhere; }
.nianbao th { font-weight: normal; text-align: center; }
.nianbao th[scope="row"], .nianbao th[scope="rowgroup"] { text-align: left; }
.nianbao td.figure { text-align: center; }
@media (max-width: 600px) { .nianbao { padding: 24px 16px; } }
@media print {
  @page { size: A4; margin: 25mm 20mm; }
  .nianbao { max-width: none; padding: 0; font-size: 12pt; }
  .nianbao h1 { font-size: 18pt; }
  .nianbao h2 { font-size: 12pt; break-after: avoid; }
  .nianbao .table-scroll { overflow: visible; }
  .nianbao table { min-width: 0; font-size: 8pt; }
  .nianbao thead { display: table-header-group; }
  .nianbao tr { break-inside: avoid; }
}
`;

/** Column headings head columns (or groups of them); row labels head their rows (or groups of them). */
function scopeOf(c: GridCell): string {
  if (c.heading) return c.colSpan > 1 ? "colgroup" : "col";
  return c.rowSpan > 1 ? "rowgroup" : "row";
}

function cell(c: GridCell): string {
  const tag = c.figure ? "td" : "th";
  const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ""}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ""}`;
  const scope = c.figure ? "" : ` scope="${scopeOf(c)}"`;
  return `<${tag}${spans}${scope}${c.figure ? ' class="figure"' : ""}>${c.text.split("\n").map(escapeHtml).join("<br>")}</${tag}>`;
}

function table(grid: TableGrid): string {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const cols = grid.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join("");
  // Leading rows of headings only form the table head, repeated on every printed page.
  const headRows = leadingHeaderRows(grid);
  const rows = grid.rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`);
  const head = headRows > 0 ? `<thead>${rows.slice(0, headRows).join("")}</thead>` : "";
  const table = `<table><caption>${escapeHtml(grid.title)}</caption><colgroup>${cols}</colgroup>${head}<tbody>${rows.slice(headRows).join("")}</tbody></table>`;
  return `<div class="table-scroll">${table}</div>`;
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
${[...doc.introduction, doc.period].filter((p) => p !== "").map((p) => `<p>${escapeHtml(p)}</p>`).join("")}
${sections}
</article>
</body>
</html>
`;
}
