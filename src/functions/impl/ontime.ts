import { onTimeRate } from "../../engine";
import { dateArg, daysArg, rangeArg } from "../args";
import { Shape, ValueArg, broadcastShape } from "../grid";
import { CellResult, mapCells } from "../results";
import { argsOf } from "../table";

const ARGS = argsOf("ONTIME");

export function onTimeCells(dueDates: unknown, doneDates: unknown, asOf: unknown, graceDays: unknown): CellResult[][] {
  const due = rangeArg(ARGS.due_dates, dueDates);
  const done = rangeArg(ARGS.done_dates, doneDates);
  const shape = broadcastShape([due, done]);
  const asOfDay = dateArg(ARGS.as_of, asOf);
  const grace = daysArg(ARGS.grace_days, graceDays);
  const dueList = cellsOf(due, shape);
  const doneList = cellsOf(done, shape);
  return mapCells({ rows: 1, cols: 1 }, () => onTimeRate(dueList, doneList, asOfDay, grace));
}

/** The cells of an argument broadcast to `shape`, row by row, in one pre-sized list. */
function cellsOf(arg: ValueArg, shape: Shape): unknown[] {
  const { rows, cols } = shape;
  const list: unknown[] = new Array(rows * cols);
  if (arg.isScalar) return list.fill(arg.scalar);
  const grid = arg.grid;
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    for (let c = 0; c < cols; c++) list[k++] = row[c];
  }
  return list;
}
