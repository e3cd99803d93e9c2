// The file host: the template and reports as .xlsx bytes, in Node and in the browser.
// Node-only file access lives in ./node, outside this entry point.
export { argb, toBytes, writeReportXlsx, writeTemplateXlsx } from "./write";
export { readWorkbookGrid } from "./read";
export { readReportXlsx } from "./report-file";
export { loadWorkbookModel } from "./load";
export { WorkbookFileError, LIMITS } from "./zip-guard";
