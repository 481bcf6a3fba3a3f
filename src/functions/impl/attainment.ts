import { attainment, isBlank, readNumber } from "../../engine";
import { readDirection, readTargetCell } from "../args";
import { ValueArg, broadcastShape } from "../grid";
import { BLANK, CellResult, mapCells } from "../results";

export function attainmentCells(actual: unknown, target: unknown, direction: unknown): CellResult[][] {
  const actuals = new ValueArg("Actual", actual);
  const targets = new ValueArg("Target", target);
  const shape = broadcastShape([actuals, targets]);
  const dir = readDirection(direction);
  return mapCells(shape, (r, c) => {
    const a = actuals.at(r, c);
    if (isBlank(a)) return BLANK;
    return attainment(readNumber(a, "Actual"), readTargetCell(targets.at(r, c), "Target"), dir);
  });
}
