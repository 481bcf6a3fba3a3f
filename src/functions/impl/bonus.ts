import { bonus, isBlank, readNonNegative, readNumber } from "../../engine";
import { readOptionalLimit } from "../args";
import { ValueArg, broadcastShape } from "../grid";
import { BLANK, CellResult, mapCells } from "../results";
import { cachedTierTable } from "../tierCache";

export function bonusCells(
  attainment: unknown,
  targetIncentive: unknown,
  curve: unknown,
  cap: unknown,
): CellResult[][] {
  const attainments = new ValueArg("Attainment", attainment);
  const incentives = new ValueArg("Target incentive", targetIncentive);
  const shape = broadcastShape([attainments, incentives]);
  const table = cachedTierTable(curve);
  const capPercent = readOptionalLimit(cap, "Cap");
  return mapCells(shape, (r, c) => {
    const a = attainments.at(r, c);
    const t = incentives.at(r, c);
    if (isBlank(a) || isBlank(t)) return BLANK;
    return bonus(table, readNumber(a, "Attainment"), readNonNegative(t, "Target incentive"), capPercent);
  });
}
