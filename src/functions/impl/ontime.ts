import { isBlank, onTimeRate, readDate, readNonNegative, todaySerial } from "../../engine";
import { ValueArg, broadcastShape, scalarArg } from "../grid";
import { CellResult, mapCells } from "../results";

export function onTimeCells(dueDates: unknown, doneDates: unknown, asOf: unknown, graceDays: unknown): CellResult[][] {
  const due = new ValueArg("Due dates", dueDates);
  const done = new ValueArg("Completion dates", doneDates);
  const shape = broadcastShape([due, done]);
  const asOfCell = scalarArg(asOf, "As of");
  const asOfDay = isBlank(asOfCell) ? todaySerial() : readDate(asOfCell, "As of");
  const graceCell = scalarArg(graceDays, "Grace days");
  const grace = isBlank(graceCell) ? 0 : readNonNegative(graceCell, "Grace days");
  const dueList: unknown[] = [];
  const doneList: unknown[] = [];
  for (let r = 0; r < shape.rows; r++) {
    for (let c = 0; c < shape.cols; c++) {
      dueList.push(due.at(r, c));
      doneList.push(done.at(r, c));
    }
  }
  return mapCells({ rows: 1, cols: 1 }, () => onTimeRate(dueList, doneList, asOfDay, grace));
}
