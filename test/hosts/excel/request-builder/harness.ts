// The page's entry: the largest-workbook batches with every sync built by office.js's own
// request builder (excel-web-16.00.debug.js, loaded before this script) and played against the
// counting fake (office-run.ts). The test and the bench call these through page.evaluate.
import { OFFICE_METER } from "./office-run";
import { weighEveryBatch, weighFirstRead, weighInsert } from "../largest-workbook";

// Event handlers (the functions' onChanged) register at once: there is no Office host to ask.
(OfficeExtension as unknown as { _testSetRichApiMessageReadyImpl(ready: () => Promise<void>): void })._testSetRichApiMessageReadyImpl(() => Promise.resolve());

Object.assign(window, {
  weighEveryBatch: () => weighEveryBatch(OFFICE_METER),
  weighFirstRead: (rows: number) => weighFirstRead(OFFICE_METER, rows),
  weighInsert: (format: "2021" | "2019") => weighInsert(OFFICE_METER, format),
});
