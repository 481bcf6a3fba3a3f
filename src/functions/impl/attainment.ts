import { attainment, isBlank } from "../../engine";
import { directionArg, numberCell, rangeArg, targetCell } from "../args";
import { broadcastShape } from "../grid";
import { argsOf } from "../table";
import { BLANK, CellResult } from "../results";
import { mapPairs } from "./pairs";

const ARGS = argsOf("ATTAINMENT");

export function attainmentCells(actual: unknown, target: unknown, direction: unknown): CellResult[][] {
  const actuals = rangeArg(ARGS.actual, actual);
  const targets = rangeArg(ARGS.target, target);
  const shape = broadcastShape([actuals, targets]);
  const dir = directionArg(ARGS.direction, direction);
  return mapPairs(
    shape,
    actuals,
    targets,
    // A positive target is what targetCell accepts; anything else takes `compute` for its error.
    (a, t) => (t > 0 ? attainment(a, t, dir) : NaN),
    (r, c) => {
      const a = actuals.at(r, c);
      if (isBlank(a)) return BLANK;
      return attainment(numberCell(ARGS.actual, a), targetCell(ARGS.target, targets.at(r, c)), dir);
    },
  );
}
