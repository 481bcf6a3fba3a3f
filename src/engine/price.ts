import { fail } from "./errors";
import { showNumber } from "./messages";
import type { TierTable } from "./tierTable";
import { tierIndex } from "./lookup";

/**
 * PRICE's discounts run from 0% (list price) to 100% (free). A negative discount would charge
 * more than list and one above 100% a negative price: neither is a performance discount, so the
 * table is refused with the row to fix (#VALUE!, whose message Excel shows), before any cell.
 */
export function checkDiscountTable(discounts: TierTable): void {
  for (let i = 0; i < discounts.size; i++) checkDiscount(discounts, i);
}

/** PRICE: list price × (1 − the discount of the tier `value` reaches, read `retro`). */
export function netPrice(listPrice: number, discounts: TierTable, value: number, scale = 1): number {
  const k = tierIndex(discounts, value, scale);
  if (k < 0) return listPrice;
  checkDiscount(discounts, k);
  return listPrice * (1 - discounts.rates[k]);
}

function checkDiscount(discounts: TierTable, i: number): void {
  const d = discounts.rates[i];
  if (!(d >= 0 && d <= 1)) {
    fail("discountOutOfRange", { row: discounts.firstRow + i, discount: `${showNumber(d * 100)}%` });
  }
}
