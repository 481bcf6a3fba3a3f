import { fail, gapToNextTier, isBlank, rateAt, readNumber, showNumber, tierIndex, tierName } from "../../engine";
import { TargetedTiers, readMethod } from "../args";
import { ValueArg, broadcastShape, present } from "../grid";
import { BLANK, CellResult, mapCells } from "../results";

/**
 * TIER, RATE and GAP read a value against a tier table (with an optional target) cell by cell;
 * only what they return differs.
 */
function lookupCells(
  value: unknown,
  tiers: unknown,
  target: unknown,
  answer: (tiered: TargetedTiers, x: number, scale: number) => number | string,
): CellResult[][] {
  const values = new ValueArg("Value", value);
  const tiered = new TargetedTiers(tiers, target);
  const shape = broadcastShape(present(values, tiered.shapeArg));
  return mapCells(shape, (r, c) => {
    const v = values.at(r, c);
    if (isBlank(v)) return BLANK;
    return answer(tiered, readNumber(v, "Value"), tiered.scaleAt(r, c));
  });
}

export function tierCells(value: unknown, tiers: unknown, target: unknown): CellResult[][] {
  return lookupCells(value, tiers, target, ({ table }, x, scale) => {
    const k = tierIndex(table, x, scale);
    if (k < 0) fail("belowFirstTier", { value: showNumber(x), first: showNumber(table.bounds[0] * scale) });
    return tierName(table, k);
  });
}

export function rateCells(value: unknown, tiers: unknown, method: unknown, target: unknown): CellResult[][] {
  const m = readMethod(method);
  return lookupCells(value, tiers, target, ({ table }, x, scale) => rateAt(table, m, x, scale));
}

export function gapCells(value: unknown, tiers: unknown, target: unknown): CellResult[][] {
  return lookupCells(value, tiers, target, ({ table }, x, scale) => gapToNextTier(table, x, scale));
}
