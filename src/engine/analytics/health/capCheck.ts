/*
 * A cap that takes tiers away: once the plan pays the cap before a tier, reaching that tier (and
 * every one above it) pays nothing more, so those tiers reward nobody.
 */
import { tierName } from "../../tierTable";
import type { ProgramDefinition } from "../../program/types";
import { payAt, payBelow, roundNice, type TierAxis } from "./tierAxis";
import type { HealthFinding } from "./types";

type CapBlocks = Extract<HealthFinding, { check: "capBlocksTiers" }>;

/** Commission and rebate (a cap in money) and bonus (a cap on the curve's percentage); discount has none. */
export function capFindings(p: ProgramDefinition, axis: TierAxis): CapBlocks[] {
  const cap = p.cap;
  if (cap === null || !Number.isFinite(cap) || (axis.basis === null && p.payKind !== "bonus")) return [];
  const { table } = axis;
  let k = -1;
  for (let t = 1; t < table.size && k < 0; t++) if (paysBefore(p, axis, t) >= cap) k = t;
  const firstTierPays = payAt(p, axis, table.bounds[0]);
  const belowFirstTier = cap < firstTierPays;
  if (k < 0 && !belowFirstTier) return [];
  const top = payAt(p, axis, table.bounds[table.size - 1]);
  const suggestedCap = roundNice(Math.max(top, cap), "up");
  return [
    {
      check: "capBlocksTiers",
      severity: "warning",
      cap,
      tier: Math.max(k, 0),
      label: tierName(table, Math.max(k, 0)),
      tiersBlocked: k < 0 ? 0 : table.size - k,
      paysBelow: k < 0 ? firstTierPays : paysBefore(p, axis, k),
      belowFirstTier,
      firstTierPays,
      suggestedCap,
      fix: suggestedCap > cap ? [{ kind: "cap", value: suggestedCap }] : [{ kind: "cap", value: null }],
    },
  ];
}

/**
 * What the plan pays once a partner is about to reach tier `k`, before the cap: retro, just below
 * its bound (the jump is what reaching it adds); marginal, at its bound (its band is what it adds);
 * a curve through points (linear, bonus), at the tier below's point (the climb to tier k's point
 * is what it adds).
 */
function paysBefore(p: ProgramDefinition, axis: TierAxis, k: number): number {
  if (axis.basis !== null && p.method === "retro") return payBelow(p, axis, k);
  if (axis.basis !== null && p.method === "marginal") return payAt(p, axis, axis.table.bounds[k]);
  return payAt(p, axis, axis.table.bounds[k - 1]);
}
