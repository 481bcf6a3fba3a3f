/*
 * What the add-in will write into a workbook, as plain data. Pure code describes a program as a
 * WorkbookPlan; one adapter (applyPlan.ts) turns the plan into Office.js calls. Nothing here
 * knows about Office, so every sheet, table, header, format and formula can be tested as data.
 */

/** Literal text: reaches Excel as text even when it starts with =, +, -, @, a tab or a CR. */
export interface TextCell {
  readonly text: string;
}

/** A formula the add-in built itself (see formulas.ts); never text that came from a user or a file. */
export interface FormulaCell {
  readonly formula: string;
}

/** One cell: a number, a boolean, a blank (null), literal text or a formula of ours. */
export type Cell = number | boolean | null | TextCell | FormulaCell;

export function text(value: string): TextCell {
  return { text: value };
}

export function formula(value: string): FormulaCell {
  if (!value.startsWith("=")) throw new Error(`A formula must start with "=": ${value}`);
  return { formula: value };
}

export function isText(cell: Cell): cell is TextCell {
  return typeof cell === "object" && cell !== null && "text" in cell;
}

export function isFormula(cell: Cell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** A zero-based cell position on a sheet (row 0 is Excel's row 1, column 0 is column A). */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

export interface TableColumn {
  readonly header: string;
  /** Excel number format for the column's data cells: one for all rows, or one per data row. */
  readonly numberFormat: string | readonly string[];
  /** A calculated column: the same formula (structured references) in every data row. */
  readonly formula?: FormulaCell;
}

/** An Excel table: header row at `topLeft`, then one row per entry of `rows`. */
export interface TablePlan {
  readonly name: string;
  readonly topLeft: CellPosition;
  readonly columns: readonly TableColumn[];
  /**
   * Data rows, one cell per column. Cells of calculated columns are null (the column's formula
   * fills them). Excel tables need one data row at least, so an empty table has one blank row.
   */
  readonly rows: readonly (readonly Cell[])[];
  /** A short caption written in the cell above the header (e.g. "Settings"); none when null. */
  readonly caption: string | null;
}

/** A cell outside any table: a title or a note. */
export interface PlainCell extends CellPosition {
  readonly value: Cell;
  readonly style: "title" | "note" | "caption";
}

/** What a sheet is for, in its program. */
export type SheetRole = "plan" | "data" | "installations";

export interface SheetPlan {
  readonly name: string;
  readonly role: SheetRole;
  readonly cells: readonly PlainCell[];
  readonly tables: readonly TablePlan[];
  /** Column widths in points (Excel's unit for Range.format.columnWidth). */
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  /** Rows kept in view when scrolling (the title and the data table's header); 0 for none. */
  readonly frozenRows: number;
}

/** Everything one write adds: new sheets only, each marked as the add-in's own. */
export interface WorkbookPlan {
  /** The program's key: the stem its table names share (see names.ts). */
  readonly key: string;
  readonly programName: string;
  readonly sheets: readonly SheetPlan[];
  /** The sheet to show when the write is done. */
  readonly activeSheet: string;
}

/** The number of data rows in a table that hold something (a blank placeholder row does not count). */
export function filledRows(table: TablePlan): number {
  return table.rows.filter((row) => row.some((cell) => cell !== null)).length;
}
