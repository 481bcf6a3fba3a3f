import { bonus, isBlank, readNonNegative, readNumber } from "../../engine";
import { readOptionalLimit } from "../args";
import { ValueArg, broadcastShape } from "../grid";
import { BLANK, CellResult } from "../results";
import { cachedTierTableIgnoringLabels } from "../tierCache";
import { mapPairs } from "./pairs";

export function bonusCells(
  attainment: unknown,
  targetIncentive: unknown,
  curve: unknown,
  cap: unknown,
): CellResult[][] {
  const attainments = new ValueArg("Attainment", attainment);
  const incentives = new ValueArg("Target incentive", targetIncentive);
  const shape = broadcastShape([attainments, incentives]);
  // BONUS reads the curve's points and percentages, never its labels.
  const table = cachedTierTableIgnoringLabels(curve);
  const capPercent = readOptionalLimit(cap, "Cap");
  return mapPairs(
    shape,
    attainments,
    incentives,
    // A target incentive of zero or more is what readNonNegative accepts.
    (a, t) => (t >= 0 ? bonus(table, a, t, capPercent) : NaN),
    (r, c) => {
      const a = attainments.at(r, c);
      const t = incentives.at(r, c);
      if (isBlank(a) || isBlank(t)) return BLANK;
      return bonus(table, readNumber(a, "Attainment"), readNonNegative(t, "Target incentive"), capPercent);
    },
  );
}
