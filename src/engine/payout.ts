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
 *
 * The difference is never taken between two large totals where it can be had directly: with a
 * prior of 1e15, P(prior) is only known to about 0.008, so P(prior + 1) − P(prior) would lose the
 * cents of a 1.00 deal. See `payoutDelta`.
 */
export function payout(
  table: TierTable,
  method: Method,
  amount: number,
  prior = 0,
  cap = Infinity,
  scale = 1,
  paidOnPrior?: number,
): number {
  const delta = payoutDelta(table, method, amount, prior, scale, paidOnPrior);
  const total = prior + amount;
  // No cap; or a period total beyond the largest double, which no cap makes a payout (#NUM!).
  if (cap === Infinity || total - total !== 0) return delta;
  const before = paidOnPrior ?? periodPayout(table, method, prior, scale);
  const after = periodPayout(table, method, prior + amount, scale);
  // Under the cap before and after: the cap changes nothing, and the exact difference stands.
  if (before <= cap && after <= cap) return delta;
  return Math.min(after, cap) - Math.min(before, cap);
}

/**
 * P(prior + amount) − P(prior), computed as directly as the method allows:
 * - marginal: band by band, the part of [prior, prior + amount] inside each band × its rate (the
 *   deal itself × the rate when it stays in one band), summed in tier order exactly as EXPLAIN's
 *   rows are;
 * - retro and linear: the deal × the rate when the rate is the same before and after it (one tier
 *   for retro; below the first point or beyond the last for linear); otherwise the true-up
 *   P(prior + amount) − P(prior) itself, which re-prices the whole prior (SPEC §3.2).
 */
export function payoutDelta(
  table: TierTable,
  method: Method,
  amount: number,
  prior = 0,
  scale = 1,
  paidOnPrior?: number,
): number {
  const after = prior + amount;
  // A period total beyond the largest double: no payout can be read from it (#NUM! downstream).
  if (after - after !== 0) return after;
  if (method === "marginal") return marginalDelta(table, amount, prior, after, scale);
  const k = tierIndex(table, after, scale);
  if (k === tierIndex(table, prior, scale)) {
    if (k < 0) return 0;
    if (method === "retro" || k === table.size - 1) return amount * table.rates[k];
  }
  return periodPayout(table, method, after, scale) - (paidOnPrior ?? periodPayout(table, method, prior, scale));
}

/** Marginal P(after) − P(prior), band by band (see `payoutDelta`). */
function marginalDelta(table: TierTable, amount: number, prior: number, after: number, scale: number): number {
  return marginalDeltaFrom(table, amount, prior, after, scale, tierIndex(table, prior, scale));
}

/**
 * The same, with `after` = prior + amount (finite) and `kPrior` = tierIndex(table, prior, scale)
 * already known: a column of amounts against one prior searches the tiers once a cell.
 */
export function marginalDeltaFrom(
  table: TierTable,
  amount: number,
  prior: number,
  after: number,
  scale: number,
  kPrior: number,
): number {
  const up = amount >= 0;
  const lo = up ? prior : after;
  const hi = up ? after : prior;
  const kHi = up ? tierIndex(table, hi, scale) : kPrior;
  if (kHi < 0) return 0;
  const kLo = up ? kPrior : tierIndex(table, lo, scale);
  const { bounds, rates } = table;
  // One band: the deal at that band's rate (the amount itself, not a difference of two sums).
  if (kLo === kHi) return amount * rates[kHi];
  // From the first bound or below it: P(hi) − 0, which is already the band-by-band sum in tier
  // order (periodPayout's own arithmetic, with hi's tier already found).
  if (kLo < 0 || lo === bounds[0] * scale) {
    const p =
      scale === 1 ? table.cumulative[kHi] + (hi - bounds[kHi]) * rates[kHi] : marginalScaled(table, kHi, hi, scale);
    return up ? p : -p;
  }
  let sum = (bounds[kLo + 1] * scale - lo) * rates[kLo];
  for (let i = kLo + 1; i < kHi; i++) sum = sum + rates[i] * (bounds[i + 1] * scale - bounds[i] * scale);
  sum = sum + (hi - bounds[kHi] * scale) * rates[kHi];
  return up ? sum : -sum;
}

/** The rate that applies at `x`: the tier's rate, interpolated for `linear`; 0 below the first tier. */
export function rateAt(table: TierTable, method: Method, x: number, scale = 1): number {
  const k = tierIndex(table, x, scale);
  if (k < 0) return 0;
  return method === "linear" ? interpolatedRate(table, k, x, scale) : table.rates[k];
}
