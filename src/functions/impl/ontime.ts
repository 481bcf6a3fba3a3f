import { isBlank, onTimeRate, readDate, readNonNegative, todaySerial } from "../../engine";
import { Shape, ValueArg, broadcastShape, scalarArg } from "../grid";
import { CellResult, mapCells } from "../results";

export function onTimeCells(dueDates: unknown, doneDates: unknown, asOf: unknown, graceDays: unknown): CellResult[][] {
  const due = new ValueArg("Due dates", dueDates);
  const done = new ValueArg("Completion dates", doneDates);
  const shape = broadcastShape([due, done]);
  const asOfCell = scalarArg(asOf, "As of");
  const asOfDay = isBlank(asOfCell) ? todaySerial() : readDate(asOfCell, "As of");
  const graceCell = scalarArg(graceDays, "Grace days");
  const grace = isBlank(graceCell) ? 0 : readNonNegative(graceCell, "Grace days");
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
