/*
 * Cliffs of a retro payout curve: at each tier's bound the new rate re-prices the whole amount, so
 * one more unit can pay more than the whole tier below it did — a step that invites gaming (moving
 * a deal into the period, splitting or holding orders).
 */
import { tierName } from "../../tierTable";
import type { ProgramDefinition } from "../../program/types";
import { payAt, payBelow, type TierAxis } from "./tierAxis";
import type { HealthFinding, HealthPartner } from "./types";

type Cliff = Extract<HealthFinding, { check: "cliff" }>;

/** How close below a bound a partner counts as within reach of it: 10% of the bound. */
export const CLIFF_REACH = 0.1;

/**
 * Every retro bound whose jump is more than the whole tier below pays, largest jump first; where
 * none is, the largest jump alone, as information. Other methods have no jump above the first tier.
 */
export function cliffFindings(p: ProgramDefinition, axis: TierAxis, reach = CLIFF_REACH): Cliff[] {
  if (axis.basis === null || p.method !== "retro") return [];
  const { table } = axis;
  const cap = p.cap ?? Infinity;
  const capped = (x: number) => Math.min(x, cap);
  const cliffs: Cliff[] = [];
  for (let k = 1; k < table.size; k++) {
    const bound = table.bounds[k];
    const below = payBelow(p, axis, k);
    const jump = capped(payAt(p, axis, bound)) - capped(below);
    if (!(jump > 0)) continue;
    const tierBelowPays = capped(below) - capped(payAt(p, axis, table.bounds[k - 1]));
    const suggestedRate = rateForJump(table.rates[k - 1], table.bounds[k - 1], bound);
    cliffs.push({
      check: "cliff",
      severity: jump > tierBelowPays ? "warning" : "info",
      tier: k,
      label: tierName(table, k),
      bound,
      rateBelow: table.rates[k - 1],
      rate: table.rates[k],
      jump,
      tierBelowPays,
      withinReach: withinReach(axis.values, bound, reach),
      reach,
      suggestedRate,
      fix:
        suggestedRate !== null && suggestedRate < table.rates[k]
          ? [{ kind: "tier", tier: k, field: "rate", value: suggestedRate }]
          : null,
    });
  }
  const flagged = cliffs.filter((c) => c.severity === "warning").sort((a, b) => b.jump - a.jump || a.tier - b.tier);
  if (flagged.length > 0) return flagged;
  const largest = cliffs.reduce<Cliff | null>((m, c) => (m === null || c.jump > m.jump ? c : m), null);
  return largest ? [largest] : [];
}

/**
 * The rate at `bound` whose jump equals what the tier below pays over its band:
 * bound × (r − rateBelow) = rateBelow × (bound − boundBelow), to 0.01 percentage point, down.
 * Null where the tier below pays nothing (any jump is then more than it), and at a bound at or
 * below 0 (a growth KPI's negative bounds): there the jump is bound × (rate − rate below), so a
 * lower rate only makes the step larger.
 */
function rateForJump(rateBelow: number, boundBelow: number, bound: number): number | null {
  if (!(rateBelow > 0) || !(bound > 0)) return null;
  const r = rateBelow + (rateBelow * (bound - boundBelow)) / bound;
  return Math.floor(r * 1e4 + 1e-6) / 1e4;
}

/** Partners below `bound` by at most `reach` of it, closest first. */
export function withinReach(values: readonly (number | null)[], bound: number, reach: number): HealthPartner[] {
  const from = bound - Math.abs(bound) * reach;
  const out: HealthPartner[] = [];
  values.forEach((v, index) => {
    if (v !== null && v >= from && v < bound) out.push({ index, value: v, gap: bound - v });
  });
  return out.sort((a, b) => a.gap - b.gap || a.index - b.index);
}
