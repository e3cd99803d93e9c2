// The one thing the pane talks to: Excel through Office.js here, a file in the standalone page.
import { Finding } from "../checks/types";
import { CellLocation, ReadResult } from "../report/read";
import { FormatId } from "../report/types";

export interface InsertOptions {
  readonly format: FormatId;
  readonly year: number;
  readonly agency: string;
  /** "ask": stop and report the clashing sheets; "beside": insert under new names next to them. */
  readonly whenSheetsExist: "ask" | "beside";
}

export type InsertResult =
  | { readonly status: "inserted"; readonly sheets: readonly string[] }
  | { readonly status: "conflict"; readonly existing: readonly string[] };

export interface Host {
  insertTemplate(options: InsertOptions): Promise<InsertResult>;
  /** Reads the whole report; throws NotAReportError when the workbook holds none. */
  read(): Promise<ReadResult>;
  /** Marks the cells of these findings and unmarks every other cell it marked before. */
  mark(findings: readonly Finding[]): Promise<void>;
  clearMarks(): Promise<void>;
  select(location: CellLocation): Promise<void>;
  /** Calls `callback` once a person has stopped typing for a moment; resolves to the unsubscribe. */
  onChange(callback: () => void): Promise<() => Promise<void>>;
}
