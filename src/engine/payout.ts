import type { Method } from "./methods";
import type { TierTable } from "./tierTable";
import { interpolatedRate, tierIndex } from "./lookup";

/**
 * P(x): the payout on a period total `x` under `method` (SPEC §3.2). Amounts below the first
 * bound earn 0. `scale` multiplies every bound (a target, for target-relative tiers).
 */
export function periodPayout(table: TierTable, method: Method, x: number, scale = 1): number {
  const k = tierIndex(table, x, scale);
  if (k < 0) return 0;
  switch (method) {
    case "marginal":
      return scale === 1
        ? table.cumulative[k] + (x - table.bounds[k]) * table.rates[k]
        : marginalScaled(table, k, x, scale);
    case "retro":
      return x * table.rates[k];
    case "linear":
      return x * interpolatedRate(table, k, x, scale);
  }
}

/** Band by band with scaled bounds, in the same order of operations as `cumulative`. */
function marginalScaled(table: TierTable, k: number, x: number, scale: number): number {
  const { bounds, rates } = table;
  let acc = 0;
  for (let i = 0; i < k; i++) acc = acc + rates[i] * (bounds[i + 1] * scale - bounds[i] * scale);
  return acc + (x - bounds[k] * scale) * rates[k];
}

/**
 * PAYOUT: P(prior + amount) − P(prior), so per-deal payouts add up to the period payout and a
 * refund claws back at the rates it was paid at. With a cap, the period payout is capped:
 * min(P(prior + amount), cap) − min(P(prior), cap). `cap` is Infinity when there is none.
 * `paidOnPrior` may be passed when the caller already knows P(prior).
 */
export function payout(
  table: TierTable,
  method: Method,
  amount: number,
  prior = 0,
  cap = Infinity,
  scale = 1,
  paidOnPrior = periodPayout(table, method, prior, scale),
): number {
  const after = periodPayout(table, method, prior + amount, scale);
  if (cap === Infinity) return after - paidOnPrior;
  return Math.min(after, cap) - Math.min(paidOnPrior, cap);
}

/** The rate that applies at `x`: the tier's rate, interpolated for `linear`; 0 below the first tier. */
export function rateAt(table: TierTable, method: Method, x: number, scale = 1): number {
  const k = tierIndex(table, x, scale);
  if (k < 0) return 0;
  return method === "linear" ? interpolatedRate(table, k, x, scale) : table.rates[k];
}
