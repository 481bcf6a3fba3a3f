import type { Method } from "./methods";
import { TierLabel, TierTable, tierName } from "./tierTable";
import { interpolatedRate, tierIndex } from "./lookup";
import { payout } from "./payout";

/**
 * One line of a payout's breakdown: `amount × rate = payout`.
 * - `band`: the part of the amount inside one marginal band;
 * - `below`: the part below the first tier, paid at 0;
 * - `whole`: retro/linear: the whole period total at the rate reached;
 * - `credited`: retro/linear with a prior: what was already paid on the prior, taken off.
 */
export interface ExplainRow {
  readonly kind: "band" | "below" | "whole" | "credited";
  /** Tier label or number; null for the part below the first tier. */
  readonly tier: TierLabel | null;
  readonly from: number;
  readonly to: number;
  readonly amount: number;
  readonly rate: number;
  readonly payout: number;
}

export interface Explanation {
  readonly rows: ExplainRow[];
  /** Equal to `payout()` with the same arguments. */
  readonly total: number;
}

/** EXPLAIN: how `amount` (on top of `prior`) becomes money under `method`. */
export function explainPayout(table: TierTable, method: Method, amount: number, prior = 0, scale = 1): Explanation {
  const rows =
    method === "marginal" ? marginalRows(table, amount, prior, scale) : wholeRows(table, method, amount, prior, scale);
  return { rows, total: payout(table, method, amount, prior, Infinity, scale) };
}

function marginalRows(table: TierTable, amount: number, prior: number, scale: number): ExplainRow[] {
  const start = prior;
  const end = prior + amount;
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  const rows: ExplainRow[] = [];
  // Band -1 is everything below the first bound, paid at 0.
  for (let i = -1; i < table.size; i++) {
    const bandLo = i < 0 ? -Infinity : table.bounds[i] * scale;
    const bandHi = i + 1 < table.size ? table.bounds[i + 1] * scale : Infinity;
    const from = Math.max(lo, bandLo);
    const to = Math.min(hi, bandHi);
    if (!(to > from)) continue;
    const rate = i < 0 ? 0 : table.rates[i];
    const tier = i < 0 ? null : tierName(table, i);
    const part = amount >= 0 ? to - from : from - to;
    rows.push({
      kind: i < 0 ? "below" : "band",
      tier,
      from: amount >= 0 ? from : to,
      to: amount >= 0 ? to : from,
      amount: part,
      rate,
      payout: part * rate,
    });
  }
  // Within one band the line is the deal itself at that band's rate, as PAYOUT computes it: with
  // a large prior, (prior + amount) − prior need not give back the amount exactly (nor anything,
  // for a deal too small to move the prior: it still has its line).
  if (rows.length === 0 && amount !== 0) {
    const k = tierIndex(table, lo, scale);
    const rate = k < 0 ? 0 : table.rates[k];
    const tier = k < 0 ? null : tierName(table, k);
    rows.push({ kind: k < 0 ? "below" : "band", tier, from: start, to: end, amount, rate, payout: 0 });
  }
  if (rows.length === 1) rows[0] = { ...rows[0], amount, payout: amount * rows[0].rate };
  // A refund travels down through the bands.
  if (amount < 0) rows.reverse();
  return rows;
}

function wholeRows(table: TierTable, method: Method, amount: number, prior: number, scale: number): ExplainRow[] {
  const rows: ExplainRow[] = [wholeRow(table, method, prior + amount, scale, "whole")];
  if (prior !== 0) rows.push(wholeRow(table, method, prior, scale, "credited"));
  return rows;
}

function wholeRow(table: TierTable, method: Method, x: number, scale: number, kind: "whole" | "credited"): ExplainRow {
  const k = tierIndex(table, x, scale);
  const rate = k < 0 ? 0 : method === "linear" ? interpolatedRate(table, k, x, scale) : table.rates[k];
  const amount = kind === "whole" ? x : -x;
  return {
    kind: k < 0 && kind === "whole" ? "below" : kind,
    tier: k < 0 ? null : tierName(table, k),
    from: kind === "whole" ? 0 : x,
    to: kind === "whole" ? x : 0,
    amount,
    rate,
    payout: amount * rate,
  };
}

// ---------------------------------------------------------------- reading a rate off a tier table
// (a program's whole arithmetic, attainment to money, is program/arithmetic.ts)

/** A tier as a step of arithmetic names it: its label, its lower bound (scaled) and its rate. */
export interface TierPoint {
  readonly tier: TierLabel;
  readonly bound: number;
  readonly rate: number;
}

/**
 * How the rate at `x` is read off a tier table, so a person can read it off the same way:
 * - `below`: under the first bound, the rate is 0;
 * - `step`: at or above a tier's bound, that tier's rate (retro, or a step table);
 * - `between`: linear, between two points: lower.rate + (x − lower.bound) ÷ (upper.bound − lower.bound) × (upper.rate − lower.rate);
 * - `beyond`: linear, at or beyond the last point, the last rate.
 * `rate` is exactly what `rateAt` gives.
 */
export type RateReading =
  | { readonly kind: "below"; readonly x: number; readonly first: TierPoint; readonly rate: number }
  | { readonly kind: "step"; readonly x: number; readonly at: TierPoint; readonly rate: number }
  | {
      readonly kind: "between";
      readonly x: number;
      readonly lower: TierPoint;
      readonly upper: TierPoint;
      readonly rate: number;
    }
  | { readonly kind: "beyond"; readonly x: number; readonly last: TierPoint; readonly rate: number };

function tierPoint(table: TierTable, k: number, scale: number): TierPoint {
  return { tier: tierName(table, k), bound: table.bounds[k] * scale, rate: table.rates[k] };
}

/** The rate at `x` (retro: the tier's; linear: interpolated), with the points it was read between. */
export function readRate(table: TierTable, method: "retro" | "linear", x: number, scale = 1): RateReading {
  const k = tierIndex(table, x, scale);
  if (k < 0) return { kind: "below", x, first: tierPoint(table, 0, scale), rate: 0 };
  if (method === "retro") return { kind: "step", x, at: tierPoint(table, k, scale), rate: table.rates[k] };
  if (k >= table.size - 1) return { kind: "beyond", x, last: tierPoint(table, k, scale), rate: table.rates[k] };
  return {
    kind: "between",
    x,
    lower: tierPoint(table, k, scale),
    upper: tierPoint(table, k + 1, scale),
    rate: interpolatedRate(table, k, x, scale),
  };
}
