// Reading and checking one department's file from its bytes, the same in a worker and on the page.
import { readReportXlsx } from "../../hosts/file/report-file";
import { reportFromJson } from "../../model/json";
import { DepartmentFile } from "../../checks/overview";
import { OVERVIEW_TEXT as T } from "../../catalogue/overview-messages";
import { failureMessage } from "../pane/failure";
import { checkedDepartment, unreadableDepartment } from "./department";

export async function readDepartment(name: string, bytes: Uint8Array): Promise<DepartmentFile> {
  try {
    if (/\.json$/iu.test(name)) {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/u, ""));
      } catch {
        return unreadableDepartment(name, T.notJson(name));
      }
      return checkedDepartment(name, { report: reportFromJson(json) });
    }
    return checkedDepartment(name, { read: await readReportXlsx(bytes) });
  } catch (error) {
    return unreadableDepartment(name, failureMessage(error));
  }
}
