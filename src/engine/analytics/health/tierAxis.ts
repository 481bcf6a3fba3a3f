/*
 * Where each partner stands on the tier table, and what the plan pays along it: shared by the
 * health checks so every check reads the tiers the way the sheet's formulas do.
 */
import { bonus } from "../../bonus";
import { periodPayout, rateAt } from "../../payout";
import type { TierTable } from "../../tierTable";
import { targetOf, type PartnerInput } from "../../program/evaluate";
import type { ProgramDefinition } from "../../program/types";
import { populationTarget } from "../targets";

export interface TierAxis {
  readonly table: TierTable;
  /** Per partner: the value the tier table reads, in its own units (÷ the target where bounds are relative). */
  readonly values: readonly (number | null)[];
  /** The scale money is read at: 1, the fixed target, or the median per-partner target. */
  readonly scale: number;
  /** Commission and rebate read the basis KPI's actual; bonus and discount the score. */
  readonly basis: number | null;
}

export function basisOf(p: ProgramDefinition): number | null {
  return (p.payKind === "commission" || p.payKind === "rebate") && p.basisKpi !== null ? p.basisKpi : null;
}

export function tierAxis(
  p: ProgramDefinition,
  table: TierTable,
  inputs: readonly PartnerInput[],
  tierInputs: readonly (number | null)[],
): TierAxis {
  const basis = basisOf(p);
  const relative = basis !== null && p.boundsRelativeToTarget;
  const scales = inputs.map((input) => (relative ? targetOf(p, basis, input) : 1));
  const values = tierInputs.map((x, i) => {
    const s = scales[i];
    return x === null || s === null || !(s > 0) ? null : x / s;
  });
  const scale = relative ? (populationTarget(scales, 0.5) ?? 1) : 1;
  return { table, values, scale, basis };
}

/**
 * What the plan pays at `x` (tier units), before any cap: money for commission and rebate (at the
 * axis's scale), the curve's percentage for a bonus, the discount rate for a discount.
 */
export function payAt(p: ProgramDefinition, axis: TierAxis, x: number): number {
  if (axis.basis !== null) return periodPayout(axis.table, p.method, x * axis.scale, axis.scale);
  return p.payKind === "bonus" ? bonus(axis.table, x, 1) : rateAt(axis.table, "retro", x);
}

/** Pay just below tier `k`'s bound (its limit from below), before any cap. */
export function payBelow(p: ProgramDefinition, axis: TierAxis, k: number): number {
  if (k === 0) return 0;
  const b = axis.table.bounds[k];
  if (axis.basis !== null && p.method === "retro") return axis.table.rates[k - 1] * b * axis.scale;
  if (p.payKind === "discount") return axis.table.rates[k - 1];
  // Marginal, linear and the bonus curve are continuous at every bound above the first.
  return payAt(p, axis, b);
}

/** The values present, for percentiles. */
export function present(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v));
}

/** A suggested number a person would type: three significant digits, to the nearest, down or up. */
export function roundNice(x: number, mode: "nearest" | "down" | "up" = "nearest"): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const f = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 2);
  const q = x / f;
  // The nudge keeps 0.29 / 0.001 (289.99999999999994) at 290; toPrecision drops the product's noise.
  const n = mode === "down" ? Math.floor(q + 1e-9) : mode === "up" ? Math.ceil(q - 1e-9) : Math.round(q);
  return Number((n * f).toPrecision(12));
}

/** The first partner holding the smallest (`sign` 1) or largest (`sign` −1) value. */
export function extreme(values: readonly (number | null)[], sign: 1 | -1): { index: number; value: number } | null {
  let best: { index: number; value: number } | null = null;
  values.forEach((v, index) => {
    if (v !== null && Number.isFinite(v) && (best === null || sign * (v - best.value) < 0)) best = { index, value: v };
  });
  return best;
}
