/** Excel.run, or a test's counting fake of it: every host function takes one. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real Excel.run, looked up when called so that modules load outside Excel. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);
