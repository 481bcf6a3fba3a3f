/*
 * How much of the cost the best-paid tenth of partners takes: a plan that pays most of its money to
 * a few partners motivates the few, and its cost rides on them.
 */
import type { ProgramDefinition } from "../../program/types";
import type { HealthFinding } from "./types";
import { roundNice } from "./tierAxis";

type Concentration = Extract<HealthFinding, { check: "costConcentration" }>;

export const TOP_TENTH = 0.1;
/** From this share of the cost on the top tenth the finding is a warning (with ten partners or more). */
export const CONCENTRATED = 0.5;

/** `paid`: each partner's rounded payout, in data order. Not for discounts (no cost per partner). */
export function concentrationFindings(p: ProgramDefinition, paid: readonly number[]): Concentration[] {
  if (p.payKind === "discount" || paid.length === 0) return [];
  const total = paid.reduce((s, x) => s + x, 0);
  if (!(total > 0)) return [];
  const sorted = [...paid].sort((a, b) => b - a);
  const top = Math.max(1, Math.ceil(TOP_TENTH * paid.length));
  const topPaid = sorted.slice(0, top).reduce((s, x) => s + x, 0);
  const share = topPaid / total;
  const warning = share >= CONCENTRATED && paid.length >= 10;
  const line = sorted[top - 1];
  const cap = p.payKind === "bonus" ? (p.targetIncentive ? line / p.targetIncentive : 0) : line;
  const suggestedCap = cap > 0 && (p.cap === null || roundNice(cap, "up") < p.cap) ? roundNice(cap, "up") : null;
  return [
    {
      check: "costConcentration",
      severity: warning ? "warning" : "info",
      top,
      partners: paid.length,
      topPaid,
      total,
      share,
      suggestedCap,
      fix: warning && suggestedCap !== null ? [{ kind: "cap", value: suggestedCap }] : null,
    },
  ];
}
