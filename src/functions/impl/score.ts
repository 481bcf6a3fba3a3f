import { CellValue, Weights, parseWeights, weightedScore } from "../../engine";
import { blockArg, limitArg } from "../args";
import { failArgument } from "../functionError";
import { Grid, showShape } from "../grid";
import { BLANK, CellResult, computeCell, mapCells } from "../results";
import { argsOf } from "../table";

const ARGS = argsOf("SCORE");

/**
 * SCORE over one partner (attainments and weights of the same shape: one score), or over a
 * block with one row per partner and one column per KPI, with the weights as a row or a column
 * of one weight per KPI (one score per row, spilled as a column).
 */
export function scoreCells(attainments: unknown, weights: unknown, cap: unknown): CellResult[][] {
  const a = blockArg(ARGS.attainments, attainments);
  const w = blockArg(ARGS.weights, weights);
  const capValue = limitArg(ARGS.cap, cap);
  const rows = a.length;
  const cols = a[0].length;
  const sameShape = w.length === rows && w[0].length === cols;
  const weightVector = w.length === 1 || w[0].length === 1 ? flatten(w) : null;

  if (sameShape) {
    const parsed = parseWeights(flatten(w));
    return mapCells({ rows: 1, cols: 1 }, () => weightedScore(flatten(a), parsed, capValue) ?? BLANK);
  }
  if (weightVector === null || weightVector.length !== cols) {
    return failArgument("scoreShape", {
      weightsShape: showShape({ rows: w.length, cols: w[0].length }),
      shape: showShape({ rows, cols }),
    });
  }
  return scoreRows(a, parseWeights(weightVector), capValue);
}

/**
 * One score a row. A row of finite numbers is `weightedScore(row, weights, cap)` written out
 * here (the same sum in the same order, so the same double), in a function whose every local
 * is a double or an integer: nothing is boxed and there is no closure or try/catch a row. Any
 * other row (a blank, text, an error value, a result that is not finite) takes the general
 * path for its own value or error.
 */
function scoreRows(a: Grid, weights: Weights, cap: number): CellResult[][] {
  const values = weights.values;
  const sum = weights.sum;
  const n = values.length;
  const rows = a.length;
  // Stryker disable next-line ArrayDeclaration: presizing only; the loop assigns every index from 0 up, the same array
  const out: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = a[r];
    let total = 0;
    let i = 0;
    for (; i < n; i++) {
      const cell = row[i];
      if (typeof cell !== "number" || cell - cell !== 0) break;
      total += values[i] * Math.min(cell, cap);
    }
    if (i === n) {
      const s = total / sum;
      if (s - s === 0) {
        out[r] = [s + 0];
        continue;
      }
    }
    out[r] = [computeCell(() => weightedScore(row, weights, cap) ?? BLANK, r, 0)];
  }
  return out;
}

export function flatten(grid: Grid): CellValue[] {
  const out: CellValue[] = [];
  for (const row of grid) for (const v of row) out.push(v);
  return out;
}
