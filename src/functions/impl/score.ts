import { CellValue, parseWeights, weightedScore } from "../../engine";
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
  const parsed = parseWeights(weightVector);
  // One score a row, no closure or try/catch a row: a row that fails (text, a missing
  // attainment) takes the general path for its own error value.
  const out: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    let s: number | null = null;
    let failed = false;
    try {
      s = weightedScore(a[r], parsed, capValue);
    } catch {
      failed = true;
    }
    if (!failed && s !== null && s - s === 0) out[r] = [s === 0 ? 0 : s];
    else out[r] = [computeCell(() => weightedScore(a[r], parsed, capValue) ?? BLANK, r, 0)];
  }
  return out;
}

export function flatten(grid: Grid): CellValue[] {
  const out: CellValue[] = [];
  for (const row of grid) for (const v of row) out.push(v);
  return out;
}
