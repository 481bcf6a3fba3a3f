import { checkDiscountTable, isBlank, netPrice, readNonNegative, readNumber } from "../../engine";
import { TargetedTiers } from "../args";
import { ValueArg, broadcastShape, present } from "../grid";
import { BLANK, CellResult, mapCells } from "../results";

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
  return mapCells(shape, (r, c) => {
    const p = prices.at(r, c);
    const v = values.at(r, c);
    if (isBlank(p) || isBlank(v)) return BLANK;
    const list = readNonNegative(p, "List price");
    return netPrice(list, tiered.table, readNumber(v, "Value"), tiered.scaleAt(r, c));
  });
}
