import assert from "node:assert/strict";
import { failureMessage } from "../../../src/apps/pane/failure";
import { PANE_TEXT } from "../../../src/catalogue/pane-messages";
import { TextSheetError } from "../../../src/reading/text-cells";

/** An error as Office.js throws it: English text, one of Excel.ErrorCodes as `code`. */
const officeError = (code: string) => Object.assign(new Error(`${code}: The requested operation is invalid in the current state`), { code });

describe("what the pane says when an operation fails", () => {
  it("tells a person in cell-edit mode to press Enter first", () => {
    assert.equal(failureMessage(officeError("InvalidOperationInCellEditMode")), PANE_TEXT.excelErrors.InvalidOperationInCellEditMode);
    assert.match(failureMessage(officeError("InvalidOperationInCellEditMode")), /Enter/u);
  });

  it("says a protected or read-only workbook refused the change", () => {
    assert.match(failureMessage(officeError("AccessDenied")), /受保护|只读/u);
  });

  it("says a workbook too large for one Excel request is too large, not that it keeps changing", () => {
    assert.match(failureMessage(officeError("RequestPayloadSizeLimitExceeded")), /上限/u);
  });

  it("passes the add-in's own Chinese messages on unchanged", () => {
    // The add-in's own errors are known by their class, not by the characters of their message.
    assert.equal(failureMessage(new TextSheetError("工作簿中找不到“正文”工作表。")), "工作簿中找不到“正文”工作表。");
  });

  it("wraps anything else in a Chinese sentence that says what to do", () => {
    assert.equal(failureMessage(new Error("Network down")), PANE_TEXT.failed("Network down"));
  });

  it("does not take a code inherited from Object for Excel's", () => {
    assert.equal(failureMessage(Object.assign(new Error("x"), { code: "toString" })), PANE_TEXT.failed("x"));
  });
});
