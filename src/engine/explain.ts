import type { Direction, Method } from "./methods";
import type { PartnerInput, PartnerOutcome } from "./program/evaluate";
import type { ProgramDefinition } from "./program/types";
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

// ---------------------------------------------------------------- the arithmetic of a program's payout

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

/** One KPI's attainment as computed: actual ÷ target (higher is better) or max(0, 2 − actual ÷ target). */
export interface AttainmentStep {
  readonly kpi: number;
  readonly actual: number;
  readonly target: number;
  readonly direction: Direction;
  readonly attainment: number;
}

/**
 * Every step from a partner's results to its payout, as rules (numbers, not words), so the pane's
 * Explain and the statements can show the same arithmetic: attainment per KPI, the weighted score,
 * how the rate was read off the tier table (the interpolation on a linear curve), the cap, and the
 * product that gives the money. Each number is the one `evaluatePartner` computes.
 */
export interface PayoutArithmetic {
  readonly attainments: readonly AttainmentStep[];
  /** Σ weight × attainment ÷ Σ weight over the weighted KPIs; null without a score. */
  readonly score: {
    readonly terms: readonly { readonly kpi: number; readonly weight: number; readonly attainment: number }[];
    readonly weights: number;
    readonly score: number;
  } | null;
  /**
   * The rate read off the tier table: bonus, the curve's share of the target incentive (linear);
   * discount, the discount rate (retro); commission and rebate paid retro or linear, the rate on the
   * whole amount. Null for marginal (its bands are `explanation.rows`) or when nothing is paid.
   */
  readonly rate: RateReading | null;
  /** Bonus: the share before the cap and the cap, when the cap is below it (min(share, cap)). */
  readonly capped: { readonly before: number; readonly cap: number } | null;
  /** Bonus: share × target incentive; discount: list price × rate (the discount) and list price − discount. */
  readonly product:
    | { readonly kind: "bonus"; readonly share: number; readonly targetIncentive: number; readonly payout: number }
    | {
        readonly kind: "discount";
        readonly listPrice: number;
        readonly rate: number;
        readonly discount: number;
      }
    | null;
}

/** The arithmetic behind `outcome` (from `evaluatePartner(p, table, input)`). Pure. */
export function payoutArithmetic(
  p: ProgramDefinition,
  table: TierTable,
  input: PartnerInput,
  outcome: PartnerOutcome,
): PayoutArithmetic {
  const attainments: AttainmentStep[] = [];
  p.kpis.forEach((k, i) => {
    const a = outcome.attainments[i];
    const actual = input.actuals[i];
    const target = k.targetMode === "fixed" ? k.target : (input.targets?.[i] ?? null);
    if (a === null || a === undefined || actual === null || actual === undefined || target === null) return;
    attainments.push({ kpi: i, actual, target, direction: k.direction, attainment: a });
  });
  const terms = p.kpis.flatMap((k, i) =>
    k.weight === 0 || outcome.attainments[i] === null
      ? []
      : [{ kpi: i, weight: k.weight, attainment: outcome.attainments[i]! }],
  );
  const score =
    outcome.score === null ? null : { terms, weights: terms.reduce((s, t) => s + t.weight, 0), score: outcome.score };
  const x = outcome.tierInput;
  if (x === null || !outcome.gateMet) return { attainments, score, rate: null, capped: null, product: null };
  switch (p.payKind) {
    case "bonus": {
      const rate = readRate(table, "linear", x);
      const cap = p.cap ?? Infinity;
      const share = Math.min(rate.rate, cap);
      return {
        attainments,
        score,
        rate,
        capped: rate.rate > cap ? { before: rate.rate, cap } : null,
        product: { kind: "bonus", share, targetIncentive: p.targetIncentive ?? 0, payout: outcome.payout },
      };
    }
    case "discount": {
      const rate = readRate(table, "retro", x);
      const listPrice = p.listPrice ?? 0;
      return {
        attainments,
        score,
        rate,
        capped: null,
        product: { kind: "discount", listPrice, rate: rate.rate, discount: outcome.payout },
      };
    }
    default: {
      const basis = p.basisKpi;
      const target =
        basis === null
          ? null
          : p.kpis[basis].targetMode === "fixed"
            ? p.kpis[basis].target
            : (input.targets?.[basis] ?? null);
      const scale = basis !== null && p.boundsRelativeToTarget ? (target ?? NaN) : 1;
      const rate = p.method === "marginal" || Number.isNaN(scale) ? null : readRate(table, p.method, x, scale);
      return { attainments, score, rate, capped: null, product: null };
    }
  }
}
