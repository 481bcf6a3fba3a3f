import type { TierLabel } from "../tierTable";
import type { PartnerInput } from "../program/evaluate";
import type { ProgramDefinition } from "../program/types";
import { PlanCost, planCost } from "./planCost";

export type TierMove = "up" | "down" | "same";

export interface PartnerChange {
  readonly index: number;
  readonly before: number;
  readonly after: number;
  /** after − before, in rounded money: the per-partner deltas add up to the total delta. */
  readonly delta: number;
  readonly tierBefore: TierLabel | null;
  readonly tierAfter: TierLabel | null;
  readonly move: TierMove;
}

export interface WhatIf {
  readonly current: PlanCost;
  readonly scenario: PlanCost;
  readonly totalDelta: number;
  readonly changes: readonly PartnerChange[];
  readonly movedUp: number;
  readonly movedDown: number;
}

/**
 * A scenario against the current plan over the same partners: new cost, its delta, and who moves
 * tier. Tiers are compared by their position in each plan's table, so a renamed tier is not a move.
 */
export function whatIf(
  current: ProgramDefinition,
  scenario: ProgramDefinition,
  inputs: readonly PartnerInput[],
): WhatIf {
  const before = planCost(current, inputs);
  const after = planCost(scenario, inputs);
  const decimals = Math.max(current.decimals, scenario.decimals);
  const changes = before.partners.map((b, i) => {
    const a = after.partners[i];
    const rankBefore = tierRank(current, b.outcome.tier);
    const rankAfter = tierRank(scenario, a.outcome.tier);
    return {
      index: i,
      before: b.paid,
      after: a.paid,
      delta: round(a.paid - b.paid, decimals),
      tierBefore: b.outcome.tier,
      tierAfter: a.outcome.tier,
      move: (rankAfter > rankBefore ? "up" : rankAfter < rankBefore ? "down" : "same") as TierMove,
    };
  });
  return {
    current: before,
    scenario: after,
    totalDelta: round(after.total - before.total, decimals),
    changes,
    movedUp: changes.filter((c) => c.move === "up").length,
    movedDown: changes.filter((c) => c.move === "down").length,
  };
}

/** Position of a tier in the program's table (-1 below the first). */
function tierRank(p: ProgramDefinition, tier: TierLabel | null): number {
  // An unnamed tier is its number (1-based); a named one is found by its label. Below the first
  // tier (null) matches no label: -1.
  return typeof tier === "number" ? tier - 1 : p.tiers.findIndex((t) => t.label === tier);
}

/** Differences of amounts already rounded to `decimals`, without binary noise. */
function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
