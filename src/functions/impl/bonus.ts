import { bonus, isBlank } from "../../engine";
import { limitArg, nonNegativeCell, numberCell, rangeArg } from "../args";
import { broadcastShape } from "../grid";
import { BLANK, CellResult } from "../results";
import { argsOf } from "../table";
import { cachedTierTableIgnoringLabels } from "../tierCache";
import { mapPairs } from "./pairs";

const ARGS = argsOf("BONUS");

export function bonusCells(
  attainment: unknown,
  targetIncentive: unknown,
  curve: unknown,
  cap: unknown,
): CellResult[][] {
  const attainments = rangeArg(ARGS.attainment, attainment);
  const incentives = rangeArg(ARGS.target_incentive, targetIncentive);
  const shape = broadcastShape([attainments, incentives]);
  // BONUS reads the curve's points and percentages, never its labels.
  const table = cachedTierTableIgnoringLabels(curve);
  const capPercent = limitArg(ARGS.cap, cap);
  return mapPairs(
    shape,
    attainments,
    incentives,
    // A target incentive of zero or more is what nonNegativeCell accepts.
    (a, t) => (t >= 0 ? bonus(table, a, t, capPercent) : NaN),
    (r, c) => {
      const a = attainments.at(r, c);
      const t = incentives.at(r, c);
      if (isBlank(a) || isBlank(t)) return BLANK;
      return bonus(table, numberCell(ARGS.attainment, a), nonNegativeCell(ARGS.target_incentive, t), capPercent);
    },
  );
}
