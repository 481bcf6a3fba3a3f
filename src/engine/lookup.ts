import { fail } from "./errors";
import { showNumber } from "./messages";
import type { TierTable } from "./tierTable";

/**
 * Index of the highest tier whose lower bound (times `scale`) is at or below `x`; -1 below the
 * first tier. Bounds are inclusive: a value equal to a bound reaches that tier.
 */
export function tierIndex(table: TierTable, x: number, scale = 1): number {
  const bounds = table.bounds;
  let lo = 0;
  let hi = table.size - 1;
  if (!(x >= bounds[0] * scale)) return -1;
  // Invariant: bounds[lo] * scale <= x; the answer is in [lo, hi].
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] * scale <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Rate interpolated between tier `k`'s point and the next; the last rate beyond the last point. */
export function interpolatedRate(table: TierTable, k: number, x: number, scale = 1): number {
  const rates = table.rates;
  if (k >= table.size - 1) return rates[table.size - 1];
  const lo = table.bounds[k] * scale;
  const hi = table.bounds[k + 1] * scale;
  return rates[k] + ((rates[k + 1] - rates[k]) * (x - lo)) / (hi - lo);
}

/** How much more `x` needs to reach the next tier's bound; 0 at the top tier. */
export function gapToNextTier(table: TierTable, x: number, scale = 1): number {
  const k = tierIndex(table, x, scale);
  if (k >= table.size - 1) return 0;
  return table.bounds[k + 1] * scale - x;
}

/** The tier `x` reaches, as TIER reads it: below the first tier is #N/A, saying where it starts. */
export function reachedTier(table: TierTable, x: number, scale = 1): number {
  const k = tierIndex(table, x, scale);
  if (k < 0) fail("belowFirstTier", { value: showNumber(x), first: showNumber(table.bounds[0] * scale) });
  return k;
}
