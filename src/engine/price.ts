import { fail } from "./errors";
import { showNumber } from "./messages";
import type { TierTable } from "./tierTable";
import { rateAt } from "./payout";

/** PRICE: list price × (1 − the discount of the tier `value` reaches, read `retro`). */
export function netPrice(listPrice: number, discounts: TierTable, value: number, scale = 1): number {
  const discount = rateAt(discounts, "retro", value, scale);
  if (discount > 1) fail("discountOver100", { value: showNumber(value), discount: `${showNumber(discount * 100)}%` });
  return listPrice * (1 - discount);
}
