// The finished report for publishing: .docx and HTML from one document model, held back while errors remain.
export { reportDocx, documentDocx } from "./docx";
export { reportHtml, documentHtml, escapeHtml } from "./html";
export { reportDocument, ReportDocument, DocumentSection, DocumentOptions, DocumentProblem } from "./document";
export { officialTables, TableGrid, GridCell } from "./tables";
export { exportBlockers, blockedMessage } from "./blockers";
export { EXPORT_MESSAGES } from "./messages";
