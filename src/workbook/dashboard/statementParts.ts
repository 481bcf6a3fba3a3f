/*
 * Statements in parts. Excel allows 1,026 manual page breaks per sheet and 1,048,576 rows, so one
 * sheet of statement blocks cannot give every partner of a large program a printed page of its
 * own (or, beyond about 47,000 partners, a row at all). The statements are written in PARTS: a
 * sheet per 1,026 partners, so every statement starts a page (1,025 breaks a part) and a part is
 * 4 + 1,026 × block height rows (about 23,000 for the SolarWave template), far from the row limit.
 *
 * Part 1 keeps the statements sheet's usual name; parts 2, 3, … are "<program> Statements 2"
 * (结算单（第2部分）). Each carries its part number in its ownership mark (ownership.ts), so a
 * regeneration finds and rewrites the same sheets in place.
 */
import { MAX_PAGE_BREAKS } from "../excelLimits";
import { fillLabel, SheetLabels } from "../labels";
import { SheetPlan, text } from "../sheetPlan";
import { box } from "./layout";

/** Rows of an Excel sheet (Excel specifications and limits: "Total number of rows and columns on a worksheet: 1,048,576 rows"). */
export const EXCEL_SHEET_ROWS = 1_048_576;

/** Partners on one statements sheet: a page break before each statement but the first (1,025) stays within Excel's 1,026. */
export const PARTNERS_PER_PART = MAX_PAGE_BREAKS;

/** One sheet of statements: its number (from 1), how many parts there are, and its partners (0-based, in data order). */
export interface StatementPart {
  readonly part: number;
  readonly parts: number;
  /** Index of the part's first partner (0-based): the part's statements are numbered first + 1 … first + count. */
  readonly first: number;
  readonly count: number;
}

/** The parts for `partners` statements (at least one part, of at least one statement). */
export function statementParts(partners: number, perPart: number = PARTNERS_PER_PART): StatementPart[] {
  if (!Number.isInteger(perPart) || perPart < 1)
    throw new RangeError(`perPart must be a positive integer, not ${perPart}`);
  const n = Math.max(1, Math.floor(partners));
  const parts = Math.ceil(n / perPart);
  return Array.from({ length: parts }, (_, k) => ({
    part: k + 1,
    parts,
    first: k * perPart,
    count: Math.min(perPart, n - k * perPart),
  }));
}

/** The sheet label of a part: the usual one for part 1, "Statements 2" and so on after it. */
export function partLabel(labels: SheetLabels, role: "statements" | "statementValues", part: number): string {
  if (part <= 1) return labels.sheet[role];
  const template = role === "statements" ? labels.sheet.statementsPart : labels.sheet.statementValuesPart;
  return fillLabel(template, { part });
}

/**
 * A part no longer needed (fewer partners than when it was written): rewritten in place as an
 * empty sheet with a one-line note in A1, in the statements' language. Not deleted:
 * Worksheet.delete cannot be undone or grouped into one undo step (undoGroup.ts).
 */
export function describeUnusedPart(
  name: string,
  role: "statements" | "statementValues",
  labels: SheetLabels,
  firstPart: string,
): SheetPlan {
  return {
    name,
    role,
    cells: [
      { row: 0, column: 0, style: "note", value: text(fillLabel(labels.statements.partUnused, { sheet: firstPart })) },
    ],
    tables: [],
    columnWidths: [],
    frozenRows: 0,
    // The old print area would otherwise stay: print the note only.
    print: { orientation: "portrait", fitToWidth: false, titleRows: null, area: box(0, 0, 1, 1), pageBreaksBefore: [] },
  };
}
