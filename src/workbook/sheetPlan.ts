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
export type SheetRole =
  | "plan"
  | "data"
  | "installations"
  | "dashboard"
  | "statements"
  | "statementValues"
  /** An Insights what-if saved as a comparison sheet (scenario/describeScenario.ts). */
  | "scenario"
  /** A closed period's values-only snapshot (cycle/describeSnapshot.ts). */
  | "snapshot"
  /** The program's Periods table: its closes and re-openings (cycle/periodsTable.ts). */
  | "periods"
  /** Late data for closed periods: the Adjustments table (cycle/adjustmentsTable.ts). */
  | "adjustments"
  /** The program's Change log table: every plan change the add-in wrote (changeLog/changeLogTable.ts). */
  | "changeLog";

/** Every role, for reading ownership marks back. */
export const SHEET_ROLES: readonly SheetRole[] = [
  "plan",
  "data",
  "installations",
  "dashboard",
  "statements",
  "statementValues",
  "scenario",
  "snapshot",
  "periods",
  "adjustments",
  "changeLog",
];

/** A block of cells: `rows` rows × `columns` columns from `row`, `column` (zero-based). */
export interface CellBox extends CellPosition {
  readonly rows: number;
  readonly columns: number;
}

/** How a block of cells looks (fonts and fills; number formats are separate). */
export type CellStyle =
  /** A sheet or statement title: bold, 14 pt. */
  | "title"
  /** Captions above blocks and tiles' labels: bold. */
  | "caption"
  /** Column headers of a block that is not an Excel table: bold on a light grey fill. */
  | "header"
  /** A summary tile's number: bold, 16 pt. */
  | "tile"
  /** Notes: italic, grey. */
  | "note"
  /** A total or the amount a statement pays: bold. */
  | "total";

/**
 * A rectangular block of cells outside any table (dashboards, statements): values, text and
 * formulas of ours, written in one call. Formulas may spill: the cells they spill into stay empty
 * in the plan.
 */
export interface GridPlan {
  readonly topLeft: CellPosition;
  readonly rows: readonly (readonly Cell[])[];
  /** A number format per column of the grid, applied to every row of it; null leaves a column alone. */
  readonly columnFormats?: readonly (string | null)[];
  /** A number format per cell (null leaves a cell alone); used where columnFormats is not given. */
  readonly cellFormats?: readonly (readonly (string | null)[])[];
  /**
   * Rows below the grid that take its last row's number formats, for results that spill there
   * (copied with Range.copyFrom, so the request does not grow with the count).
   */
  readonly formatDown?: number;
  readonly style?: CellStyle;
}

/** A colour scale's stop: the lowest or highest value, or a number. */
export interface ColorStop {
  readonly at: "lowest" | "highest" | number;
  readonly color: string;
}

/** Conditional formats: colour is never the only signal (the cells themselves say it in words or numbers). */
export type ConditionalFormatPlan =
  | {
      readonly kind: "colorScale";
      readonly range: CellBox;
      readonly minimum: ColorStop;
      readonly midpoint: ColorStop | null;
      readonly maximum: ColorStop;
    }
  | { readonly kind: "dataBar"; readonly range: CellBox; readonly color: string }
  /** Cells whose text contains `text` get the font and fill (e.g. a gate marked “Missed”). */
  | {
      readonly kind: "textContains";
      readonly range: CellBox;
      readonly text: string;
      readonly fontColor: string;
      readonly fillColor: string;
      readonly bold: boolean;
    };

export type ChartKind = "ColumnClustered" | "BarClustered" | "Pie";

/** A chart of a block of cells: first column the categories, the others one series each. */
export interface ChartPlan {
  /** The chart's name in the sheet (Excel shows it in the selection pane). */
  readonly name: string;
  readonly kind: ChartKind;
  readonly title: string;
  readonly source: CellBox;
  /** The cells the chart covers: from the top-left cell to the bottom-right one. */
  readonly from: CellPosition;
  readonly to: CellPosition;
  readonly legend: boolean;
}

export interface PrintPlan {
  readonly orientation: "portrait" | "landscape";
  /** Scale every page to the width of one sheet of paper. */
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page (zero-based, inclusive); null for none. */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
  /** The area printed; null for Excel's default (the used range). */
  readonly area: CellBox | null;
  /** Rows (zero-based) that start a new printed page. */
  readonly pageBreaksBefore: readonly number[];
}

/**
 * Rows written once and copied below `times - 1` more times (formulas, number formats and
 * styles, with relative references moving along), so N partners' statement blocks cost one
 * request call instead of N blocks' worth of cells.
 */
export interface RepeatPlan {
  readonly block: CellBox;
  /** How many blocks there are in all, the written one included. */
  readonly times: number;
  /** "All" (formulas, formats, styles; the default) or "Formats" (the cells below are written as values). */
  readonly copy?: "All" | "Formats";
}

export interface SheetPlan {
  readonly name: string;
  readonly role: SheetRole;
  /** The part of a sheet written in parts (statements: one sheet per 1,026 partners), from 1; in its ownership mark. */
  readonly part?: number;
  readonly cells: readonly PlainCell[];
  readonly tables: readonly TablePlan[];
  /** Column widths in points (Excel's unit for Range.format.columnWidth). */
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  /** Rows kept in view when scrolling (the title and the data table's header); 0 for none. */
  readonly frozenRows: number;
  /** Blocks of cells outside tables (dashboards, statements). */
  readonly grids?: readonly GridPlan[];
  /** Applied after the grids: the block is copied down (see RepeatPlan). */
  readonly repeat?: RepeatPlan;
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  readonly charts?: readonly ChartPlan[];
  readonly print?: PrintPlan;
}

/** A workbook-scoped defined name the write adds: one cell of one of its sheets, or a formula over such names. */
export type DefinedNamePlan = CellNamePlan | FormulaNamePlan;

/** A name referring to one cell of one of the write's sheets (a setting's Value cell). */
export interface CellNamePlan {
  readonly name: string;
  readonly sheet: string;
  readonly cell: CellPosition;
}

/** A name referring to a formula (over the cell names, listed before it): PI_<key>_CapOrNone. */
export interface FormulaNamePlan {
  readonly name: string;
  readonly formula: string;
}

/** Rows added at the end of a table the add-in made earlier; `rowsBefore` its data rows before, for a rollback. */
export interface AppendRowsPlan {
  readonly table: string;
  readonly rowsBefore: number;
  readonly rows: readonly (readonly Cell[])[];
}

/** Everything one write adds: new sheets, each marked as the add-in's own, and rows appended to its tables. */
export interface WorkbookPlan {
  /** The program's key: the stem its table names share (see names.ts). */
  readonly key: string;
  readonly programName: string;
  readonly sheets: readonly SheetPlan[];
  /** The sheet to show when the write is done. */
  readonly activeSheet: string;
  /** Defined names added after the tables, before any formula (the settings' names: names.ts). */
  readonly names?: readonly DefinedNamePlan[];
  /** Rows appended to existing tables of the add-in's, after the sheets are written. */
  readonly appendRows?: readonly AppendRowsPlan[];
}

/** The number of data rows in a table that hold something (a blank placeholder row does not count). */
export function filledRows(table: TablePlan): number {
  return table.rows.filter((row) => row.some((cell) => cell !== null)).length;
}
