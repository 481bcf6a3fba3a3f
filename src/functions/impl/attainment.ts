import { attainment, isBlank, readNumber } from "../../engine";
import { readDirection, readTargetCell } from "../args";
import { ValueArg, broadcastShape } from "../grid";
import { BLANK, CellResult } from "../results";
import { mapPairs } from "./pairs";

export function attainmentCells(actual: unknown, target: unknown, direction: unknown): CellResult[][] {
  const actuals = new ValueArg("Actual", actual);
  const targets = new ValueArg("Target", target);
  const shape = broadcastShape([actuals, targets]);
  const dir = readDirection(direction);
  return mapPairs(
    shape,
    actuals,
    targets,
    // A positive target is what readTargetCell accepts; anything else takes `compute` for its error.
    (a, t) => (t > 0 ? attainment(a, t, dir) : NaN),
    (r, c) => {
      const a = actuals.at(r, c);
      if (isBlank(a)) return BLANK;
      return attainment(readNumber(a, "Actual"), readTargetCell(targets.at(r, c), "Target"), dir);
    },
  );
}
