// Inserting the template through office.js's own request builder (excel-web-16.00.debug.js from
// @microsoft/office-js), with an executor that captures each request instead of sending it: the
// bytes and actions Excel would receive. Queries are answered as an empty workbook answers them.
import { insertTemplate } from "../../../../src/hosts/excel/insert";
import { ExcelRun } from "../../../../src/hosts/excel/run";

interface Captured {
  readonly bytes: number;
  readonly actions: number;
}

/** OfficeExtension's action type of a load (CommonActionFactory.createQueryAction). */
const QUERY = 2;

async function measureInsert(format: "2021" | "2019"): Promise<Captured[]> {
  const captured: Captured[] = [];
  const context = new Excel.RequestContext("https://any.invalid/api");
  (context as unknown as { _requestExecutor: unknown })._requestExecutor = {
    executeAsync(_customData: unknown, _flags: unknown, message: { Body: unknown }) {
      const body = typeof message.Body === "string" ? message.Body : JSON.stringify(message.Body);
      const parsed = JSON.parse(body) as { Actions: { Id: number; ActionType: number }[] };
      captured.push({ bytes: new TextEncoder().encode(body).length, actions: parsed.Actions.length });
      const results = parsed.Actions.filter((action) => action.ActionType === QUERY).map((action) => ({ ActionId: action.Id, Value: { _Items: [] } }));
      return Promise.resolve({ ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Results: results } });
    },
  };
  const run: ExcelRun = (_options, batch) => batch(context);
  await insertTemplate(run, { format, year: 2025, agency: "某某县民政局", whenSheetsExist: "ask" });
  return captured;
}

Object.assign(window, { measureInsert });
