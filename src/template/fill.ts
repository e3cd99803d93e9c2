import { INFO_FIELDS, isReportYear, Report } from "../model/report";
import { CellValue } from "../model/types";
import { SheetLayout } from "./types";

export interface PlacedValue {
  readonly address: string;
  readonly value: CellValue;
}

/** What a report puts into a sheet's input cells and fields, exactly as typed. */
export function placedValues(sheet: SheetLayout, report: Report): readonly PlacedValue[] {
  const fieldValue = (label: string): CellValue => {
    switch (label) {
      case INFO_FIELDS.agency:
        return report.agency;
      case INFO_FIELDS.year:
        // A report whose year could not be read (an imported page) leaves the field for a person.
        return isReportYear(report.year) ? report.year : null;
      case INFO_FIELDS.feeCharged:
        return report.fee.charged;
      case INFO_FIELDS.feeCases:
        return report.fee.cases;
      case INFO_FIELDS.feeAmount:
        return report.fee.amount;
      case INFO_FIELDS.procurementUnit:
        return report.procurementUnit ?? null;
      default:
        return report.text[label] ?? null;
    }
  };
  return [
    ...sheet.inputs.map((input) => ({ address: input.address, value: report.values[input.cell.id] ?? null })),
    ...sheet.fields.map((field) => ({ address: field.address, value: fieldValue(field.label) })),
  ];
}
