/*
 * The arithmetic of a program's payout, step by step: what the pane's Explain shows. Apart from
 * explain.ts (one tier table's bands and rates), so explain.ts, which evaluate.ts uses, does not
 * import the program it explains.
 */
import type { Direction } from "../methods";
import { readRate, type RateReading } from "../explain";
import type { TierTable } from "../tierTable";
import type { PartnerInput, PartnerOutcome } from "./evaluate";
import type { ProgramDefinition } from "./types";

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
