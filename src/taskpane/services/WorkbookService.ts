/*
 * What the task pane asks of the workbook. Screens talk to this interface only (through
 * WorkbookServiceContext), so they render and test without Excel: the real implementation is in
 * excelWorkbookService.ts, tests pass a fake.
 */
import type { ProgramDefinition } from "../../engine/program/types";
import type { CreatedProgram, ProgramSummary, WriteOptions, WritePreview } from "../../workbook/contract";

export type { CreatedProgram, ProgramSummary, WriteOptions, WritePreview };

export interface WorkbookService {
  /** The programs found in the open workbook, from their own tables. */
  list(): Promise<ProgramSummary[]>;
  /** Exactly what `create` would write, without writing anything. */
  preview(program: ProgramDefinition, options?: WriteOptions): Promise<WritePreview>;
  /** Writes the program; on failure nothing is left half-written and the promise rejects with why. */
  create(program: ProgramDefinition, options?: WriteOptions): Promise<CreatedProgram>;
}

export const EXCEL_UNAVAILABLE_MESSAGE =
  "Excel is not available here. Open Partner Incentives from the Home tab in Excel to read and write programs.";

/** Thrown by the real service where office.js or Excel is absent (e.g. the pane opened in a plain browser). */
export class ExcelUnavailableError extends Error {
  constructor() {
    super(EXCEL_UNAVAILABLE_MESSAGE);
    this.name = "ExcelUnavailableError";
  }
}

/** The message to show for anything a service call rejected with. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error && e.message.trim() !== "") return e.message;
  if (typeof e === "string" && e.trim() !== "") return e;
  return "Something went wrong while talking to Excel.";
}
