/*
 * Tiers the data never reaches (a reward nobody can earn is no incentive) and tiers everybody
 * reaches (a bar nobody has to stretch for pays for what would have happened anyway).
 */
import { tierName } from "../../tierTable";
import { populationTarget } from "../targets";
import { extreme, present, roundNice, type TierAxis } from "./tierAxis";
import type { HealthFinding } from "./types";

type NeverReached = Extract<HealthFinding, { check: "tierNeverReached" }>;
type AlwaysReached = Extract<HealthFinding, { check: "tierAlwaysReached" }>;

/** The share of partners a suggested bound for an unreached tier lets in: the top 10%. */
export const TOP_SHARE = 0.1;

/** The highest tiers no partner's value reaches, with the best value and a bound the top tenth reach. */
export function neverReached(axis: TierAxis): NeverReached[] {
  const { table, values } = axis;
  const best = extreme(values, -1);
  if (best === null) return [];
  const tiers: number[] = [];
  for (let k = 0; k < table.size; k++) if (table.bounds[k] > best.value) tiers.push(k);
  if (tiers.length === 0) return [];
  const k = tiers[0];
  const top = populationTarget(values, TOP_SHARE);
  const nice = top === null ? null : roundNice(top, "down");
  const suggestedBound = nice !== null && (k === 0 || nice > table.bounds[k - 1]) ? nice : null;
  return [
    {
      check: "tierNeverReached",
      severity: "warning",
      tiers,
      labels: tiers.map((t) => tierName(table, t)),
      bound: table.bounds[k],
      best: { index: best.index, value: best.value, gap: table.bounds[k] - best.value },
      partners: present(values).length,
      suggestedBound,
      share: TOP_SHARE,
      fix: suggestedBound === null ? null : [{ kind: "tier", tier: k, field: "bound", value: suggestedBound }],
    },
  ];
}

/**
 * The highest tier every partner with a value reaches, unless it starts at 0 or below (a first
 * tier from 0 is everyone's by design); with the lowest value and the median as a new bound.
 * Needs two partners: one partner is not "everybody".
 */
export function alwaysReached(axis: TierAxis): AlwaysReached[] {
  const { table, values } = axis;
  const lowest = extreme(values, 1);
  if (lowest === null || present(values).length < 2) return [];
  let k = -1;
  for (let t = 0; t < table.size; t++) if (table.bounds[t] <= lowest.value) k = t;
  if (k < 0 || table.bounds[k] <= 0) return [];
  const median = populationTarget(values, 0.5);
  const nice = median === null ? null : roundNice(median, "down");
  const fits = nice !== null && nice > table.bounds[k] && (k + 1 >= table.size || nice < table.bounds[k + 1]);
  const suggestedBound = fits ? nice : null;
  return [
    {
      check: "tierAlwaysReached",
      severity: "warning",
      tier: k,
      label: tierName(table, k),
      bound: table.bounds[k],
      lowest: { index: lowest.index, value: lowest.value, gap: 0 },
      partners: present(values).length,
      suggestedBound,
      fix: suggestedBound === null ? null : [{ kind: "tier", tier: k, field: "bound", value: suggestedBound }],
    },
  ];
}
