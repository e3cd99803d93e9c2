/**
 * Excel.run, or a test's counting fake of it: every host function takes one. Given a context,
 * the batch runs in it again: objects made in an earlier batch (an event handler) are only
 * valid there.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: OfficeExtension.ClientRequestContext) => Promise<T>;

/** The real Excel.run, looked up when called so that modules load outside Excel. */
export const excelRun: ExcelRun = (batch, context) => (context ? Excel.run(context, batch) : Excel.run(batch));
