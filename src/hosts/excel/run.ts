/**
 * Excel.run as the hosts call it, or a test's counting fake of it: every host function takes
 * one. `options.previousObjects` runs the batch in an earlier batch's context again: objects made
 * there (an event handler) are only valid in it.
 */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real Excel.run, looked up when called so that modules load outside Excel. */
export const excelRun: ExcelRun = (options, batch) => Excel.run(options, batch);

/**
 * Runs one batch of the add-in. While a person is typing in a cell, Excel fails a batch with
 * InvalidOperationInCellEditMode unless it was asked to wait (delayForCellEdit, ExcelApi 1.11):
 * the automatic re-check fires 800 ms after an edit, just when the next cell is being typed.
 */
export function inBatch<T>(run: ExcelRun, batch: (context: Excel.RequestContext) => Promise<T>, previous?: OfficeExtension.ClientRequestContext): Promise<T> {
  return run({ delayForCellEdit: true, ...(previous ? { previousObjects: previous } : {}) }, batch);
}
