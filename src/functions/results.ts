import { FunctionError } from "./functionError";
import { ExcelError, toExcelError } from "./excelErrors";
import type { Shape } from "./grid";

/** One cell of a function's result (a boolean only from GATE). */
export type CellResult = number | string | boolean | ExcelError;

/** What a blank input gives: an empty cell. */
export const BLANK = "";

/** A finished number: -0 shown as 0, and never NaN or Infinity in a cell. */
export function finish(v: number): number {
  if (v - v !== 0) throw new FunctionError("resultNotFinite");
  return v === 0 ? 0 : v;
}

/**
 * Computes every cell of a spilled result. A cell that fails gets its own error value; the rest
 * of the range still computes.
 */
export function mapCells(shape: Shape, compute: (r: number, c: number) => number | string): CellResult[][] {
  // Pre-sized arrays: a 100,000-row result allocates far less than by pushing.
  // Stryker disable next-line ArrayDeclaration: presizing only; the loop assigns every index from 0 up, the same array
  const out: CellResult[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    // Stryker disable next-line ArrayDeclaration: presizing only; the loop assigns every index from 0 up, the same array
    const row: CellResult[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) row[c] = computeCell(compute, r, c);
    out[r] = row;
  }
  return out;
}

/** One cell: its value, or its own error value. */
export function computeCell(
  compute: (r: number, c: number) => number | string | boolean,
  r: number,
  c: number,
): CellResult {
  try {
    const v = compute(r, c);
    return typeof v === "number" ? finish(v) : v;
  } catch (e) {
    return toExcelError(e);
  }
}

/**
 * Runs a whole function call: argument-level failures (a bad tier table, an unknown method,
 * mismatched shapes) become one Excel error for the call. Nothing else ever escapes.
 */
export function runFunction(body: () => CellResult[][]): CellResult[][] {
  try {
    return body();
  } catch (e) {
    throw toExcelError(e);
  }
}
