import { checkDiscountTable, isBlank, netPrice } from "../../engine";
import { nonNegativeCell, numberCell, rangeArg, tiersArg } from "../args";
import { broadcastShape, present } from "../grid";
import { BLANK, CellResult, mapCells } from "../results";
import { argsOf } from "../table";
import { mapPairs } from "./pairs";

const ARGS = argsOf("PRICE");

export function priceCells(
  listPrice: unknown,
  value: unknown,
  discountTiers: unknown,
  target: unknown,
): CellResult[][] {
  const prices = rangeArg(ARGS.list_price, listPrice);
  const values = rangeArg(ARGS.value, value);
  const tiered = tiersArg(discountTiers, ARGS.target, target);
  const shape = broadcastShape(present(prices, values, tiered.shapeArg));
  checkDiscountTable(tiered.table);
  const compute = (r: number, c: number): number | string => {
    const p = prices.at(r, c);
    const v = values.at(r, c);
    if (isBlank(p) || isBlank(v)) return BLANK;
    const list = nonNegativeCell(ARGS.list_price, p);
    return netPrice(list, tiered.table, numberCell(ARGS.value, v), tiered.scaleAt(r, c));
  };
  if (!tiered.uniform) return mapCells(shape, compute);
  // One scale for every cell (already in the table): a list price of zero or more is what
  // nonNegativeCell accepts.
  const { table } = tiered;
  return mapPairs(shape, prices, values, (p, v) => (p >= 0 ? netPrice(p, table, v) : NaN), compute);
}
