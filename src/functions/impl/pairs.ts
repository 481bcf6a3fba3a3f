import type { Shape, ValueArg } from "../grid";
import { CellResult, computeCell } from "../results";

/**
 * The cells of a function of two value arguments (ATTAINMENT, BONUS, PRICE), with the common
 * case computed inline: where both cells are finite numbers, `fast` gives the cell's number, or
 * NaN where that pair needs the general path (a negative where none is allowed, a zero target).
 * A result that is not finite takes the general path too, so every cell gets exactly what
 * `compute` gives it (its value, or its own error value). No closure, try/catch or row array is
 * made per cell on the fast path; a column's rows are one-cell literals, as PAYOUT's.
 */
export function mapPairs(
  shape: Shape,
  first: ValueArg,
  second: ValueArg,
  fast: (x: number, y: number) => number,
  compute: (r: number, c: number) => number | string,
): CellResult[][] {
  const { rows, cols } = shape;
  // Stryker disable next-line ArrayDeclaration: presizing only; the loop assigns every index from 0 up, the same array
  const out: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    if (cols === 1) {
      const x = first.at(r, 0);
      const y = second.at(r, 0);
      if (typeof x === "number" && typeof y === "number" && x - x === 0 && y - y === 0) {
        const v = fast(x, y);
        if (v - v === 0) {
          out[r] = [v === 0 ? 0 : v];
          continue;
        }
      }
      out[r] = [computeCell(compute, r, 0)];
    } else {
      // Stryker disable next-line ArrayDeclaration: presizing only; the loop assigns every index from 0 up, the same array
      const line: CellResult[] = new Array(cols);
      for (let c = 0; c < cols; c++) {
        const x = first.at(r, c);
        const y = second.at(r, c);
        let v = NaN;
        if (typeof x === "number" && typeof y === "number" && x - x === 0 && y - y === 0) v = fast(x, y);
        line[c] = v - v === 0 ? (v === 0 ? 0 : v) : computeCell(compute, r, c);
      }
      out[r] = line;
    }
  }
  return out;
}
