import { checkDiscountTable, isBlank, netPrice, readNonNegative, readNumber } from "../../engine";
import { TargetedTiers } from "../args";
import { ValueArg, broadcastShape, present } from "../grid";
import { BLANK, CellResult, mapCells } from "../results";
import { mapPairs } from "./pairs";

export function priceCells(
  listPrice: unknown,
  value: unknown,
  discountTiers: unknown,
  target: unknown,
): CellResult[][] {
  const prices = new ValueArg("List price", listPrice);
  const values = new ValueArg("Value", value);
  const tiered = new TargetedTiers(discountTiers, target);
  const shape = broadcastShape(present(prices, values, tiered.shapeArg));
  checkDiscountTable(tiered.table);
  const compute = (r: number, c: number): number | string => {
    const p = prices.at(r, c);
    const v = values.at(r, c);
    if (isBlank(p) || isBlank(v)) return BLANK;
    const list = readNonNegative(p, "List price");
    return netPrice(list, tiered.table, readNumber(v, "Value"), tiered.scaleAt(r, c));
  };
  if (!tiered.uniform) return mapCells(shape, compute);
  // One scale for every cell (already in the table): a list price of zero or more is what
  // readNonNegative accepts.
  const { table } = tiered;
  return mapPairs(shape, prices, values, (p, v) => (p >= 0 ? netPrice(p, table, v) : NaN), compute);
}
