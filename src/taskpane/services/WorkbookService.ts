/*
 * What the task pane asks of the workbook. Screens talk to this interface only (through
 * WorkbookServiceContext), so they render and test without Excel: the real implementation is in
 * excelWorkbookService.ts, tests pass a fake.
 */
import type { ProgramDefinition, SheetLanguage } from "../../engine/program/types";
import type {
  CreatedProgram,
  GeneratedSheet,
  PartnerRecord,
  ProgramSummary,
  UpdatedProgram,
  WriteOptions,
  WritePreview,
} from "../../workbook/contract";
import type { FormulaIssue, IssueReason, IssueScan, ProgramSheet, SelectedCell } from "../../workbook/selection";
import type { SourceTable } from "../../workbook/existingSource";
import { IncentiveError } from "../../engine/errors";
import { formatMessage, workbookLanguage } from "../../workbook/words";

export type {
  SheetLanguage,
  CreatedProgram,
  FormulaIssue,
  GeneratedSheet,
  IssueReason,
  IssueScan,
  PartnerRecord,
  ProgramSheet,
  ProgramSummary,
  SelectedCell,
  SourceTable,
  UpdatedProgram,
  WriteOptions,
  WritePreview,
};

/** The last, optional argument of the generate calls. */
export interface SheetLanguageOption {
  readonly language?: SheetLanguage;
}

/** The selected cell and, when it is in a program's data table, that program and the row's partner. */
export interface SelectionInfo {
  readonly cell: SelectedCell;
  /** The program whose data table holds the cell; null outside a data table. */
  readonly program: ProgramDefinition | null;
  /** The row's partner as the engine reads it; null outside a data table or on a blank row. */
  readonly partner: PartnerRecord | null;
  /** When the cell shows an error: why, as the function says it (readIssueReasons); null when not found. */
  readonly reason?: IssueReason | null;
}

export interface WorkbookService {
  /** The programs found in the open workbook, from their own tables. */
  list(): Promise<ProgramSummary[]>;
  /** Exactly what `create` would write, without writing anything. */
  preview(program: ProgramDefinition, options?: WriteOptions): Promise<WritePreview>;
  /** Writes the program; on failure nothing is left half-written and the promise rejects with why. */
  create(program: ProgramDefinition, options?: WriteOptions): Promise<CreatedProgram>;

  /**
   * Generates the program's dashboard, or rewrites the add-in's own in place (one undo step), in
   * `options.language` ("en" | "zh"; default: the program's sheet language).
   */
  generateDashboard(key: string, options?: SheetLanguageOption): Promise<GeneratedSheet>;
  /** Generates the live statements sheet, or rewrites the add-in's own in place (one undo step); language as above. */
  generateStatements(key: string, options?: SheetLanguageOption): Promise<GeneratedSheet>;
  /**
   * Statements as values only (no formula), the copy finance sends (one undo step): every
   * partner's on one sheet, or one partner's (its index in readPartnerInputs) on a sheet of its own;
   * language as above, so partners can get statements in Chinese from an English program.
   */
  generateValuesOnlyStatements(
    key: string,
    which?: number | "all",
    options?: SheetLanguageOption,
  ): Promise<GeneratedSheet>;
  /** True where Excel can open a partner's statement as a new workbook (Excel.createWorkbook, ExcelApi 1.8). */
  canOpenStatementFiles(): boolean;
  /**
   * The program's partners, read once, each of whose values-only statement can then be opened as
   * a new, unsaved workbook of its own (in `options.language`; default: the program's sheet
   * language). Nothing is written to this workbook.
   */
  statementFiles(key: string, options?: SheetLanguageOption): Promise<StatementFiles>;
  /** The sheets carrying the program's mark — what deleteProgram deletes; null where Excel cannot tell. */
  programSheets(key: string): Promise<ProgramSheet[] | null>;
  /** Deletes the program's own sheets; resolves with their names. */
  deleteProgram(key: string): Promise<string[]>;
  /** The program read back from its plan tables. */
  readProgram(key: string): Promise<ProgramDefinition>;
  /**
   * Writes an edited program back into its own tables, in place (one undo step): the user's other
   * columns and rows are kept; on failure the tables are put back and the promise rejects with why.
   */
  update(key: string, program: ProgramDefinition): Promise<UpdatedProgram>;
  /** The partners' rows of the program's data table, as the engine reads them. */
  readPartnerInputs(key: string): Promise<PartnerRecord[]>;
  /** The selected cell, with its program and partner when it is in a program's data table. */
  readSelection(): Promise<SelectionInfo>;
  /**
   * Calls `onChange` whenever the user selects another cell. Resolves with the function that
   * stops it, or null where Excel has no selection event (the pane then offers a button).
   */
  watchSelection(onChange: () => void): Promise<(() => void) | null>;
  /** The cells of the program's sheets whose INCENTIVE formula shows an error. */
  findIssues(program: ProgramSummary): Promise<IssueScan>;
  /** Shows the sheet and selects the cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** The user's tables (not the add-in's own), with headers and row counts, for mapping partner results. */
  listTables(): Promise<SourceTable[]>;
  /**
   * Partner results in a plain range: the selected cells (address null) or a range address, with
   * its header row and row count; rejects with the reason when it cannot be used.
   */
  readSourceRange(address: string | null): Promise<SourceTable>;
}

/** A program's partners, ready to be opened one statement file at a time (WorkbookService.statementFiles). */
export interface StatementFiles {
  /** In data-table order, as readPartnerInputs gives them. */
  readonly partners: readonly PartnerRecord[];
  /**
   * Makes the statement file of the partner at `which` and has Excel open it in a window of its
   * own; resolves with its one sheet's name once Excel took it, rejects with Excel's reason.
   */
  openFile(which: number): Promise<{ readonly sheet: string }>;
}

/** In English; the error itself speaks the pane's language. */
export const EXCEL_UNAVAILABLE_MESSAGE = formatMessage("excelUnavailable", {}, "en");

/** Thrown by the real service where office.js or Excel is absent (e.g. the pane opened in a plain browser). */
export class ExcelUnavailableError extends Error {
  constructor() {
    super(formatMessage("excelUnavailable"));
    this.name = "ExcelUnavailableError";
  }
}

/** The message to show for anything a service call rejected with. */
export function errorMessage(e: unknown): string {
  // An engine failure (a tier table the workbook could not use) in the pane's language.
  if (e instanceof IncentiveError) return e.messageIn(workbookLanguage());
  if (e instanceof Error && e.message.trim() !== "") return e.message;
  if (typeof e === "string" && e.trim() !== "") return e;
  return formatMessage("excelTalkFailed");
}
