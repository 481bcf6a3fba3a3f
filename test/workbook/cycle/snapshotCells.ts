/* Cells found by value in a model snapshot (the sheets HyperFormula evaluates), for the cycle's formula tests. */
import { Snapshot, parseCell } from "../../formulas/hyperformulaWorkbook";

/** The [row, column] of every cell on `sheet` holding `value`. */
export function cellsHolding(snapshot: Snapshot, sheet: string, value: unknown): { r: number; c: number }[] {
  const cells = snapshot.sheets.find((s) => s.name === sheet)!.cells;
  return Object.entries(cells)
    .filter(([, cell]) => cell.v === value)
    .map(([address]) => parseCell(address));
}

/** A1 address of a zero-based row and column (columns A–Z). */
export const address = (r: number, c: number): string => `${String.fromCharCode(65 + c)}${r + 1}`;
