import { CellValue, allGatesMet } from "../../engine";
import { blockArg } from "../args";
import { failArgument } from "../functionError";
import { Grid, isOmitted, showShape } from "../grid";
import { CellResult, computeCell } from "../results";
import { argsOf } from "../table";
import { flatten } from "./score";

const ARGS = argsOf("GATE");
const NAMES = { actual: ARGS.actuals.label.en, gate: ARGS.gates.label.en };

/**
 * GATE over one partner (actuals and gates of the same shape: one result), or over a block with
 * one row per partner and one column per KPI, with the gates as a row or a column of one gate per
 * KPI (one result per row, spilled as a column). Directions: left out (every KPI higher is
 * better), one for every KPI, or one per gate.
 */
export function gateCells(actuals: unknown, gates: unknown, directions: unknown): CellResult[][] {
  const a = blockArg(ARGS.actuals, actuals);
  const g = blockArg(ARGS.gates, gates);
  const shape = { rows: a.length, cols: a[0].length };
  const sameShape = g.length === shape.rows && g[0].length === shape.cols;
  const gateList = flatten(g);
  if (!sameShape && !((g.length === 1 || g[0].length === 1) && gateList.length === shape.cols)) {
    return failArgument("gateShape", {
      otherShape: showShape({ rows: g.length, cols: g[0].length }),
      shape: showShape(shape),
    });
  }
  const direction = directionsOf(directions, gateList.length);
  if (sameShape) return [[computeCell(() => allGatesMet(flatten(a), gateList, direction, NAMES), 0, 0)]];
  return a.map((row, r) => [computeCell(() => allGatesMet(row, gateList, direction, NAMES), r, 0)]);
}

/** KPI i's direction: blank when left out (higher), the one cell given, or the i-th of one per gate. */
function directionsOf(input: unknown, count: number): (i: number) => CellValue {
  // Stryker disable next-line ArrowFunction: () => undefined is the same blank direction (higher) as null
  if (isOmitted(input)) return () => null;
  const d: Grid = blockArg(ARGS.directions, input);
  const list = flatten(d);
  if (list.length === 1) return () => list[0];
  if ((d.length === 1 || d[0].length === 1) && list.length === count) return (i) => list[i];
  return failArgument("directionsShape", { otherShape: showShape({ rows: d.length, cols: d[0].length }), count });
}
