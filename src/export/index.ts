// The finished report for publishing: .docx and HTML from one document model, held back while errors remain.
export { reportDocx } from "./docx";
export { reportHtml, escapeHtml } from "./html";
export { reportDocument, ReportDocument, DocumentSection, DocumentOptions } from "./document";
export { officialTables, TableGrid, GridCell } from "./tables";
export { exportBlockers, assertExportable, ExportBlockedError } from "./blockers";
export { EXPORT_MESSAGES } from "./messages";
